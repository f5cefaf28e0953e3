import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ImportSummary } from '../../scripts/import/run.ts';
import { describeSummary } from '../../scripts/import/summary.ts';

const summary = suite('describeSummary');

const RUN: ImportSummary = {
  files: { written: 3, updated: 1, unchanged: 0, kept: 1 },
  drafts: 1,
  skipped: { revision: 2, 'private post': 1, 'author ramesh not in the map': 1 },
  unknownShortcodes: { poll: 2 },
  missingPictures: [['articles/2025/03/nahar.md', 'https://marudhar.example/wp-content/uploads/nahar.jpg']],
  withoutAlt: ['articles/2025/03/mela.md'],
  picturesCopied: 4,
  kept: ['articles/2025/01/purani.md'],
  vocabAdded: 2,
  decisions: [{ line: 79, id: '103', title: 'जालोर में ग्रेनाइट मेला', why: 'no category in the map' }],
  oldUrls: { outcome: 'written', entries: 12 },
};

const HI = `ख़बरें और पेज: 3 नए, 1 बदले, 0 जैसे थे, 1 पहले जैसे छोड़े (1 ड्राफ़्ट)
_data/ की सूचियों में जोड़े गए नाम: 2; कॉपी हुई तस्वीरें: 4
_data/wordpress-redirects.json में पुराने पते: 12 (नई फ़ाइल); हर ख़बर का अपना पुराना पता उसके aliases में है
छोड़े गए:
  1 × लेखक ramesh map में नहीं
  1 × निजी (private) पोस्ट
  2 × revision
हटाए गए shortcode (ये ख़बरें देख लें):
  [poll] 2 पोस्ट में
तस्वीरें जो कॉपी नहीं हुईं (1; --uploads नहीं दिया, या उसमें नहीं मिलीं), पुराने पते की लिंक बनी रहीं:
  articles/2025/03/nahar.md: https://marudhar.example/wp-content/uploads/nahar.jpg
तस्वीरें जिनका WordPress में कोई वर्णन (alt) नहीं था, अब "तस्वीर" (इनका वर्णन लिखें):
  articles/2025/03/mela.md
map में फ़ैसले का इंतज़ार कर रही पोस्ट (1; इनकी कोई श्रेणी map करें, या defaults भरें):
  79: पोस्ट 103 "जालोर में ग्रेनाइट मेला": map में श्रेणी नहीं
ये फ़ाइलें export से अलग हैं और छोड़ दी गईं (बदलनी हों तो --force जोड़ें):
  articles/2025/01/purani.md`;

const EN = `Articles and pages: 3 new, 1 updated, 0 unchanged, 1 kept as they were (1 drafts)
Vocabulary entries added to _data/: 2; pictures copied: 4
Old addresses in _data/wordpress-redirects.json: 12 (written); each story's own old address is in its aliases
Skipped:
  1 × author ramesh not in the map
  1 × private post
  2 × revision
Shortcodes dropped (check these stories):
  [poll] in 2 posts
Pictures not copied (1; without --uploads, or missing there), kept as links:
  articles/2025/03/nahar.md: https://marudhar.example/wp-content/uploads/nahar.jpg
Pictures WordPress had no alt text for, now "तस्वीर" (describe them):
  articles/2025/03/mela.md
Posts waiting for a decision in the map (1; map one of their categories, or set defaults):
  79: post 103 "जालोर में ग्रेनाइट मेला": no category in the map
Existing files differ from the export (add --force to replace them):
  articles/2025/01/purani.md`;

summary('every section, in Hindi by default and in English', () => {
  assert.fixture(describeSummary(RUN, 'hi'), HI);
  assert.fixture(describeSummary(RUN, 'en'), EN);
});

summary('a quiet run has only the counts', () => {
  const quiet: ImportSummary = { ...RUN, skipped: {}, unknownShortcodes: {}, missingPictures: [], withoutAlt: [], kept: [], decisions: [] };
  assert.is(describeSummary(quiet, 'en').split('\n').length, 3);
});

summary.run();
