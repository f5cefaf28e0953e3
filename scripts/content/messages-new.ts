import type { MessageTable } from './messages.ts';

/** `npm run new`: what the editor typed on the command line, and what was written. */
export const newMessages = {
  'new.titleEmpty': {
    hi: '--title ख़ाली है: शीर्षक उद्धरण चिह्नों में लिखें, जैसे --title "मंडी में जीरे के भाव बढ़े"',
    en: '--title is empty: write the headline in quotes, like --title "मंडी में जीरे के भाव बढ़े"',
  },
  'new.noByline': {
    hi: '--author (एक रिपोर्टर, या कई, अल्पविराम से अलग) या --source (एजेंसी या डेस्क) लिखें',
    en: 'give --author (one reporter, or several separated by commas) or --source (an agency or desk)',
  },
  'new.unknownRef': {
    hi: '{what} — {hint}',
    en: '{what} — {hint}',
  },
  'new.slugPattern': {
    hi: '--slug "{slug}" में सिर्फ़ a-z, 0-9 और बीच में एक-एक हाइफ़न (-) चलते हैं, जैसे --slug mandi-bhav-badhe',
    en: '--slug "{slug}" may use only a-z, 0-9 and single hyphens, like mandi-bhav-badhe',
  },
  'new.missing': {
    hi: 'ये नहीं दिए: {list}',
    en: 'missing {list}',
  },
  'new.exists': {
    hi: '{file} पहले से है; कुछ नहीं बदला — दूसरा --slug चुनें, या वही फ़ाइल खोलकर लिखें',
    en: '{file} already exists; nothing was changed — choose another --slug, or edit that file',
  },
  'new.urlTaken': {
    hi: '{file} का URL भी {url} है — दूसरा --slug चुनें',
    en: '{file} already has the URL {url} — choose another --slug',
  },
  'new.done': {
    hi: '✓ {file} (URL {url})\n  यह ड्राफ़्ट है: ख़बर लिखें, फिर छापने के लिए "draft: true" वाली पंक्ति हटा दें।',
    en: '✓ {file} (URL {url})\n  It is a draft: write the story, then delete the line "draft: true" to publish it.',
  },
  'new.help': {
    hi: `npm run new -- --title "…" --category … --district … --author …|--source … [--tags "…, …"] [--slug …] [--content DIR] [--lang en]
  --title     शीर्षक, उद्धरण चिह्नों में
  --category  _data/categories.json की श्रेणी: स्लग या हिंदी नाम (rajniti या राजनीति)
  --district  _data/districts.json का ज़िला: स्लग या हिंदी नाम
  --author    _data/authors.json का लेखक; कई हों तो अल्पविराम से अलग, उद्धरण चिह्नों में
  --source    _data/sources.json की एजेंसी या डेस्क, बिना रिपोर्टर वाली ख़बर के लिए
  --tags      टैग, अल्पविराम से अलग, उद्धरण चिह्नों में
  --slug      URL का स्लग, जब शीर्षक से बना स्लग ठीक न हो
  --content   संग्रह का फ़ोल्डर (पहले से: content)
  --lang en   संदेश अंग्रेज़ी में (या SAMACHAR_LANG=en)
articles/YYYY/MM/<slug>.md बनाता है, भारत के अभी के समय की तारीख़ के साथ, ड्राफ़्ट के रूप में। कोई फ़ाइल कभी नहीं बदलता।`,
    en: `npm run new -- --title "…" --category … --district … --author …|--source … [--tags "…, …"] [--slug …] [--content DIR] [--lang en]
  --title     the headline, in quotes
  --category  a slug or Hindi name from _data/categories.json (rajniti or राजनीति)
  --district  a slug or Hindi name from _data/districts.json
  --author    a slug or Hindi name from _data/authors.json; several separated by commas, in quotes
  --source    an agency or desk from _data/sources.json, for a story without a reporter (or with one)
  --tags      comma-separated tags, in quotes
  --slug      the URL slug, when the one made from the title is not right
  --content   archive folder (default: content)
  --lang en   messages in English (or SAMACHAR_LANG=en)
Writes articles/YYYY/MM/<slug>.md dated now in India, as a draft. Never overwrites a file.`,
  },
} as const satisfies MessageTable;
