import type { MessageTable } from './messages.ts';

/**
 * The WordPress old-address map (`_data/wordpress-redirects.json`, written by `npm run import`), and
 * what the build makes itself (the `{what}` of a URL message: an alias or page may not take it).
 */
export const oldUrlMessages = {
  'oldUrls.notJson': {
    hi: 'यह फ़ाइल सही JSON नहीं है',
    en: 'this is not valid JSON',
  },
  'oldUrls.notJsonHint': {
    hi: 'import फिर से चलाएँ, या छूटा हुआ उद्धरण चिह्न (") या कॉमा ठीक करें',
    en: 'run the import again, or fix the quote or comma',
  },
  'oldUrls.notObject': {
    hi: 'इस फ़ाइल में { } के अंदर "पुराना पता": "नई जगह" की जोड़ियाँ ही होनी चाहिए',
    en: 'this file must be one object of "old address": "target" pairs',
  },
  'oldUrls.importAgain': { hi: 'import फिर से चलाएँ', en: 'run the import again' },
  'oldUrls.badFrom': {
    hi: '"{from}" ऐसा पुराना पता नहीं है जो यह फ़ाइल रख सके',
    en: '"{from}" is not an old address this file can hold',
  },
  'oldUrls.writeAs': { hi: 'इसे ऐसे लिखें: "{key}"', en: 'write it as "{key}"' },
  'oldUrls.writePath': {
    hi: 'साइट की शुरुआत से रास्ता लिखें, जैसे "/category/khel/" या "/?p=123"',
    en: 'write a path from the site root, like "/category/khel/", or "/?p=123"',
  },
  'oldUrls.badTarget': {
    hi: '"{from}" का निशाना {value} समझ में नहीं आता',
    en: '"{from}" points to {value}',
  },
  'oldUrls.badTargetHint': {
    hi: 'किसी फ़ाइल की ओर इशारा करें, जैसे "articles/2019/05/x.md", या "category:slug", "district:slug", "author:slug", "topic:tag", "districts" (ज़िलों का पेज)',
    en: 'point it to a file, like "articles/2019/05/x.md", or to "category:slug", "district:slug", "author:slug", "topic:tag", "districts" (the district index)',
  },
  'oldUrls.unknown': {
    hi: '"{from}" का निशाना {kind} "{value}" है, जो _data/ में नहीं है',
    en: '"{from}" points to the {kind} "{value}", which _data/ does not have',
  },
  'oldUrls.unknownHint': {
    hi: 'इसे _data/ में जोड़ें, या _data/ में मौजूद कोई {kind} लिखें',
    en: 'add it to _data/, or point to another {kind}',
  },
  'oldUrls.kind.category': { hi: 'श्रेणी', en: 'category' },
  'oldUrls.kind.district': { hi: 'ज़िला', en: 'district' },
  'oldUrls.kind.author': { hi: 'लेखक', en: 'author' },
  'oldUrls.noFile': {
    hi: '"{from}" {file} की ओर इशारा करता है, जो आर्काइव की कोई ख़बर या पेज नहीं है',
    en: '"{from}" points to {file}, which is not a story or page of the archive',
  },
  'oldUrls.noFileHint': {
    hi: 'ख़बर की अभी वाली फ़ाइल लिखें, या यह पंक्ति हटा दें',
    en: 'write the file the story has now, or remove the line',
  },
  'generated.topFile': { hi: 'ऐसी फ़ाइल जो बिल्ड ख़ुद लिखता है', en: 'a file the build writes' },
  'generated.folder': {
    hi: '/{folder}/ के अंदर, जिसे बिल्ड ख़ुद भरता है',
    en: 'inside /{folder}/, which the build fills',
  },
  'generated.archive': { hi: 'साल या महीने का आर्काइव', en: 'a year or month archive' },
  'generated.listingPage': { hi: 'किसी सूची का एक पेज', en: 'a page of a listing' },
} as const satisfies MessageTable;
