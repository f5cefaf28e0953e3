import type { MessageTable } from './messages.ts';

/**
 * site.json's settings as the schema refuses them. Their ids are the zod schemas' `error` texts
 * (`{ error: 'siteJson.titleEmpty' }`), which data-files.ts turns back into messages; a schema
 * message that is not an id prints as written. Messages built from the value (a contrast ratio, the
 * folder in url) are custom issues whose message is the id and whose params fill it (site-issues.ts).
 */
export const siteMessages = {
  'siteJson.issue': { hi: '{path}: {problem}', en: '{path}: {problem}' },
  'siteJson.issueFromEnv': { hi: '{path}: {problem} ({env} से तय हुआ)', en: '{path}: {problem} (set by {env})' },
  'siteJson.titleEmpty': { hi: 'अख़बार का नाम (title) ख़ाली है', en: 'title is empty' },
  'siteJson.titleHint': {
    hi: 'अख़बार का नाम लिखें, जैसे "title": "मरुधर समाचार"',
    en: 'the paper\'s name, like "मरुधर समाचार"',
  },
  'siteJson.urlHint': {
    hi: 'साइट का वह पता लिखें जो पाठक टाइप करते हैं, जैसे "url": "https://marudhar-samachar.example"',
    en: 'the public address readers type, like "https://marudhar-samachar.example"',
  },
  'siteJson.urlText': {
    hi: 'url में साइट का पता लिखें, जैसे https://marudhar-samachar.example',
    en: 'url must be the site address, like https://marudhar-samachar.example',
  },
  'siteJson.description': {
    hi: 'description उद्धरण चिह्नों में लिखी एक पंक्ति होनी चाहिए, जैसे "description": "जालोर और बाड़मेर की ख़बरें"',
    en: 'description must be one line of text in quotes',
  },
  'siteJson.pageSize': {
    hi: 'pageSize बिना उद्धरण चिह्नों के 5 से 100 तक की कोई पूरी संख्या होनी चाहिए, जैसे "pageSize": 20',
    en: 'pageSize must be a whole number from 5 to 100, without quotes, like 20',
  },
  'siteJson.pathPrefix': {
    hi: 'pathPrefix एक फ़ोल्डर होना चाहिए, जैसे "/samachar/", या "/"',
    en: 'pathPrefix must be a folder like "/samachar/", or "/"',
  },
  'siteJson.footerPage': {
    hi: 'हर पेज उसके slug से लिखा जाता है, जैसे "sampark"',
    en: 'each page is its slug, like "sampark"',
  },
  'siteJson.footerPages': {
    hi: 'pages पेजों के slug की सूची होनी चाहिए, जैसे ["hamare-bare-men", "sampark"]',
    en: 'pages must be a list of page slugs, like ["hamare-bare-men", "sampark"]',
  },
  'siteJson.colour': {
    hi: 'रंग #rrggbb की तरह लिखा जाता है, जैसे "#a3261b"',
    en: 'a colour is written as #rrggbb, like "#a3261b"',
  },
  'siteJson.futureDays': {
    hi: 'warnings.futureDays दिनों की पूरी संख्या होनी चाहिए, जैसे 60',
    en: 'warnings.futureDays must be a whole number of days, like 60',
  },
  'siteJson.futureDaysMin': { hi: 'warnings.futureDays कम से कम 1 होना चाहिए', en: 'warnings.futureDays must be at least 1' },
  'siteJson.futureDaysMax': {
    hi: 'warnings.futureDays ज़्यादा से ज़्यादा 36500 (सौ साल: यानी कोई चेतावनी नहीं) हो सकता है',
    en: 'warnings.futureDays must be at most 36500 (a hundred years: no warning at all)',
  },
  'siteJson.maxWords': {
    hi: 'warnings.maxWords शब्दों की पूरी संख्या होनी चाहिए, जैसे 3000',
    en: 'warnings.maxWords must be a whole number of words, like 3000',
  },
  'siteJson.maxWordsMin': { hi: 'warnings.maxWords कम से कम 100 होना चाहिए', en: 'warnings.maxWords must be at least 100' },
  'siteJson.strict': {
    hi: 'warnings.strict में true या false लिखें (बिना उद्धरण चिह्नों के)',
    en: 'warnings.strict must be true or false',
  },
  'siteJson.contrast': {
    hi: '{bg} {bgColour} पर {fg} {fgColour} का कंट्रास्ट {ratio}:1 है — पढ़ने के लिए कम से कम 4.5:1 चाहिए; एक रंग गहरा या हल्का करें',
    en: '{fg} {fgColour} on {bg} {bgColour} has a contrast of {ratio}:1 — at least 4.5:1 is needed to read it; make one darker or lighter',
  },
  'siteJson.unknownKey': {
    hi: '{keys} site.json की कोई सेटिंग नहीं है — नाम की वर्तनी देखें (सभी सेटिंग docs/configuration.md में)',
    en: '{keys} is not a setting here — check the spelling (every setting is in docs/configuration.md)',
  },
  'siteJson.relatedNumber': {
    hi: '{field} {min} से {max} तक की कोई संख्या होनी चाहिए, बिना उद्धरण चिह्नों के (न लिखें तो {fallback}); लिखा है {got}',
    en: '{field} must be a number from {min} to {max} (default {fallback}), got {got}',
  },
  'siteJson.relatedWhole': {
    hi: '{field} {min} से {max} तक की कोई पूरी संख्या होनी चाहिए, बिना उद्धरण चिह्नों के (न लिखें तो {fallback}); लिखा है {got}',
    en: '{field} must be a whole number from {min} to {max} (default {fallback}), got {got}',
  },
  'siteJson.relatedUnknown': {
    hi: '{keys} मिलती-जुलती ख़बरों (related) की कोई सेटिंग नहीं है — {name} में ये लिखी जा सकती हैं: {known}',
    en: '{keys} is not a related setting; {name} takes {known}',
  },
  'siteJson.relatedObject': {
    hi: '{name} की सेटिंग { } कोष्ठकों में लिखी जाती हैं, जैसे {example}; लिखा है {got}',
    en: '{name} must be an object like {example}, got {got}',
  },
  'siteJson.tooSmall': { hi: 'यह संख्या कम से कम {min} होनी चाहिए', en: 'must be at least {min}' },
  'siteJson.tooBig': { hi: 'यह संख्या ज़्यादा से ज़्यादा {max} हो सकती है', en: 'must be at most {max}' },
  'siteJson.notNumber': { hi: 'यहाँ बिना उद्धरण चिह्नों के एक संख्या लिखें', en: 'must be a number, without quotes' },
  'siteJson.notWhole': { hi: 'यहाँ एक पूरी संख्या लिखें, दशमलव के बिना', en: 'must be a whole number' },
  'siteJson.notText': { hi: 'यहाँ उद्धरण चिह्नों में लिखा पाठ चाहिए', en: 'must be text in quotes' },
  'siteJson.notBool': { hi: 'यहाँ true या false लिखें (बिना उद्धरण चिह्नों के)', en: 'must be true or false' },
  'siteJson.notObject': { hi: 'यहाँ { } में सेटिंग लिखें', en: 'must be an object of settings in { }' },
} as const satisfies MessageTable;
