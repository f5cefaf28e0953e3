import type { MessageTable } from './messages.ts';

/** Files that cannot be read at all: permissions, encoding, folders where a file should be. */
export const fileMessages = {
  'file.unreadable': {
    hi: 'यह फ़ाइल पढ़ी नहीं जा सकी ({why})',
    en: 'cannot read this file ({why})',
  },
  'file.unreadableHint': {
    hi: 'फ़ाइल को पढ़ने लायक़ बनाएँ (उसकी अनुमतियाँ देखें), या उसे content फ़ोल्डर से हटा दें',
    en: 'make it a readable text file (check its permissions), or remove it from the content folder',
  },
  'file.why.folder': { hi: 'यह एक फ़ोल्डर है', en: 'it is a folder' },
  'file.why.gone': { hi: 'पढ़ते समय यह हटा दी गई या कहीं और चली गई', en: 'it was deleted or moved while being read' },
  'file.why.denied': { hi: 'अनुमति नहीं है', en: 'permission denied' },
  'file.notUtf8': {
    hi: 'यह फ़ाइल UTF-8 में सहेजी हुई नहीं है',
    en: 'this file is not UTF-8 text',
  },
  'file.notUtf8Hint': {
    hi: 'इसे UTF-8 में फिर से सहेजें (ज़्यादातर एडिटर में: "Save with encoding" → UTF-8)',
    en: 'save it again as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
  },
  'picture.elsewhere': {
    hi: 'तस्वीर {src} किसी दूसरी साइट पर है',
    en: 'the picture {src} is on another site',
  },
  'picture.elsewhereHint': {
    hi: 'तस्वीर content/images/ में रखें और उसका रास्ता लिखें, जैसे {example} (साइट सिर्फ़ अपनी तस्वीरें दिखाती है; बाहर की तस्वीर उस साइट को बता देती है कि ख़बर कौन पढ़ रहा है)',
    en: 'put the picture in content/images/ and write its path from the content folder, like {example} (the site shows only its own pictures, and a picture from elsewhere tells that site who reads the story)',
  },
  'picture.notFile': {
    hi: 'तस्वीर {src} कोई फ़ाइल नहीं है',
    en: 'the picture {src} is not a file',
  },
  'picture.notImages': {
    hi: 'तस्वीर का रास्ता {src} /images/ से शुरू नहीं होता',
    en: 'the picture path {src} does not start with /images/',
  },
  'picture.localHint': {
    hi: 'तस्वीर content/images/ में रखें और उसका रास्ता लिखें, जैसे {example}',
    en: 'put the picture in content/images/ and write its path from the content folder, like {example}',
  },
  'picture.query': {
    hi: 'तस्वीर के रास्ते {src} में ? या # है',
    en: 'the picture path {src} has a ? or #',
  },
  'picture.queryHint': {
    hi: 'सिर्फ़ फ़ाइल का रास्ता लिखें, जैसे {example}',
    en: "write only the file's path, like {example}",
  },
  'picture.brokenEscape': {
    hi: 'तस्वीर के रास्ते {src} में टूटा हुआ %-कोड है',
    en: 'the picture path {src} has a broken %-escape',
  },
  'picture.escape': {
    hi: 'तस्वीर के रास्ते {src} में %-कोड है',
    en: 'the picture path {src} has a %-escape',
  },
  'picture.escapeHint': {
    hi: 'फ़ाइल का नाम जैसा है वैसा लिखें, जैसे {example}',
    en: 'write the file name as it is, like {example}',
  },
  'picture.backslash': {
    hi: 'तस्वीर के रास्ते {src} में बैकस्लैश (\\) या कोई नियंत्रण-चिह्न है',
    en: 'the picture path {src} has a backslash or a control character',
  },
  'picture.backslashHint': {
    hi: 'आगे वाली स्लैश (/) लिखें, जैसे {example}',
    en: 'use forward slashes, like {example}',
  },
  'picture.dots': {
    hi: 'तस्वीर के रास्ते {src} में ख़ाली, "." या ".." हिस्सा है',
    en: 'the picture path {src} has an empty, "." or ".." part',
  },
  'picture.dotsHint': {
    hi: 'तस्वीर content/images/ के अंदर ही होनी चाहिए, जैसे {example}',
    en: 'a picture must be inside content/images/, like {example}',
  },
  'picture.noAlt': {
    hi: 'तस्वीर {src} का विवरण नहीं लिखा है',
    en: 'the picture {src} has no description',
  },
  'picture.noAltHint': {
    hi: 'कोष्ठक [ ] में लिखें कि तस्वीर में क्या है, जैसे ![जीरे की ढेरियों के बीच किसान](/images/2026/11/mandi.jpg): जो पाठक देख नहीं सकते उन्हें यही पढ़कर सुनाया जाता है',
    en: 'write what it shows between the brackets, like ![जीरे की ढेरियों के बीच किसान](/images/2026/11/mandi.jpg): it is read out to readers who cannot see it (a news story has no merely decorative pictures)',
  },
  'picture.problem': {
    hi: 'तस्वीर /{rel}: {problem}',
    en: 'the picture /{rel} {problem}',
  },
  'picture.refused': {
    hi: 'इस्तेमाल नहीं हो सकती',
    en: 'cannot be used',
  },
  'picture.refusedHint': {
    hi: 'content/{rel} (या उसके फ़ोल्डर) के लिए बताई गई गड़बड़ी देखें',
    en: 'see the problem reported for content/{rel} (or the folder it is in)',
  },
  'picture.folder': {
    hi: 'यह फ़ोल्डर है, तस्वीर नहीं',
    en: 'is a folder, not a picture',
  },
  'picture.folderHint': {
    hi: 'उसके अंदर की किसी तस्वीर-फ़ाइल का रास्ता लिखें',
    en: 'write the path of a picture file inside it',
  },
  'picture.missing': {
    hi: 'नहीं मिली',
    en: 'was not found',
  },
  'picture.missingHint': {
    hi: 'तस्वीर content/{rel} पर रखें, या रास्ता ठीक करें (रास्ता content फ़ोल्डर से शुरू होता है, जैसे /images/2026/11/mandi.jpg)',
    en: 'put the picture at content/{rel}, or correct the path (it starts at the content folder, like /images/2026/11/mandi.jpg)',
  },
  'picture.unreadable': {
    hi: 'पढ़ी नहीं जा सकी ({why})',
    en: 'cannot be read ({why})',
  },
  'picture.unreadableHint': {
    hi: 'फ़ाइल को साइट बनाने वाले यूज़र के लिए पढ़ने लायक़ बनाएँ',
    en: 'make it readable by the user who runs the build',
  },
  'picture.notPicture': {
    hi: 'तस्वीर नहीं है: इसके बाइट JPEG, PNG, WebP, AVIF या GIF के नहीं हैं',
    en: 'is not a picture: its bytes are not JPEG, PNG, WebP, AVIF or GIF',
  },
  'picture.notPictureHint': {
    hi: 'इसे JPEG या PNG में फिर से सहेजें (नाम बदलकर .jpg कर देने से फ़ाइल तस्वीर नहीं बनती)',
    en: 'save it again as JPEG or PNG (renaming a file to .jpg does not make it a picture)',
  },
  'picture.tooBig': {
    hi: '{width} × {height} पिक्सेल ({pixels}) की है, जबकि सीमा {max} है',
    en: 'is {width} × {height} pixels ({pixels}), more than the {max} a picture may have',
  },
  'picture.tooBigHint': {
    hi: 'लंबी तरफ़ ज़्यादा से ज़्यादा 2400 पिक्सेल करके छोटा करें (सीमा _data/site.json के images.maxPixels में है)',
    en: 'resize it to at most 2400 pixels on its long side (the limit is images.maxPixels in _data/site.json)',
  },
  'data.missing': {
    hi: 'यह फ़ाइल नहीं है',
    en: 'file is missing',
  },
  'data.missingHint': {
    hi: 'इसे बनाएँ; README.md का "Data files" हिस्सा देखें',
    en: 'create it; see README.md, "Data files"',
  },
  'data.unreadableHint': {
    hi: 'इसे पढ़ने लायक़ JSON फ़ाइल बनाएँ',
    en: 'make it a readable JSON file',
  },
  'data.notJson': {
    hi: 'यह फ़ाइल सही JSON नहीं है',
    en: 'this is not valid JSON',
  },
  'data.notJsonHint': {
    hi: 'इस पंक्ति के आसपास छूटा हुआ अल्पविराम (,) या उद्धरण चिह्न (") देखें',
    en: 'check for a missing comma or quote near this line',
  },
  'data.tooDeep': {
    hi: 'यह फ़ाइल बहुत गहराई तक नेस्टेड है',
    en: 'this file is nested too deeply',
  },
  'data.tooDeepHint': {
    hi: 'README.md के "Data files" हिस्से वाला ढाँचा रखें',
    en: 'keep the layout shown in README.md, "Data files"',
  },
  'data.notList': {
    hi: '{name}.json एक सूची होनी चाहिए: [ { "slug": "…", "name": "…" }, … ]',
    en: '{name}.json must be a list: [ { "slug": "…", "name": "…" }, … ]',
  },
  'data.entry': {
    hi: '{n}वीं प्रविष्टि, {path}: {detail}',
    en: 'entry {n}: {path}: {detail}',
  },
  'data.slugTwice': {
    hi: 'स्लग "{slug}" दो बार लिखा है',
    en: 'slug "{slug}" is declared twice',
  },
  'data.slugTwiceHint': {
    hi: 'हर प्रविष्टि का अपना स्लग रखें',
    en: 'give each entry its own slug',
  },
  'data.slugReserved': {
    hi: 'श्रेणी का स्लग "{slug}" साइट के अपने पन्नों के लिए रखा है',
    en: 'category slug "{slug}" is taken by the site\'s own pages',
  },
  'data.slugReservedHint': {
    hi: 'कोई दूसरा स्लग चुनें',
    en: 'choose another slug',
  },
  'walk.notContent': {
    hi: 'यह फ़ाइल सामग्री नहीं है',
    en: 'this file is not content',
  },
  'walk.notContentHint': {
    hi: 'content फ़ोल्डर में सिर्फ़ {folders} (और एक README) होते हैं',
    en: 'the content folder holds only {folders} (and a README)',
  },
  'walk.onlyArticles': {
    hi: 'articles/ में सिर्फ़ ख़बरें (.md फ़ाइलें) होती हैं',
    en: 'only articles (.md files) belong in articles/',
  },
  'walk.onlyPages': {
    hi: 'pages/ में सिर्फ़ पन्ने (.md फ़ाइलें) होते हैं',
    en: 'only pages (.md files) belong in pages/',
  },
  'walk.moveHint': {
    hi: 'तस्वीरें images/ में और बाक़ी फ़ाइलें assets/ में रखें',
    en: 'move pictures to images/ and other files to assets/',
  },
  'walk.pagesFolders': {
    hi: 'pages/ में फ़ोल्डर नहीं होते',
    en: 'pages/ has no folders',
  },
  'walk.pagesFoldersHint': {
    hi: 'हर पन्ना सीधे pages/ में रखें, जैसे pages/sampark.md',
    en: 'put each page directly in pages/, like pages/sampark.md',
  },
  'walk.notData': {
    hi: 'यह _data की कोई फ़ाइल नहीं है',
    en: 'this is not one of the data files',
  },
  'walk.notDataHint': {
    hi: '_data/ में सिर्फ़ ये होती हैं: {files}',
    en: '_data/ holds only {files}',
  },
  'walk.onlyPictures': {
    hi: 'images/ में सिर्फ़ तस्वीरें होती हैं',
    en: 'only pictures belong in images/',
  },
  'walk.onlyPicturesHint': {
    hi: 'इसे इनमें से किसी रूप में सहेजें: {types}',
    en: 'save it as {types}',
  },
  'walk.notFolder': {
    hi: 'यह फ़ोल्डर सामग्री का हिस्सा नहीं है',
    en: 'this folder is not part of the content',
  },
  'walk.notFolderHint': {
    hi: 'content फ़ोल्डर में सिर्फ़ {folders} होते हैं',
    en: 'the content folder holds only {folders}',
  },
  'walk.folderUnreadable': {
    hi: 'यह फ़ोल्डर पढ़ा नहीं जा सका ({why})',
    en: 'this folder cannot be read ({why})',
  },
  'walk.folderUnreadableHint': {
    hi: 'इसे साइट बनाने वाले यूज़र के लिए पढ़ने लायक़ बनाएँ, या हटा दें',
    en: 'make it readable by the user who runs the build, or remove it',
  },
  'walk.link': {
    hi: 'यह शॉर्टकट (सिम्बॉलिक लिंक) है; content में असली फ़ाइलें ही होती हैं',
    en: 'is a symbolic link; content must be real files inside the content folder',
  },
  'walk.linkHint': {
    hi: 'फ़ाइल की कॉपी यहाँ रखें',
    en: 'copy the file here instead',
  },
  'walk.special': {
    hi: 'यह फ़ाइल नहीं, {kind} है',
    en: 'is {kind}, not a file',
  },
  'walk.specialHint': {
    hi: 'content में सिर्फ़ सामान्य फ़ाइलें होती हैं; इसे हटा दें',
    en: 'content must be ordinary files; remove it',
  },
  'walk.dataFolder': {
    hi: '_data/ में फ़ोल्डर नहीं होते',
    en: '_data/ has no folders',
  },
  'walk.dataFolderHint': {
    hi: 'फ़ाइलें इससे बाहर निकालें',
    en: 'move the files out of it',
  },
} as const satisfies MessageTable;
