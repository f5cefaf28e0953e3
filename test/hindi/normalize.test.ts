import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_VALUE_DEPTH, normalizeText, normalizeValue } from '../../scripts/hindi/normalize.ts';

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
  ['removes NUL and BEL', 'मंडी\u0000 भाव\u0007', 'मंडी भाव'],
  ['removes ESC, so a terminal escape cannot reach a message', '\u001B[2Jजालोर', '[2Jजालोर'],
  ['removes vertical tab, form feed, DEL', 'ए\u000Bक\u000Cद\u007Fो', 'एकदो'],
  ['removes C1 controls (NEL, CSI)', 'बाड़मेर\u0085\u009B', 'बाड़मेर'],
  ['keeps tab and newline', 'एक\tदो\nतीन', 'एक\tदो\nतीन'],
  ['keeps NBSP and Latin-1 letters after C1', 'क\u00A0ख \u00E9', 'क\u00A0ख \u00E9'],
  ['removes a lone high surrogate', 'खबर\uD800', 'खबर'],
  ['removes a lone low surrogate', '\uDC00खबर', 'खबर'],
  ['keeps a surrogate pair (emoji)', 'किसान 🌾', 'किसान 🌾'],
];
// Real words with matras, nukta, virama, chandrabindu, anusvara, visarga and half forms: untouched.
const words = [
  'क़िला',
  'ज़िला',
  'फ़सल',
  'पढ़ाई',
  'सड़क',
  'आँगन',
  'संसद',
  'दुःख',
  'प्रधानमंत्री',
  'श्रद्धांजलि',
  'कृषि',
  'ट्रैक्टर',
  'ऑटो',
  'विद्यालय',
  'गेहूँ',
  `क्${ZWJ}ष`,
  `श्${ZWNJ}चर्य`,
];
for (const w of words) cases.push([`keeps ${w}`, w, w]);
for (const [name, input, expected] of cases) text(name, () => assert.is(normalizeText(input), expected));
text('is idempotent', () => {
  const once = normalizeText(`\uFEFFक्${ZWJ}ष\r\n\u095Bिला\u200B`);
  assert.is(normalizeText(once), once);
});

const value = suite('normalizeValue');

value('normalises every string and key, in a fresh copy', () => {
  const input = { 'ti\u0007tle': 'मंडी\u0000 भाव', tags: ['\u009Bचुनाव', 2, true, null], nested: { a: ['\uFEFFजालोर'] } };
  const r = normalizeValue(input);
  assert.equal(r, { ok: true, value: { title: 'मंडी भाव', tags: ['चुनाव', 2, true, null], nested: { a: ['जालोर'] } } });
  assert.is.not((r as { value: unknown }).value, input);
});

value('a __proto__ key stays a plain own key', () => {
  const r = normalizeValue(JSON.parse('{"__proto__": {"polluted": "yes"}}')) as { ok: true; value: Record<string, unknown> };
  assert.equal(Object.keys(r.value), ['__proto__']);
  assert.is((r.value as { polluted?: string }).polluted, undefined);
  assert.is(({} as { polluted?: string }).polluted, undefined);
});

value('an object reached twice (a YAML alias) is refused', () => {
  const shared = ['ह', 'ह'];
  assert.equal(normalizeValue({ a: shared, b: [shared] }), { ok: false, reason: 'repeated' });
});

value('nesting deeper than the limit is refused, without a stack overflow', () => {
  const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  assert.equal(normalizeValue(deep), { ok: false, reason: 'deep' });
  let ok: unknown = 'x';
  for (let i = 0; i < MAX_VALUE_DEPTH - 1; i++) ok = [ok];
  assert.ok(normalizeValue(ok).ok);
});

text.run();
value.run();
