import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ContentError } from '../../scripts/content/errors.ts';
import { msg } from '../../scripts/content/messages.ts';
import { formatWarnings, strictLine, warningSummary } from '../../scripts/content/warning-report.ts';

const w = (file: string, line: number) =>
  new ContentError(file, line, msg('warning.long', { words: 3600, limit: 3000 }), msg('warning.longHint'), 'body');

const report = suite('warning report');
report('each warning: path:line, the label, what and the fix, in file and line order', () => {
  assert.equal(formatWarnings([w('b.md', 9), w('a.md', 0)], 'hi'), [
    'a.md: चेतावनी: ख़बर बहुत लंबी है: 3,600 शब्द (सीमा 3,000) — देखें कि कोई दस्तावेज़ या दूसरी ख़बर तो नहीं चिपक गई; लंबी रिपोर्ट को हिस्सों में बाँटें, या सीमा site.json में warnings.maxWords से बदलें',
    'b.md:9: चेतावनी: ख़बर बहुत लंबी है: 3,600 शब्द (सीमा 3,000) — देखें कि कोई दस्तावेज़ या दूसरी ख़बर तो नहीं चिपक गई; लंबी रिपोर्ट को हिस्सों में बाँटें, या सीमा site.json में warnings.maxWords से बदलें',
  ]);
  assert.match(formatWarnings([w('a.md', 9)], 'en')[0]!, /^a\.md:9: warning: the story is very long: 3600 words \(limit 3000\) — check/);
});
const SUMMARIES: Array<[ContentError[], string]> = [
  [[w('a.md', 1)], '1 फ़ाइल में 1 चेतावनी।'],
  [[w('a.md', 1), w('a.md', 5)], '1 फ़ाइल में 2 चेतावनियाँ।'],
  [[w('a.md', 1), w('b.md', 5), w('c.md', 2)], '3 फ़ाइलों में 3 चेतावनियाँ।'],
];
for (const [warnings, start] of SUMMARIES)
  report(`summary: ${start}`, () => {
    assert.ok(warningSummary(warnings, 'hi').startsWith(start), warningSummary(warnings, 'hi'));
    assert.match(warningSummary(warnings, 'hi'), '--strict');
  });
report('strict says the warnings counted as errors', () => {
  assert.match(strictLine('hi'), 'strict: चेतावनियाँ भी ग़लती गिनी गईं।');
  assert.match(strictLine('en'), 'warnings count as errors');
});
report.run();
