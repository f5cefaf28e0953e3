import type { MessageTable } from './messages.ts';

/** The words around a list of problems: the closing count and what happens next. */
export const reportMessages = {
  'report.count': {
    hi: '{files} फ़ाइलों में कुल {problems} गड़बड़ियाँ।',
    en: '{problems} problems in {files} files.',
  },
  'report.countOne': {
    hi: '1 फ़ाइल में 1 गड़बड़ी।',
    en: '1 problem in 1 file.',
  },
  'report.countOneFile': {
    hi: '1 फ़ाइल में {problems} गड़बड़ियाँ।',
    en: '{problems} problems in 1 file.',
  },
  'report.notBuilt': {
    hi: 'साइट नहीं बनी; पहले वाली साइट जैसी थी वैसी ही है।',
    en: 'Nothing was built; the previous site is unchanged.',
  },
  'report.fixAndCheck': {
    hi: 'इन्हें ठीक करके फिर से npm run check चलाएँ।',
    en: 'Fix these and run npm run check again.',
  },
  'report.fixData': {
    hi: 'पहले _data की फ़ाइलें ठीक करें।',
    en: 'Fix the data files first.',
  },
  'report.fileNotKept': {
    hi: 'फ़ाइल नहीं रखी गई।',
    en: 'The file was not kept.',
  },
  'report.verboseTip': {
    hi: 'तकनीकी ब्योरा (पार्सर के अपने शब्द) देखने हों तो --verbose जोड़ें।',
    en: 'Add --verbose to see the YAML parser’s own words.',
  },
  'report.detail': {
    hi: '(तकनीकी ब्योरा: {detail})',
    en: '(technical detail: {detail})',
  },
  'report.hookStopped': {
    hi: 'pre-commit: कमिट रोक दिया गया। ऊपर की गड़बड़ियाँ ठीक करें, फ़ाइलें git add करें और फिर से कमिट करें।',
    en: 'pre-commit: the commit was stopped. Fix the problems above, git add the files, and commit again.',
  },
  'check.ok': {
    hi: '✓ {articles} ख़बरें {seconds} सेकंड में जाँचीं, कोई गड़बड़ी नहीं{drafts}{notes}{warnings}।',
    en: '✓ {articles} articles checked in {seconds} s, no problems{drafts}{notes}{warnings}.',
  },
  'check.drafts': {
    hi: ' ({count} ड्राफ़्ट)',
    en: ' ({count} drafts)',
  },
  'check.notes': {
    hi: '; ऊपर टैग पर {count} सुझाव',
    en: '; {count} notes on tags above',
  },
  'check.noteOne': {
    hi: '; ऊपर टैग पर 1 सुझाव',
    en: '; 1 note on tags above',
  },
  'check.warnings': {
    hi: '; ऊपर {count} चेतावनियाँ',
    en: '; {count} warnings above',
  },
  'check.warningOne': {
    hi: '; ऊपर 1 चेतावनी',
    en: '; 1 warning above',
  },
  'check.tagNote': {
    hi: 'सुझाव: टैग "{tag}" सिर्फ़ इसी ख़बर में है, जबकि "{suggestion}" {uses} ख़बरों में — अगर विषय एक ही है तो "{suggestion}" लिखें, ताकि ख़बर उस विषय के पन्ने पर दिखे',
    en: 'note: the tag "{tag}" is on this story only, "{suggestion}" is on {uses} — if they are the same topic, write "{suggestion}" so that the story is listed on its topic page',
  },
} as const satisfies MessageTable;
