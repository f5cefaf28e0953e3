import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { foldWord, indexKey, stemFolded } from '../../../scripts/search/browser/index-key.ts';
import { pagefindWords } from '../../helpers/pagefind-index.ts';

const fold = suite('foldWord');
const folds: Array<[string, string]> = [
  ['चुनाव', 'चनव'],
  ['चुनावों', 'चनव'],
  ['काम', 'कम'],
  ['कम', 'कम'],
  ['क्या', 'कय'], // virama
  ['ज़िला', 'जल'], // nukta, composed or not
  ['ज़िला', 'जल'],
  ['गांव', 'गव'], // anusvara
  ['गाँव', 'गव'], // chandrabindu
  ['दुःख', 'दख'], // visarga
  ['२०२४', '२०२४'], // digits stay
  ['jalore', 'jalore'],
];
for (const [word, want] of folds) fold(`${word} → ${want}`, () => assert.is(foldWord(word), want));
fold.run();

const stem = suite('stemFolded');
const stems: Array<[string, string, string]> = [
  ['सरकार', 'सरकर', 'सर'], // कर after a consonant
  ['लौटकर', 'लटकर', 'लट'],
  ['जाकर', 'जकर', 'जकर'], // कर after the first letter stays
  ['आए', 'आए', 'आ'], // ए after the first letter
  ['नई', 'नई', 'न'],
  ['आइए', 'आइए', 'आ'], // a longer ending wins: इए, not ए
  ['करकर', 'करकर', 'कर'],
  ['किसानों', 'कसन', 'कसन'], // nothing to remove once folded
  ['ए', 'ए', 'ए'], // the first letter always stays
  ['एआई', 'एआई', 'ए'],
];
for (const [word, folded, want] of stems) {
  stem(`${word}: ${folded} → ${want}`, () => {
    assert.is(foldWord(word), folded);
    assert.is(stemFolded(folded), want);
  });
}
stem.run();

const pagefind = suite('indexKey against Pagefind 1.6');
pagefind('every spelling of real Hindi words is filed under the key indexKey computes', async () => {
  // Inflections, nukta and nasal spellings, कर endings, vowel letters, digits, English.
  const text = [
    'सरकार सरकारी सरकारों सरपंच सर जाकर लेकर लौटकर करकर आए आई आओ नई नए दिए गए गई',
    'चुनाव चुनावों चुनावी किसान किसानों किसानी काम कम जालोर जालौर ज़िला जिला जिले',
    'गांव गाँव गांवों हिंदी हिन्दी संबंध सम्बन्ध पुलिस थाने थानेदार फ़ैसला फैसला',
    'दुःख आइए उठाइए पढ़ाई लड़ाई कमाई २०२४ 2024 congress bjp',
  ].join(' ');
  const words = await pagefindWords([text]);
  assert.ok(words.length > 40, `${words.length} spellings`);
  for (const { key, form } of words) assert.is(indexKey(form), key, form);
});
pagefind.run();
