import type { MessageTable } from './messages.ts';

/**
 * An article's (or a page's) fields: `{field}` is the field as an editor knows it (a `{ hi, en }`
 * pair from `fieldName`: "शीर्षक (title)" / "title"), `{line}` the exact line to write.
 */
export const articleMessages = {
  'field.unknown': {
    hi: '"{key}" नाम की कोई जानकारी नहीं होती',
    en: 'unknown field "{key}"',
  },
  'field.unknownGuess': {
    hi: 'शायद {guess} लिखना था: {line}',
    en: 'did you mean "{guess}"? {line}',
  },
  'field.unknownList': {
    hi: 'इनमें से कोई नाम लिखें: {list}',
    en: 'allowed fields: {list}',
  },
  'field.missing': {
    hi: '{field} नहीं लिखा है',
    en: '{field} is missing',
  },
  'field.missingHint': {
    hi: 'ऊपर --- के बीच यह पंक्ति जोड़ें: {line}',
    en: 'add a line "{line}" to the front-matter',
  },
  'field.empty': {
    hi: '{field} ख़ाली है',
    en: '{field} is empty',
  },
  'field.emptyHint': {
    hi: 'कोलन के बाद लिखें, जैसे: {line}',
    en: 'write a value after the colon, like: {line}',
  },
  'field.notText': {
    hi: '{field} में पाठ लिखें',
    en: '{field} must be text',
  },
  'field.notDate': {
    hi: '{field} तारीख़ नहीं है',
    en: '{field} must be a date like 2026-11-23',
  },
  'field.notBool': {
    hi: '{field} में सिर्फ़ true (हाँ) या false (नहीं) लिखें',
    en: '{field} must be true or false',
  },
  'field.notList': {
    hi: '{field} एक सूची होनी चाहिए, जैसे: {line}',
    en: '{field} must be a list, like: {line}',
  },
  'field.emptyList': {
    hi: '{field} की सूची ख़ाली है',
    en: '{field} is an empty list',
  },
  'field.itemEmpty': {
    hi: '{field} की सूची में एक नाम ख़ाली है',
    en: 'an item of {field} is empty',
  },
  'field.itemNotText': {
    hi: '{field} की सूची में हर नाम पाठ होना चाहिए',
    en: 'each item of {field} must be text',
  },
  'field.slugPattern': {
    hi: 'स्लग में सिर्फ़ a-z, 0-9 और बीच में एक-एक हाइफ़न (-) चलते हैं, जैसे: slug: mandi-bhav-badhe',
    en: 'slug may use only a-z, 0-9 and single hyphens, like mandi-bhav-badhe',
  },
  'field.aliasPattern': {
    hi: 'पुराना URL / से शुरू हो, अंग्रेज़ी अक्षरों में, बिना ? या #, जैसे: /purani-khabar/',
    en: 'an alias must be an ASCII path starting with /, without ? or #, like /purani-khabar/',
  },
  'field.correctionShape': {
    hi: 'सुधार ऐसे लिखें: correction: { date: 2026-11-21 10:00, text: "…" }',
    en: 'a correction is written as { date: 2026-11-21 10:00, text: "…" }',
  },
  'field.invalid': {
    hi: '{field} में लिखा मान सही नहीं है ({detail})',
    en: '{field}: {detail}',
  },
  'date.empty': {
    hi: '{field} ख़ाली है',
    en: '{field} is empty',
  },
  'date.format': {
    hi: '{field} "{text}" तारीख़ की तरह नहीं लिखी है',
    en: '{field}: "{text}" is not a date in a known format',
  },
  'date.month': {
    hi: '{field} {text} ग़लत है: महीना 01 से 12 तक होता है',
    en: '{field}: {text} is not a real date: the month must be 01 to 12',
  },
  'date.day': {
    hi: '{field} {text} ग़लत है: {month} {year} में {days} दिन होते हैं',
    en: '{field}: {text} is not a real date: {month} {year} has {days} days',
  },
  'date.time': {
    hi: '{field} {text} का समय ग़लत है: घंटे 00 से 23 और मिनट 00 से 59',
    en: '{field}: {text} is not a real time: hours go 00 to 23 and minutes 00 to 59',
  },
  'date.hint': {
    hi: 'साल-महीना-दिन, भारतीय समय में लिखें: {line}',
    en: 'write the date as year-month-day, Indian time: {line}',
  },
  'date.dayHint': {
    hi: 'महीने का आख़िरी दिन था तो लिखें: {line}',
    en: 'if you meant the last day of the month, write: {line}',
  },
  'date.updatedEarly': {
    hi: 'अपडेट की तारीख़ (updated) ख़बर की तारीख़ (date) से पहले की है',
    en: 'updated is earlier than date',
  },
  'date.updatedEarlyHint': {
    hi: 'अपडेट ख़बर छपने के बाद होता है: updated में बाद की तारीख़ लिखें',
    en: 'a correction date comes after the publication date',
  },
  'ref.unknown': {
    hi: '{field} "{value}" हमारी सूची में नहीं है',
    en: 'unknown {field} "{value}"',
  },
  'ref.guess': {
    hi: 'शायद "{slug}" ({name}) लिखना था: {line} (सूची _data/{file}.json में)',
    en: 'did you mean "{slug}" ({name})? {line} (declared in _data/{file}.json)',
  },
  'ref.list': {
    hi: 'इनमें से एक लिखें: {list} (सूची _data/{file}.json में)',
    en: 'use one of: {list} (declared in _data/{file}.json)',
  },
  'ref.twice': {
    hi: 'लेखक "{value}" दो बार लिखा है',
    en: 'author "{value}" is named twice',
  },
  'ref.twiceHint': {
    hi: 'हर लेखक का नाम एक ही बार लिखें',
    en: 'name each author once',
  },
  'byline.missing': {
    hi: 'लेखक (author) नहीं लिखा है',
    en: 'author is missing',
  },
  'byline.missingHint': {
    hi: 'जोड़ें: author: ravi-joshi (सूची _data/authors.json में), या एजेंसी की ख़बर के लिए source: …',
    en: 'add a line "author: …" (a reporter from _data/authors.json, or a list [a, b]), or "source: …" for agency copy',
  },
  'byline.noSources': {
    hi: 'एजेंसी या डेस्क को _data/sources.json में जोड़ें, जैसे [{ "slug": "agency", "name": "एजेंसी" }]',
    en: 'declare the agency or desk in _data/sources.json, like [{ "slug": "agency", "name": "एजेंसी" }]',
  },
  'article.noText': {
    hi: 'ख़बर का पाठ नहीं है',
    en: 'the article has no text',
  },
  'article.noTextHint': {
    hi: 'नीचे वाली --- पंक्ति के बाद ख़बर लिखें',
    en: 'write the article below the closing ---',
  },
  'image.noAlt': {
    hi: 'तस्वीर (image) का विवरण नहीं लिखा है',
    en: 'image has no image_alt',
  },
  'image.noAltHint': {
    hi: 'जो पाठक तस्वीर नहीं देख सकते उनके लिए लिखें: image_alt: मंडी में सरसों की बोरियाँ',
    en: 'describe the picture for readers who cannot see it: image_alt: …',
  },
  'image.extraWithout': {
    hi: '{field} है पर तस्वीर (image) नहीं',
    en: '{field} without an image',
  },
  'image.extraWithoutHint': {
    hi: 'तस्वीर जोड़ें (image: /images/…) या यह पंक्ति हटा दें',
    en: 'add the picture with image: /images/…, or remove the line',
  },
  'correction.early': {
    hi: '{date} का सुधार ख़बर की तारीख़ से पहले का है',
    en: "the correction of {date} is earlier than the story's date",
  },
  'correction.order': {
    hi: '{date} का सुधार ऊपर वाले सुधार से पुराना है',
    en: 'the correction of {date} is older than the one above it',
  },
  'correction.orderHint': {
    hi: 'सुधार पुराने से नए के क्रम में लिखें',
    en: 'list corrections oldest first',
  },
  'correction.hint': {
    hi: 'ख़बर की तारीख़ के बाद की तारीख़, भारतीय समय में: date: 2026-11-21 10:00',
    en: "write the date as 2026-11-21 10:00 (Indian time), on or after the story's date",
  },
  'breaking.noUntil': {
    hi: 'breaking: true है पर breaking_until (ब्रेकिंग कब तक) नहीं लिखा',
    en: 'breaking: true has no breaking_until',
  },
  'breaking.untilAlone': {
    hi: 'breaking_until है पर breaking: true नहीं',
    en: 'breaking_until without breaking: true',
  },
  'breaking.untilAloneHint': {
    hi: 'हर पन्ने पर पट्टी के लिए breaking: true जोड़ें, या यह पंक्ति हटा दें',
    en: 'add "breaking: true" for a strip on every page, or remove the line',
  },
  'breaking.early': {
    hi: 'breaking_until ख़बर की तारीख़ से पहले का है',
    en: "breaking_until is earlier than the story's date",
  },
  'breaking.hint': {
    hi: 'पट्टी कब हटे, भारतीय समय में, ख़बर की तारीख़ के बाद: breaking_until: 2026-11-21 18:00',
    en: "write when the strip should go, like breaking_until: 2026-11-21 18:00 (Indian time), on or after the story's date",
  },
  'page.noText': {
    hi: 'पन्ने पर कोई पाठ नहीं है',
    en: 'the page has no text',
  },
  'page.noTextHint': {
    hi: 'नीचे वाली --- पंक्ति के बाद पन्ने का पाठ लिखें',
    en: 'write the page below the closing ---',
  },
  'page.badFileName': {
    hi: 'फ़ाइल का नाम "{stem}" पन्ने का URL नहीं बन सकता',
    en: 'the file name "{stem}" cannot be the page\'s URL',
  },
  'page.badFileNameHint': {
    hi: 'फ़ाइल का नाम a-z, 0-9 और बीच में एक-एक हाइफ़न से रखें (जैसे sampark.md), या जोड़ें: slug: sampark',
    en: 'name the file with a-z, 0-9 and single hyphens, like sampark.md, or add "slug: sampark"',
  },
  'page.urlTaken': {
    hi: 'इस पन्ने का URL /{slug}/ {others} का भी है',
    en: "this page's URL /{slug}/ is also used by {others}",
  },
  'page.urlTakenHint': {
    hi: 'इनमें से एक को दूसरा "slug:" दें',
    en: 'give one of them another "slug:"',
  },
  'footer.twice': {
    hi: 'footer.pages में "{slug}" दो बार है',
    en: 'footer.pages: "{slug}" is listed twice',
  },
  'footer.twiceHint': {
    hi: 'एक ही बार रखें',
    en: 'keep it once',
  },
  'footer.unknown': {
    hi: 'footer.pages में "{slug}" नाम का कोई पन्ना नहीं है',
    en: 'footer.pages: there is no page "{slug}"',
  },
  'footer.guess': {
    hi: 'शायद "{guess}" लिखना था',
    en: 'did you mean "{guess}"?',
  },
  'footer.list': {
    hi: 'content/pages/ के किसी पन्ने का स्लग लिखें ({list})',
    en: 'write the slug of a page in content/pages/ ({list})',
  },
  'footer.none': {
    hi: 'अभी कोई पन्ना नहीं है',
    en: 'there are none yet',
  },
} as const satisfies MessageTable;
