import type { MessageTable } from './messages.ts';

/**
 * What `npm run import:wordpress` reports: the plan's listing (scripts/import/plan.ts) and the closing
 * summary (scripts/import/summary.ts), counts first, then what needs a person. WordPress's own names for what was skipped (`revision`, `nav_menu_item`) stay.
 */
export const importReportMessages = {
  'importReport.files': {
    hi: 'ख़बरें और पेज: {written} नए, {updated} बदले, {unchanged} जैसे थे, {kept} पहले जैसे छोड़े ({drafts} ड्राफ़्ट)',
    en: 'Articles and pages: {written} new, {updated} updated, {unchanged} unchanged, {kept} kept as they were ({drafts} drafts)',
  },
  'importReport.vocab': {
    hi: '_data/ की सूचियों में जोड़े गए नाम: {added}; कॉपी हुई तस्वीरें: {copied}',
    en: 'Vocabulary entries added to _data/: {added}; pictures copied: {copied}',
  },
  'importReport.oldUrls': {
    hi: '_data/wordpress-redirects.json में पुराने पते: {entries} ({outcome}); हर ख़बर का अपना पुराना पता उसके aliases में है',
    en: "Old addresses in _data/wordpress-redirects.json: {entries} ({outcome}); each story's own old address is in its aliases",
  },
  'importReport.outcome.written': { hi: 'नई फ़ाइल', en: 'written' },
  'importReport.outcome.updated': { hi: 'बदली', en: 'updated' },
  'importReport.outcome.unchanged': { hi: 'जैसी थी', en: 'unchanged' },
  'importReport.outcome.kept': { hi: 'नहीं छुई', en: 'kept' },
  'importReport.skipped': { hi: 'छोड़े गए:', en: 'Skipped:' },
  'importReport.shortcodes': {
    hi: 'हटाए गए shortcode (ये ख़बरें देख लें):',
    en: 'Shortcodes dropped (check these stories):',
  },
  'importReport.shortcode': { hi: '  [{name}] {n} पोस्ट में', en: '  [{name}] in {n} posts' },
  'importReport.missingPictures': {
    hi: 'तस्वीरें जो कॉपी नहीं हुईं ({n}; --uploads नहीं दिया, या उसमें नहीं मिलीं), पुराने पते की लिंक बनी रहीं:',
    en: 'Pictures not copied ({n}; without --uploads, or missing there), kept as links:',
  },
  'importReport.withoutAlt': {
    hi: 'तस्वीरें जिनका WordPress में कोई वर्णन (alt) नहीं था, अब "{placeholder}" (इनका वर्णन लिखें):',
    en: 'Pictures WordPress had no alt text for, now "{placeholder}" (describe them):',
  },
  'importReport.decisions': {
    hi: 'map में फ़ैसले का इंतज़ार कर रही पोस्ट ({n}; इनकी कोई श्रेणी map करें, या defaults भरें):',
    en: 'Posts waiting for a decision in the map ({n}; map one of their categories, or set defaults):',
  },
  'importReport.decision': { hi: '  {line}: पोस्ट {id} "{title}": {why}', en: '  {line}: post {id} "{title}": {why}' },
  'importReport.kept': {
    hi: 'ये फ़ाइलें export से अलग हैं और छोड़ दी गईं (बदलनी हों तो --force जोड़ें):',
    en: 'Existing files differ from the export (add --force to replace them):',
  },
  'importReport.why.private': { hi: 'निजी (private) पोस्ट', en: 'private post' },
  'importReport.why.trashed': { hi: 'कूड़ेदान (trash) की पोस्ट', en: 'trashed post' },
  'importReport.why.noDate': { hi: 'तारीख़ नहीं', en: 'no date' },
  'importReport.why.noCategory': { hi: 'map में श्रेणी नहीं', en: 'no category in the map' },
  'importReport.why.noDistrict': { hi: 'map में ज़िला नहीं', en: 'no district in the map' },
  'importReport.why.noAuthor': { hi: 'लेखक {login} map में नहीं', en: 'author {login} not in the map' },
  'importPlan.categories': { hi: 'श्रेणियाँ ({n}):', en: 'Categories ({n}):' },
  'importPlan.tags': { hi: 'टैग ({n}):', en: 'Tags ({n}):' },
  'importPlan.authors': { hi: 'लेखक ({n}):', en: 'Authors ({n}):' },
  'importPlan.entry': { hi: '  {name} ({key}), {posts} पोस्ट → {to}', en: '  {name} ({key}), {posts} posts → {to}' },
  'importPlan.toCategory': { hi: 'श्रेणी {slug}', en: 'category {slug}' },
  'importPlan.toDistrict': { hi: 'ज़िला {slug}', en: 'district {slug}' },
  'importPlan.undecided': { hi: 'फ़ैसला बाक़ी है', en: 'NEEDS A DECISION' },
  'importPlan.toTag': { hi: 'टैग {name}', en: 'tag {name}' },
  'importPlan.toAuthor': {
    hi: 'लेखक {slug} ({name}), पुराना आर्काइव {archive}',
    en: 'author {slug} ({name}), old archive {archive}',
  },
  'importPlan.bases': {
    hi: 'पुराने आर्काइव के पते (map में "bases"; WordPress के Settings → Permalinks में कुछ और था तो बदलें):',
    en: 'Old archive addresses ("bases" in the map; change them if Settings → Permalinks had others):',
  },
  'importPlan.baseCategories': { hi: '  श्रेणियाँ {path} ({source})', en: '  categories {path} ({source})' },
  'importPlan.baseTags': { hi: '  टैग {path} ({source})', en: '  tags {path} ({source})' },
  'importPlan.baseAuthors': { hi: '  लेखक {path} ({source})', en: '  authors {path} ({source})' },
  'importPlan.baseDefault': { hi: 'WordPress का अपना', en: "WordPress's default" },
  'importPlan.baseFound': { hi: 'पोस्ट की लिंक से मिला', en: 'from links in the posts' },
} as const satisfies MessageTable;
