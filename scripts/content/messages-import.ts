import type { MessageTable } from './messages.ts';

/**
 * `npm run import:wordpress` (scripts/cli/import-wordpress.ts): the command line, the export and
 * `map.json`. Read by a newsroom's web person, so WordPress's own words (Tools → Export, Settings →
 * Permalinks) stay as its screens show them.
 */
export const importMessages = {
  'import.noWxr': {
    hi: '--wxr नहीं दिया',
    en: '--wxr is missing',
  },
  'import.noWxrHint': {
    hi: 'WordPress की export फ़ाइल का नाम लिखें, जैसे: npm run import:wordpress -- --wxr export.xml --plan',
    en: 'name the export file, like: npm run import:wordpress -- --wxr export.xml --plan',
  },
  'import.wxrMissing': {
    hi: 'यह फ़ाइल नहीं मिली',
    en: 'this file does not exist',
  },
  'import.wxrMissingHint': {
    hi: '--wxr के बाद export फ़ाइल का सही रास्ता लिखें (WordPress में Tools → Export से डाउनलोड की हुई)',
    en: 'write the path of the export file after --wxr (the one Tools → Export downloaded)',
  },
  'import.wxrBroken': {
    hi: 'यह WordPress export यहाँ टूटा हुआ है, आगे पढ़ा नहीं जा सकता (XML: {detail})',
    en: 'the WordPress export is broken here and cannot be read on (XML: {detail})',
  },
  'import.wxrBrokenHint': {
    hi: 'WordPress में Tools → Export से फ़ाइल फिर से बनाएँ और पूरी कॉपी करें',
    en: 'export the site again (Tools → Export) and make sure the file was copied whole',
  },
  'import.mapExists': {
    hi: 'यह map पहले से है, इसे नहीं बदला',
    en: 'this map exists and was left as it is',
  },
  'import.mapExistsHint': {
    hi: 'इसे जाँचकर --plan के बिना import चलाएँ, या नए सिरे से प्रस्ताव चाहिए तो --force जोड़ें',
    en: 'review it and run the import without --plan, or add --force to propose a new one',
  },
  'import.mapMissing': {
    hi: 'यह map नहीं मिला',
    en: 'this map does not exist',
  },
  'import.mapMissingHint': {
    hi: 'पहले --plan के साथ चलाएँ और जो map.json वह लिखे उसे जाँचें, या --map के बाद उसका रास्ता लिखें',
    en: 'run with --plan first and review the map.json it writes, or give its path after --map',
  },
  'import.mapNotJson': {
    hi: 'यह फ़ाइल सही JSON नहीं है',
    en: 'this is not valid JSON',
  },
  'import.mapNotJsonHint': {
    hi: 'छूटा हुआ उद्धरण चिह्न (") या कॉमा ठीक करें, या --plan --force से नया map बनाएँ',
    en: 'fix the quote or comma, or write a new map with --plan --force',
  },
  'import.mapSection': {
    hi: '"{field}" नहीं है, या { } वाली सूची नहीं है',
    en: '"{field}" is missing or not an object',
  },
  'import.mapSectionHint': {
    hi: '--plan ने जो लिखा था वैसा ही रखें: "categories", "tags", "authors" और "defaults" हर एक { } में',
    en: 'keep the shape --plan wrote: "categories", "tags", "authors" and "defaults", each in { }',
  },
  'import.mapSlug': {
    hi: '{field} में {value} लिखा है, जो स्लग नहीं है',
    en: '{field} is {value}, which is not a slug',
  },
  'import.mapSlugHint': {
    hi: 'a-z, 0-9 और बीच में हाइफ़न (-) से बना स्लग उद्धरण चिह्नों में लिखें, जैसे "rajniti", या फ़ैसला बाद में करना हो तो null',
    en: 'write a slug of a-z, 0-9 and hyphens in quotes, like "rajniti", or null to decide later',
  },
  'import.baseBad': {
    hi: 'bases.{kind} में {value} लिखा है, जो पुराने पते का हिस्सा नहीं हो सकता',
    en: 'bases.{kind} is {value}, which cannot be part of an old address',
  },
  'import.baseBadHint': {
    hi: 'WordPress {name} के नाम से पहले जो रास्ता लगाता था वही लिखें, जैसे "khabar" या "news/topics" (हिंदी हो तो हिंदी में, %-कोड में नहीं); कोई नहीं था तो ""',
    en: 'write the path WordPress put before the {name}’s name, like "khabar" or "news/topics" (Hindi as Hindi, not %-escapes), or "" when there was none',
  },
  'import.kind.category': { hi: 'श्रेणी', en: 'category' },
  'import.kind.tag': { hi: 'टैग', en: 'tag' },
  'import.kind.author': { hi: 'लेखक', en: 'author' },
  'import.planWritten': {
    hi: '{map} लिख दिया: इसे जाँचें, फिर --map {map} के साथ import चलाएँ।',
    en: 'Wrote {map}: review it, then run the import with --map {map}.',
  },
  'import.nothingDone': {
    hi: 'कुछ भी import नहीं हुआ; सामग्री का फ़ोल्डर जैसा था वैसा है।',
    en: 'Nothing was imported; the content folder is unchanged.',
  },
} as const satisfies MessageTable;
