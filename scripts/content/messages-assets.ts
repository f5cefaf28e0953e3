import type { MessageTable } from './messages.ts';

/** Files published as they are: assets/, root/, the author photos and the logo, icon and social card of site.json. */
export const assetMessages = {
  'asset.svg': {
    hi: 'SVG फ़ाइल साइट पर नहीं छपती: SVG के अंदर स्क्रिप्ट हो सकती है',
    en: 'SVG files are not published: an SVG can carry script',
  },
  'asset.svgHint': {
    hi: 'इसे PNG में सहेजें और .png फ़ाइल का रास्ता लिखें',
    en: 'export it as PNG and link the .png instead',
  },
  'asset.type': {
    hi: '"{type}" तरह की फ़ाइलें assets/ से नहीं छपतीं',
    en: 'files of type "{type}" are not published from assets/',
  },
  'asset.typeHint': {
    hi: 'assets/ में सिर्फ़ ये फ़ाइलें रखें: {types}',
    en: 'assets/ may hold only {types} files',
  },
  'asset.template': {
    hi: 'पेज के ढाँचे (template) कोड हैं, सामग्री नहीं',
    en: 'page templates are code, not content',
  },
  'asset.templateHint': {
    hi: 'ये layouts/ में रहते हैं; यह फ़ाइल content फ़ोल्डर से हटा दें',
    en: 'they live in layouts/; remove this file from the content folder',
  },
  'root.folder': { hi: 'root/ के अंदर फ़ोल्डर नहीं बन सकते', en: 'root/ has no folders' },
  'root.folderHint': {
    hi: 'इसकी फ़ाइलें साइट के सबसे ऊपर छपती हैं; उन्हें सीधे root/ में रखें',
    en: 'its files are published at the top of the site; put them directly in root/',
  },
  'root.underscore': {
    hi: '"_" से शुरू होने वाले नाम (_headers, _redirects) होस्ट की सेटिंग हैं, छपने वाली फ़ाइलें नहीं',
    en: 'names starting with "_" are host settings (_headers, _redirects), not published files',
  },
  'root.underscoreHint': {
    hi: 'फ़ाइल का नाम बदलें; होस्ट की सेटिंग बिल्ड ख़ुद लिखता है',
    en: 'rename the file; the build writes the host settings',
  },
  'root.generated': { hi: '/{name} बिल्ड ख़ुद बनाता है', en: 'the build writes /{name} itself' },
  'root.generatedHint': {
    hi: 'यह फ़ाइल हटा दें; बदलाव के लिए साइट की सेटिंग (site.json) बदलें',
    en: 'remove this file; change the site settings instead',
  },
  'root.script': {
    hi: 'साइट के सबसे ऊपर की स्क्रिप्ट (service worker) कोड है, सामग्री नहीं',
    en: 'a script at the site root (a service worker) is code, not content',
  },
  'root.scriptHint': {
    hi: 'service worker जाँचे हुए कोड के रूप में layouts/ में रहता है; साइट के डेवलपर से उसे वहाँ जोड़ने को कहें',
    en: 'a service worker belongs in layouts/ as reviewed code; ask the site developers to add it there',
  },
  'root.html': {
    hi: 'HTML और दूसरे पेज root/ से नहीं छपते',
    en: 'HTML and other page files are not published from root/',
  },
  'root.htmlHint': {
    hi: 'सिर्फ़ Google की पुष्टि वाली फ़ाइल (google<code>.html) ली जाती है; दूसरे सर्च इंजन के लिए उनका meta-tag या DNS तरीक़ा अपनाएँ',
    en: "only Google's verification file (google<code>.html) is taken; for other search engines use their meta-tag or DNS method",
  },
  'root.type': {
    hi: '"{type}" तरह की फ़ाइलें साइट के सबसे ऊपर नहीं छपतीं',
    en: 'files of type "{type}" are not published at the site root',
  },
  'root.typeHint': {
    hi: 'root/ में सिर्फ़ ये रखें: {types} फ़ाइलें और google<code>.html',
    en: 'root/ may hold only {types} files and google<code>.html',
  },
  'root.notVerification': {
    hi: 'यह Google की पुष्टि वाली फ़ाइल नहीं है: इसमें एक ही पंक्ति होनी चाहिए, और कुछ नहीं',
    en: "this is not Google's verification file: it must hold one line and nothing else",
  },
  'root.notVerificationHint': {
    hi: 'फ़ाइल Search Console से फिर डाउनलोड करें, या इसमें ठीक यही लिखें: "{line}"',
    en: 'download the file again from Search Console, or write exactly "{line}"',
  },
  'root.unreadable': { hi: 'यह फ़ाइल पढ़ी नहीं जा सकी ({why})', en: 'this file cannot be read ({why})' },
  'root.unreadableHint': {
    hi: 'फ़ाइल को उस यूज़र के पढ़ने लायक़ बनाएँ जो बिल्ड चलाता है',
    en: 'make it readable by the user who runs the build',
  },
  'assetPicture.outsideAssets': { hi: 'content/assets/ की फ़ाइल नहीं है', en: 'is not a file in content/assets/' },
  'assetPicture.cannotUse': { hi: 'काम में नहीं ली जा सकती', en: 'cannot be used' },
  'assetPicture.missing': { hi: 'नहीं मिली', en: 'was not found' },
  'assetPicture.notPicture': {
    hi: 'तस्वीर नहीं है: यह JPEG, PNG, WebP, AVIF या GIF नहीं है',
    en: 'is not a picture: its bytes are not JPEG, PNG, WebP, AVIF or GIF',
  },
  'assetPicture.putAtHint': {
    hi: 'तस्वीर content/{rel} पर रखें, या रास्ता ठीक करें',
    en: 'put the picture at content/{rel}, or correct the path',
  },
  'assetPicture.saveAsHint': { hi: 'इसे {type} में फिर से सहेजें', en: 'save it again as {type}' },
  'assetPicture.assetsHint': {
    hi: 'तस्वीर content/assets/ में रखें और उसका रास्ता ऐसे लिखें: /assets/{name}.png',
    en: 'put the picture in content/assets/ and write its path like /assets/{name}.png',
  },
  'photo.problem': {
    hi: '{author}: फ़ोटो {photo} {problem}',
    en: '{author}: photo {photo} {problem}',
  },
  'photo.tooLarge': {
    hi: '{width} × {height} पिक्सेल की है, लेखक की फ़ोटो के लिए बहुत बड़ी',
    en: 'is {width} × {height} pixels, too large for a byline photo',
  },
  'photo.hint': {
    hi: 'content/assets/ में छोटी चौकोर तस्वीर (ज़्यादा से ज़्यादा 800 × 800) रखें, जैसे /assets/lekhak/asha-meena.jpg',
    en: 'put a small square picture (at most 800 × 800) in content/assets/, like /assets/lekhak/asha-meena.jpg',
  },
  'siteFile.problem': { hi: '{key}: {what} {value} {problem}', en: '{key}: {what} {value} {problem}' },
  'siteFile.logo': { hi: 'लोगो', en: 'the logo' },
  'siteFile.icon': { hi: 'ब्राउज़र आइकन', en: 'the browser icon' },
  'siteFile.defaultImage': { hi: 'सोशल मीडिया की डिफ़ॉल्ट तस्वीर', en: 'the default social card' },
  'themeLogo.problem': {
    hi: 'theme.logo.src: हेडर का लोगो {src} {problem}',
    en: 'theme.logo.src: the header logo {src} {problem}',
  },
  'themeLogo.proportions': {
    hi: '{width} × {height} पिक्सेल का है, पर width और height {wantWidth} × {wantHeight} कहते हैं',
    en: 'is {width} × {height} pixels, but width and height say {wantWidth} × {wantHeight}',
  },
  'themeLogo.proportionsHint': {
    hi: 'अनुपात बनाए रखें: "width": {wantWidth} के साथ "height": {height} लिखें',
    en: 'keep its proportions: with "width": {wantWidth} write "height": {height}',
  },
  'themeLogo.proportionsTallHint': {
    hi: 'अनुपात बनाए रखें: "width": {wantWidth} के साथ "height": {height} लिखें (या चौड़ाई कम करें: लोगो ज़्यादा से ज़्यादा 64 px ऊँचा होता है)',
    en: 'keep its proportions: with "width": {wantWidth} write "height": {height} (or make the width smaller: the logo is at most 64 px high)',
  },
  'themeLogo.blurred': {
    hi: '{width} px चौड़ा है और {wantWidth} px चौड़ा दिखाया जाता है: फ़ोन की स्क्रीन पर धुंधला दिखेगा (वहाँ हर CSS पिक्सेल 2 या 3 पिक्सेल का होता है)',
    en: 'is {width} px wide, drawn {wantWidth} px wide: it looks blurred on phone screens (2 or 3 pixels per CSS pixel)',
  },
  'themeLogo.blurredHint': {
    hi: 'इसे कम से कम {minWidth} px चौड़ा सहेजें',
    en: 'save it at least {minWidth} px wide',
  },
} as const satisfies MessageTable;
