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
} as const satisfies MessageTable;
