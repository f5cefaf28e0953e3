import type { MessageTable } from './messages.ts';

/**
 * Front-matter that is not readable YAML, one message per kind of mistake (front-matter.ts tells
 * them apart), each reported at the line where the mistake starts, with the line to write instead.
 */
export const frontMatterMessages = {
  'fm.empty': {
    hi: 'फ़ाइल ख़ाली है',
    en: 'the file is empty',
  },
  'fm.emptyHint': {
    hi: 'ऊपर --- के बीच {fields} लिखें, फिर ख़बर; या फ़ाइल हटा दें',
    en: 'write the front-matter ({fields}) and the text, or delete the file',
  },
  'fm.noStart': {
    hi: 'फ़ाइल --- से शुरू नहीं होती',
    en: 'the file does not start with front-matter',
  },
  'fm.noStartHint': {
    hi: 'पहली पंक्ति में सिर्फ़ --- लिखें, फिर {fields} हर एक अपनी पंक्ति में, फिर एक और ---',
    en: 'the first line must be --- followed by {fields} and a closing ---',
  },
  'fm.badFirstLine': {
    hi: 'पहली पंक्ति सिर्फ़ --- होनी चाहिए, पर यहाँ "{first}" लिखा है',
    en: 'front-matter must be plain YAML between two --- lines, but the first line is "{first}"',
  },
  'fm.badFirstLineHint': {
    hi: 'पहली पंक्ति में सिर्फ़ --- लिखें (JavaScript, JSON या कोई और भाषा नहीं चलती)',
    en: 'make the first line exactly --- (JavaScript, JSON or any other language is refused)',
  },
  'fm.notClosed': {
    hi: 'ऊपर का हिस्सा (पंक्ति 1 का ---) कहीं बंद नहीं होता: नीचे वाली --- पंक्ति नहीं है',
    en: 'the front-matter that starts here is never closed: there is no closing --- line',
  },
  'fm.notClosedHint': {
    hi: 'पंक्ति {line} ({text}) के बाद एक पंक्ति में सिर्फ़ --- लिखें, फिर ख़बर',
    en: 'add a line with only --- after line {line} ({text}), then the article',
  },
  'fm.tooBig': {
    hi: 'ऊपर का हिस्सा {size} KB का है, {max} KB से ज़्यादा नहीं हो सकता',
    en: 'the front-matter is {size} KB, more than the {max} KB allowed',
  },
  'fm.tooBigHint': {
    hi: 'ऊपर सिर्फ़ जानकारी (शीर्षक, तारीख…) रखें; लंबा पाठ --- के नीचे ख़बर में लिखें',
    en: 'keep only the fields in the front-matter and move long text into the article',
  },
  'fm.unclosedQuote': {
    hi: 'यहाँ खुला उद्धरण चिह्न ({quote}) बंद नहीं हुआ',
    en: 'the quote ({quote}) opened on this line is never closed',
  },
  'fm.unclosedQuoteHint': {
    hi: 'पंक्ति के आख़िर में वही चिह्न लगाकर बंद करें: {line}',
    en: 'close it with the same mark at the end of the line: {line}',
  },
  'fm.unclosedList': {
    hi: 'यहाँ खुली सूची का कोष्ठक बंद नहीं हुआ ({mark} नहीं है)',
    en: 'the list opened on this line is never closed (no {mark})',
  },
  'fm.duplicateKey': {
    hi: '{field} दो बार लिखा है (पहली बार पंक्ति {first} पर)',
    en: '{field} is written twice (first on line {first})',
  },
  'fm.duplicateKeyHint': {
    hi: 'एक ही पंक्ति रखें, दूसरी हटा दें',
    en: 'keep one of the two lines and delete the other',
  },
  'fm.quotedPart': {
    hi: '{field} का पाठ उद्धरण चिह्न से शुरू होता है पर उसके बंद होने के बाद भी पाठ है',
    en: 'the value of {field} starts with a quote but goes on after the closing quote',
  },
  'fm.colonInValue': {
    hi: '{field} में कोलन (:) है, इसलिए पंक्ति पढ़ी नहीं जा सकती',
    en: 'the value of {field} contains a colon (:), so the line cannot be read',
  },
  'fm.colonInValueHint': {
    hi: 'पूरे पाठ को दोहरे उद्धरण चिह्नों में लिखें: {line}',
    en: 'put the whole value inside double quotes: {line}',
  },
  'fm.tab': {
    hi: 'पंक्ति की शुरुआत में टैब है; यहाँ टैब नहीं चलता',
    en: 'this line is indented with a tab, which YAML does not allow',
  },
  'fm.tabHint': {
    hi: 'टैब की जगह दो खाली जगह (स्पेस) लिखें: {line}',
    en: 'indent with two spaces instead of the tab: {line}',
  },
  'fm.tabRemoveHint': {
    hi: 'टैब हटाकर पंक्ति बाईं ओर से शुरू करें: {line}',
    en: 'remove the tab and start the line at the left edge: {line}',
  },
  'fm.notYaml': {
    hi: 'ऊपर के हिस्से की यह पंक्ति पढ़ी नहीं जा सकी',
    en: 'the front-matter is not valid YAML at this line',
  },
  'fm.notYamlHint': {
    hi: 'हर जानकारी अपनी पंक्ति में "नाम: पाठ" की तरह लिखें; कोलन (:) या उद्धरण चिह्न वाला पाठ "दोहरे उद्धरण चिह्नों" में',
    en: 'write one field per line as "name: value"; put text that contains a colon or starts with a quote inside "double quotes"',
  },
  'fm.tooDeep': {
    hi: 'सूचियाँ या हिस्से {max} स्तर से ज़्यादा गहरे हैं',
    en: 'lists or blocks are nested more than {max} deep',
  },
  'fm.tooDeepHint': {
    hi: 'जानकारी पाठ, संख्या, true/false या पाठ की सूची होती है',
    en: 'fields are text, numbers, true/false or lists of text',
  },
  'fm.notFields': {
    hi: 'ऊपर का हिस्सा "title: …" जैसी पंक्तियों में होना चाहिए',
    en: 'the front-matter must be fields like "title: …", one per line',
  },
  'fm.notFieldsHint': {
    hi: 'हर पंक्ति में एक जानकारी: नाम, कोलन, फिर पाठ (जैसे title: मंडी में सरसों के भाव बढ़े)',
    en: 'write one field per line: a name, a colon, the value',
  },
  'fm.alias': {
    hi: 'यहाँ *नाम लिखकर किसी सूची को दोहराया गया है',
    en: 'the front-matter repeats a list or block through a YAML alias (*name)',
  },
  'fm.aliasHint': {
    hi: 'पूरा पाठ लिखें; &नाम और *नाम नहीं चलते',
    en: 'write the values out; anchors (&name) and aliases (*name) are not supported',
  },
} as const satisfies MessageTable;
