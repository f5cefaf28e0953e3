import type { MessageTable } from './messages.ts';

/**
 * Warnings (scripts/content/warnings.ts): what is odd about a story that is still published, and
 * what to do. `{placeholders}` are filled when printed; both languages use the same ones.
 */
export const warningMessages = {
  'warning.placeholder': {
    hi: 'नमूने का वाक्य "{text}" अब भी ख़बर में है',
    en: 'the placeholder "{text}" is still in the story',
  },
  'warning.placeholderHint': {
    hi: 'इसकी जगह असली ख़बर लिखें; ख़बर अभी तैयार नहीं है तो ऊपर draft: true लिखें',
    en: 'replace it with the story; if the story is not ready, write draft: true in the front-matter',
  },
  'warning.future': {
    hi: 'तारीख {date} आज से {days} दिन आगे है; ख़बर उस दिन तक साइट पर नहीं दिखेगी',
    en: 'the date {date} is {days} days ahead; the story stays off the site until then',
  },
  'warning.futureHint': {
    hi: 'साल या महीना ग़लत लिखा हो तो ठीक करें (जैसे date: 2026-11-23 10:00); जान-बूझकर {limit} दिन से आगे की तारीख़ है तो site.json में warnings.futureDays बढ़ाएँ',
    en: 'if the year or month is a typo, correct it (like date: 2026-11-23 10:00); if the story is scheduled more than {limit} days ahead on purpose, raise warnings.futureDays in site.json',
  },
  'warning.noBody': {
    hi: 'ख़बर में सारांश के अलावा कुछ नहीं है',
    en: 'the story has nothing beyond its summary',
  },
  'warning.noBodyHint': {
    hi: 'नीचे वाले --- के बाद पूरी ख़बर लिखें; सारांश में केवल एक-दो वाक्य रखें',
    en: 'write the whole story below the closing ---; keep the summary to a sentence or two',
  },
  'warning.long': {
    hi: 'ख़बर बहुत लंबी है: {words} शब्द (सीमा {limit})',
    en: 'the story is very long: {words} words (limit {limit})',
  },
  'warning.longHint': {
    hi: 'देखें कि कोई दस्तावेज़ या दूसरी ख़बर तो नहीं चिपक गई; लंबी रिपोर्ट को हिस्सों में बाँटें, या सीमा site.json में warnings.maxWords से बदलें',
    en: 'check that no document or second story was pasted in; split a long report into parts, or change the limit with warnings.maxWords in site.json',
  },
  'warning.picture': {
    hi: 'मुख्य तस्वीर {size} पिक्सेल ({mb} MB) की है, जबकि साइट उसे ज़्यादा से ज़्यादा {shown} पिक्सेल चौड़ा दिखाती है',
    en: 'the lead picture is {size} pixels ({mb} MB), while the site shows it at most {shown} pixels wide',
  },
  'warning.pictureHint': {
    hi: 'तस्वीर को {limit} पिक्सेल चौड़ाई तक छोटा करके (JPEG, 2 MB से कम) फिर से रखें: रिपॉज़िटरी और बिल्ड हल्के रहेंगे',
    en: 'resize it to at most {limit} pixels wide (JPEG, under 2 MB) and put it back: the repository and the build stay light',
  },
  'warning.label': {
    hi: 'चेतावनी',
    en: 'warning',
  },
  'warning.count': {
    hi: '{files} फ़ाइलों में {warnings} चेतावनियाँ। ये साइट बनने से नहीं रोकतीं; --strict (या site.json में warnings.strict: true) से ये भी ग़लती गिनी जाती हैं।',
    en: '{warnings} warnings in {files} files. They do not stop the site being built; --strict (or warnings.strict: true in site.json) counts them as errors.',
  },
  'warning.countOneFile': {
    hi: '1 फ़ाइल में {warnings} चेतावनियाँ। ये साइट बनने से नहीं रोकतीं; --strict (या site.json में warnings.strict: true) से ये भी ग़लती गिनी जाती हैं।',
    en: '{warnings} warnings in 1 file. They do not stop the site being built; --strict (or warnings.strict: true in site.json) counts them as errors.',
  },
  'warning.countOne': {
    hi: '1 फ़ाइल में 1 चेतावनी। यह साइट बनने से नहीं रोकती; --strict (या site.json में warnings.strict: true) से यह भी ग़लती गिनी जाती है।',
    en: '1 warning in 1 file. It does not stop the site being built; --strict (or warnings.strict: true in site.json) counts it as an error.',
  },
  'warning.strict': {
    hi: 'strict: चेतावनियाँ भी ग़लती गिनी गईं। इन्हें ठीक करके फिर से चलाएँ।',
    en: 'strict: warnings count as errors. Fix them and run again.',
  },
} as const satisfies MessageTable;
