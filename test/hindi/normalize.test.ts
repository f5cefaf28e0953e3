import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { normalizeForMatch, normalizeText } from '../../scripts/hindi/normalize.ts';

const ZWJ = '\u200D';
const ZWNJ = '\u200C';

const text = suite('normalizeText');
const cases: Array<[string, string, string]> = [
  ['keeps clean Hindi', 'कांग्रेस करेगी आम सम्मेलन', 'कांग्रेस करेगी आम सम्मेलन'],
  ['removes a BOM', '\uFEFFजालोर', 'जालोर'],
  ['removes zero-width space', 'मंडी\u200Bभाव', 'मंडीभाव'],
  ['removes word joiner', 'ज़िला\u2060 प्रशासन', 'ज़िला प्रशासन'],
  ['removes soft hyphen', 'प्रशा\u00ADसन', 'प्रशासन'],
  ['composes nukta to NFC', 'ज\u093Cिला', 'ज\u093Cिला'],
  ['precomposed ज़ (U+095B) becomes NFC ज + nukta', '\u095Bिला', 'ज\u093Cिला'],
  ['precomposed ड़ (U+095C) becomes NFC', 'प\u095Cाई', 'पड\u093Cाई'],
  ['composes Latin accents', 'cafe\u0301', 'caf\u00E9'],
  ['CRLF to LF', 'पहली पंक्ति\r\nदूसरी', 'पहली पंक्ति\nदूसरी'],
  ['lone CR to LF', 'एक\rदो', 'एक\nदो'],
  ['keeps ZWJ between Devanagari (half form)', `क्${ZWJ}ष`, `क्${ZWJ}ष`],
  ['keeps ZWNJ between Devanagari', `क्${ZWNJ}ष`, `क्${ZWNJ}ष`],
  ['drops ZWJ at the start', `${ZWJ}जालोर`, 'जालोर'],
  ['drops ZWNJ at the end', `जालोर${ZWNJ}`, 'जालोर'],
  ['drops ZWJ before a space', `राम${ZWJ} श्याम`, 'राम श्याम'],
  ['drops ZWJ between Latin letters', `BJ${ZWJ}P`, 'BJP'],
  ['drops ZWJ between Latin and Devanagari', `BJP${ZWNJ}का`, 'BJPका'],
  ['keeps Devanagari digits for display', '२०२६', '२०२६'],
  ['drops ZWJ of emoji sequences (not Devanagari)', `👨${ZWJ}🌾 किसान`, '👨🌾 किसान'],
  ['empty', '', ''],
];
for (const [name, input, expected] of cases) text(name, () => assert.is(normalizeText(input), expected));
text('is idempotent', () => {
  const once = normalizeText(`\uFEFFक्${ZWJ}ष\r\n\u095Bिला\u200B`);
  assert.is(normalizeText(once), once);
});

const match = suite('normalizeForMatch');
const matches: Array<[string, string]> = [
  ['BJP की रैली', 'bjp की रैली'],
  ['२०२६ चुनाव', '2026 चुनाव'],
  ['NH-६८ पर हादसा', 'nh-68 पर हादसा'],
  ['\u095Bिला', 'ज\u093Cिला'],
  [`क्${ZWJ}ष`, 'क्ष'],
  ['\uFEFFJalore', 'jalore'],
  ['', ''],
];
for (const [input, expected] of matches) match(input || '(empty)', () => assert.is(normalizeForMatch(input), expected));

text.run();
match.run();
