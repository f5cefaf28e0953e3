import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { slugify } from '../../scripts/hindi/slug.ts';

const slug = suite('slugify');
const cases: Array<[string, string]> = [
  ['कांग्रेस करेगी आम सम्मेलन', 'congress-karegi-aam-sammelan'],
  ['जालोर में सरसों की बंपर आवक', 'jalore-men-sarson-ki-bampar-aavak'],
  ['ज़िला प्रशासन ने बुलाई बैठक', 'zila-prashasan-ne-bulai-baithak'],
  ['जिला प्रशासन ने बुलाई बैठक', 'zila-prashasan-ne-bulai-baithak'],
  ['BJP की रैली: NH-६८ पर जाम', 'bjp-ki-raili-nh-68-par-jam'],
  ['२०२६ के चुनाव', '2026-ke-chunav'],
  ['Mandi Bhav -- 23 Nov', 'mandi-bhav-23-nov'],
  ['गाँव में पानी का संकट', 'gaon-men-pani-ka-sankat'],
  ['क्षेत्र में श्रमिकों को ज्ञान', 'kshetra-men-shramikon-ko-gyan'],
  ['"बाड़मेर" — तेल!', 'barmer-tel'],
];
for (const [input, expected] of cases) slug(input, () => assert.is(slugify(input), expected));

const long = 'जालोर में बारिश से सरसों की फसल बर्बाद, किसानों ने मुआवज़े की मांग की, कलेक्टर को ज्ञापन सौंपा';
slug('trims at a word boundary to 60 by default', () => {
  const s = slugify(long);
  assert.is(s, 'jalore-men-barish-se-sarson-ki-phasal-barbad-kisanon-ne');
  assert.ok(s.length <= 60);
});
const lengths: Array<[number, string]> = [
  [20, 'jalore-men-barish-se'],
  [21, 'jalore-men-barish-se'],
  [16, 'jalore-men'],
];
for (const [maxLength, expected] of lengths) {
  slug(`maxLength ${maxLength}`, () => assert.is(slugify(long, { maxLength }), expected));
}
slug('cuts a single over-long word', () => {
  assert.is(slugify('a'.repeat(100), { maxLength: 20 }), 'a'.repeat(20));
});
slug('rejects a maxLength too short for the fallback', () => {
  assert.throws(() => slugify('x', { maxLength: 5 }), /at least 15/);
  assert.throws(() => slugify('x', { maxLength: 20.5 }), /whole number/);
});

const fallbacks = ['', '🙏🙏', '।।', '   ', '—!?'];
for (const input of fallbacks) {
  slug(`never empty: ${JSON.stringify(input)}`, () => {
    const s = slugify(input);
    assert.match(s, /^khabar-[0-9a-f]{8}$/);
    assert.is(slugify(input), s);
  });
}
slug('different unusable titles get different fallbacks', () => {
  assert.is.not(slugify('🙏'), slugify('🎉'));
});
slug('same title in NFC or not gives the same slug', () => {
  assert.is(slugify('\u095Bिला'), slugify('ज\u093Cिला'));
  assert.is(slugify('\uFEFF🙏'), slugify('🙏'));
});
slug('output matches the front-matter slug pattern', () => {
  for (const [input] of cases) assert.match(slugify(input), /^[a-z0-9]+(-[a-z0-9]+)*$/);
});

slug.run();
