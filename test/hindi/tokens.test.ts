import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { foldToken } from '../../scripts/hindi/tokens.ts';

const fold = suite('foldToken');
const folds: Array<[string, string]> = [
  ['BJP', 'bjp'],
  ['२०२६', '2026'],
  ['हाँ', 'हां'],
  ['ज़्यादा', 'ज्यादा'],
  ['बॅंक', 'बेंक'],
  ['कॉलेज', 'कालेज'],
  ['हिन्दी', 'हिंदी'],
  ['अन्य', 'अन्य'],
  ['स\u200bड़\u00adक\u2060\ufeff', 'सडक'],
];
for (const [input, expected] of folds) fold(input, () => assert.is(foldToken(input), expected));
fold('decomposed and precomposed nukta fold alike', () => {
  assert.is(foldToken('\u095B\u093F\u0932\u093E'), foldToken('\u091C\u093C\u093F\u0932\u093E'));
});

fold.run();
