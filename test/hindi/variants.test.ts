import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spellingVariants } from '../../scripts/hindi/variants.ts';

const variants = suite('spellingVariants');
const cases: Array<[string, string[]]> = [
  ['चुनाव', ['चुनाव']],
  ['जिला', ['जिला', 'ज़िला']],
  ['ज़िला', ['ज़िला', 'जिला']],
  ['कहाँ', ['कहाँ', 'कहां', 'क़हां']],
  ['खबर', ['खबर', 'ख़बर']],
  ['हिन्दी', ['हिन्दी', 'हिंदी', 'हिँदी']],
  ['संबंध', ['संबंध', 'सँबँध', 'सम्बन्ध']],
  ['2024', ['2024', '२०२४']],
  ['२०२४', ['२०२४', '2024']],
  ['सड़क', ['सड़क', 'सडक']],
  ['BJP', ['bjp']],
  ['jalore', ['jalore']],
];
for (const [word, expected] of cases) {
  variants(word, () => assert.equal(spellingVariants(word), expected));
}
variants('never more than ten spellings', () => {
  assert.ok(spellingVariants('ज़फ़रखगडढ़ंक').length <= 10);
});
variants('keeps vowel signs: कम is never काम', () => {
  assert.not.ok(spellingVariants('कम').includes('काम'));
});

variants.run();
