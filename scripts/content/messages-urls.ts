import type { MessageTable } from './messages.ts';

/**
 * A story's or page's URL and its old URLs (`aliases:`): two on one address, or an address no
 * file system can hold safely (catalog/unique.ts, catalog/pages.ts, catalog/url-paths.ts).
 */
export const urlMessages = {
  'url.taken': {
    hi: 'इस ख़बर का URL {url} {others} का भी है',
    en: "this article's URL {url} is also used by {others}",
  },
  'url.takenHint': {
    hi: 'इनमें से एक को अलग "slug:" दें (या अलग शीर्षक या तारीख़)',
    en: 'give one of them a different "slug:" (or a different title or date)',
  },
  'url.bad': {
    hi: 'इस ख़बर का URL {url}: {problem}',
    en: "this article's URL {url} {problem}",
  },
  'url.badHint': {
    hi: 'छोटा "slug:" चुनें',
    en: 'choose a shorter "slug:"',
  },
  'url.page': {
    hi: 'इस पन्ने का URL {url}: {problem}',
    en: "this page's URL {url} {problem}",
  },
  'url.pageHint': {
    hi: 'पन्ने को दूसरा "slug:" दें',
    en: 'give the page another "slug:"',
  },
  'url.categoryListing': {
    hi: 'श्रेणी "{slug}" की सूची का पता है',
    en: 'is the listing of the category "{slug}"',
  },
  'url.sitePage': {
    hi: 'साइट का अपना पन्ना है ({what})',
    en: 'is a page of the site itself ({what})',
  },
  'alias.bad': {
    hi: 'पुराना URL {alias}: {problem}',
    en: 'the alias {alias} {problem}',
  },
  'alias.page': {
    hi: 'पुराना URL {alias} पन्ने {file} का URL है',
    en: 'the alias {alias} is the URL of the page {file}',
  },
  'alias.pageHint': {
    hi: 'यह पुराना URL हटाएँ, या उस पन्ने को दूसरा स्लग दें',
    en: 'remove the alias, or give that page another slug',
  },
  'alias.live': {
    hi: 'पुराना URL {alias} एक छपी हुई ख़बर {file} का URL है{note}',
    en: 'the alias {alias} is the URL of a live article, {file}{note}',
  },
  'alias.liveHint': {
    hi: 'यह पुराना URL हटाएँ, या पहले उस ख़बर का स्लग बदलें',
    en: 'remove the alias, or rename that article first',
  },
  'alias.sitePage': {
    hi: 'पुराना URL {alias} साइट का अपना पन्ना है ({what})',
    en: 'the alias {alias} is a page of the site itself ({what})',
  },
  'alias.sitePageHint': {
    hi: 'यह पुराना URL हटाएँ: वहाँ साइट का पन्ना पहले से है',
    en: 'remove the alias: the site already has a page there',
  },
  'alias.twice': {
    hi: 'पुराना URL {alias} दो बार लिखा है{as}',
    en: 'the alias {alias} is listed twice{as}',
  },
  'alias.twiceHint': {
    hi: 'एक ही रखें',
    en: 'keep one of them',
  },
  'alias.claimed': {
    hi: 'पुराना URL {alias} {file} में भी लिखा है{note}',
    en: 'the alias {alias} is also claimed by {file}{note}',
  },
  'alias.claimedHint': {
    hi: 'एक पुराना URL सिर्फ़ एक ख़बर पर भेज सकता है',
    en: 'an old URL can redirect to one article only',
  },
  'alias.caseNote': {
    hi: ' (दोनों में सिर्फ़ छोटे-बड़े अक्षरों या अक्षर लिखने के ढंग का फ़र्क़ है, जिसे macOS और Windows एक ही नाम मानते हैं)',
    en: ' (they differ only in upper and lower case, or in how a letter is encoded, which macOS and Windows disks treat as one name)',
  },
  'alias.folderIsFile': {
    hi: 'पुराने URL {alias} को फ़ोल्डर /{clash}/ चाहिए, जहाँ साइट की फ़ाइल /{clash} है',
    en: 'the alias {alias} needs a folder /{clash}/ where the site has the file /{clash}',
  },
  'alias.folderIsFileHint': {
    hi: 'यह पुराना URL हटाएँ, या उस फ़ाइल-नाम के बाद वाला हिस्सा हटाएँ',
    en: 'remove the alias, or drop the part after that file name',
  },
  'alias.fileIsFolder': {
    hi: 'पुराना URL {alias} वहाँ फ़ाइल बनाएगा जहाँ साइट का फ़ोल्डर /{key}/ है',
    en: 'the alias {alias} would be a file where the site has the folder /{key}/',
  },
  'alias.fileIsFolderHint': {
    hi: 'इसे फ़ोल्डर की तरह लिखें, {alias}/, या हटा दें',
    en: 'write it as a folder, {alias}/, or remove it',
  },
  'path.escape': {
    hi: 'में टूटा हुआ %-कोड है',
    en: 'has a broken %-escape',
  },
  'path.escapeHint': {
    hi: 'हर % के बाद UTF-8 का पूरा कोड हो, जैसे क के लिए %E0%A4%95; या रास्ता बिना % के लिखें',
    en: 'every % must start a complete escape of UTF-8, like %E0%A4%95 for क; or write the path without %',
  },
  'path.slash': {
    hi: 'में कोड वाली / या बैकस्लैश है',
    en: 'has an escaped / or a backslash',
  },
  'path.slashHint': {
    hi: 'हिस्सों के बीच सीधी / लिखें',
    en: 'write the path with plain / between its parts',
  },
  'path.control': {
    hi: 'में नियंत्रण-चिह्न है',
    en: 'has a control character',
  },
  'path.controlHint': {
    hi: '%00–%1F वाले कोड हटाएँ',
    en: 'remove the %00–%1F escape',
  },
  'path.empty': {
    hi: 'में ख़ाली हिस्सा (//) है',
    en: 'has an empty part (//)',
  },
  'path.emptyHint': {
    hi: 'हिस्सों के बीच एक ही / लिखें',
    en: 'write a single / between the parts',
  },
  'path.dots': {
    hi: 'में "." या ".." हिस्सा है',
    en: 'has a "." or ".." part',
  },
  'path.dotsHint': {
    hi: 'पुराना URL साइट की जड़ से रास्ता होता है, जैसे /purani-khabar/',
    en: "an old URL is a path from the site's root, like /purani-khabar/",
  },
  'path.dotStart': {
    hi: 'का एक हिस्सा "." से शुरू होता है',
    en: 'has a part starting with "."',
  },
  'path.dotStartHint': {
    hi: 'होस्ट ऐसी फ़ाइलें छिपा देते हैं; पुराना URL ऐसा नहीं हो सकता',
    en: 'hosts hide such files; an old URL cannot be one',
  },
  'path.underscore': {
    hi: '"_" से शुरू होता है',
    en: 'starts with "_"',
  },
  'path.underscoreHint': {
    hi: 'ऐसे नाम होस्ट की सेटिंग फ़ाइलें (_headers, _redirects) होते हैं, पन्ने नहीं',
    en: 'such names are host settings files (_headers, _redirects), not pages',
  },
  'path.longPart': {
    hi: 'का एक हिस्सा {bytes} बाइट का है; फ़ाइल का नाम ज़्यादा से ज़्यादा {max} बाइट',
    en: 'has a part of {bytes} bytes; a file name may have at most {max}',
  },
  'path.long': {
    hi: '{bytes} बाइट लंबा है; रास्ता ज़्यादा से ज़्यादा {max} बाइट',
    en: 'is {bytes} bytes long; a path may have at most {max}',
  },
  'path.shortenHint': {
    hi: 'इसे छोटा करें',
    en: 'shorten it',
  },
} as const satisfies MessageTable;
