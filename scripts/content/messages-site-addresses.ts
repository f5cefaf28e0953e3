import type { MessageTable } from './messages.ts';

/**
 * site.json's addresses as the schema refuses them: url, pathPrefix, the logo/icon/card paths and
 * the social accounts. Built from the value (the folder in url, the path given), so they are custom
 * issues carrying their params (scripts/content/site-issues.ts).
 */
export const siteAddressMessages = {
  'siteJson.urlScheme': {
    hi: 'url https:// (या http://) से शुरू होना चाहिए, जैसे {example}',
    en: 'url must start with https:// (or http://), like {example}',
  },
  'siteJson.urlChars': {
    hi: 'url में खाली जगह, उद्धरण चिह्न, < > या \\ नहीं हो सकते, जैसे {example}',
    en: 'url must not contain spaces, quotes, < > or backslashes, like {example}',
  },
  'siteJson.urlInvalid': { hi: 'url सही पता नहीं है; ऐसे लिखें: {example}', en: 'url is not a valid address; write it like {example}' },
  'siteJson.urlLogin': {
    hi: 'url में यूज़र-नाम या पासवर्ड नहीं हो सकता (वह हर पन्ने पर छप जाएगा)',
    en: 'url must not contain a user name or password (they would be published on every page)',
  },
  'siteJson.urlQuery': {
    hi: 'url में सिर्फ़ साइट का पता लिखें, ?query या #fragment के बिना, जैसे {example}',
    en: 'url must be the bare site address, without ?query or #fragment, like {example}',
  },
  'siteJson.urlFolderRoot': {
    hi: 'url फ़ोल्डर {folder} पर ख़त्म होता है पर pathPrefix "/" है — साइट उसी फ़ोल्डर में है तो लिखें "pathPrefix": "{folder}" (तब url ऐसा ही रह सकता है, या सिर्फ़ {origin}); नहीं तो url फ़ोल्डर के बिना लिखें',
    en: 'url ends in the folder {folder} but pathPrefix is "/" — for a site in that folder write "pathPrefix": "{folder}" (url may then stay as it is, or be just {origin}); otherwise write url without the folder',
  },
  'siteJson.urlFolderPrefix': {
    hi: 'url फ़ोल्डर {folder} पर ख़त्म होता है पर pathPrefix "{prefix}" है — url फ़ोल्डर के बिना लिखें, जैसे {origin}, और फ़ोल्डर एक ही बार, pathPrefix में',
    en: 'url ends in the folder {folder} but pathPrefix is "{prefix}" — write url without the folder, like {origin}, and the folder once, in pathPrefix',
  },
  'siteJson.prefixFix': {
    hi: 'साइट पते की जड़ पर है तो "/" लिखें, नहीं तो दो / के बीच फ़ोल्डर, जैसे "{example}"',
    en: 'write "/" for a site at the root of its address, or the folder between slashes, like "{example}"',
  },
  'siteJson.prefixSlashes': { hi: 'pathPrefix / से शुरू और / पर ख़त्म होना चाहिए — {fix}', en: 'pathPrefix must start and end with / — {fix}' },
  'siteJson.prefixEmpty': { hi: 'pathPrefix में एक ख़ाली फ़ोल्डर (//) है — {fix}', en: 'pathPrefix has an empty folder (//) — {fix}' },
  'siteJson.prefixFolder': {
    hi: 'pathPrefix में फ़ोल्डर "{folder}" है; नाम में सिर्फ़ अंग्रेज़ी अक्षर, अंक, - _ ~ और (पहले अक्षर के बाद) बिंदु हों — {fix}',
    en: 'pathPrefix has the folder "{folder}"; use only English letters, digits, - _ ~ and dots inside a name (not first) — {fix}',
  },
  'siteJson.pathFix': {
    hi: 'इसी साइट का पता लिखें जो एक / से शुरू हो, जैसे {example}',
    en: 'write a path on this site starting with one /, like {example}',
  },
  'siteJson.pathNotSite': {
    hi: '{name} इसी साइट का पता होना चाहिए, "{value}" नहीं — {fix}',
    en: '{name} must be a path on this site, not "{value}" — {fix}',
  },
  'siteJson.pathChars': {
    hi: '{name} में खाली जगह, \\, ?, #, %, उद्धरण चिह्न या < > नहीं हो सकते — {fix}',
    en: '{name} must not contain spaces, \\, ?, #, %, quotes or < > — {fix}',
  },
  'siteJson.pathDots': { hi: '{name} में . या .. फ़ोल्डर नहीं हो सकते — {fix}', en: '{name} must not contain . or .. folders — {fix}' },
  'siteJson.socialNotUrl': { hi: 'यह वेब पता नहीं है; ऐसे लिखें: {example}', en: 'not a web address; write it like {example}' },
  'siteJson.socialHttps': {
    hi: 'सीधा https:// पता होना चाहिए, जैसे {example}',
    en: 'must be a plain https:// address, like {example}',
  },
  'siteJson.socialHost': { hi: '{hosts} का पता होना चाहिए, जैसे {example}', en: 'must be an address on {hosts}, like {example}' },
  'siteJson.socialHome': {
    hi: 'यह नेटवर्क का मुख्य पन्ना है, अख़बार का खाता नहीं; ऐसे लिखें: {example}',
    en: "is the network's home page, not the paper's account; write it like {example}",
  },
} as const satisfies MessageTable;
