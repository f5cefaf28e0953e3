import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closest, editDistance, suggestEntry, type Suggestable } from '../../scripts/content/suggest.ts';

const distance = suite('editDistance');
const distances: Array<[string, string, number]> = [
  ['rajniti', 'rajniti', 0],
  ['rajnit', 'rajniti', 1],
  ['jalor', 'jalore', 1],
  ['barmer', 'badmer', 1],
  ['', 'abc', 3],
  ['जालोर', 'जालौर', 1],
  ['kitten', 'sitting', 3],
];
for (const [a, b, d] of distances) distance(`${a} ↔ ${b} = ${d}`, () => assert.is(editDistance(a, b), d));
distance('stops early past max', () => assert.ok(editDistance('abcdefgh', 'zzzzzzzz', 2) > 2));
distance.run();

const near = suite('closest');
const slugs = ['rajniti', 'apradh', 'swasthya', 'krishi-mandi', 'khel', 'shiksha', 'mausam', 'pani-bijli'];
const cases: Array<[string, string | undefined]> = [
  ['rajnit', 'rajniti'],
  ['RAJNITI', 'rajniti'],
  ['krishi', 'krishi-mandi'],
  ['swasthy', 'swasthya'],
  ['mosam', 'mausam'],
  ['sports', undefined],
  ['x', undefined],
];
for (const [input, expected] of cases) near(`${input} → ${expected}`, () => assert.is(closest(input, slugs), expected));
near('works on Hindi names', () => assert.is(closest('बाडमेर', ['जालोर', 'बाड़मेर', 'पाली']), 'बाड़मेर'));
near.run();

/** The sample archive's own data files: the synonyms they declare are part of what is tested. */
const data = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../content/_data', name), 'utf8')) as Suggestable[];
const categories = data('categories.json');
const districts = data('districts.json');

const meant = suite('suggestEntry: like with like, synonyms, sound');
// [what the editor wrote, the slug it should suggest (undefined: none), why]
const CATEGORIES: Array<[string, string | undefined, string]> = [
  ['खेती', 'krishi-mandi', 'a declared synonym, never खेल (sport) one letter away'],
  ['किसान', 'krishi-mandi', 'a declared synonym'],
  ['क्रिकेट', 'khel', 'a declared synonym'],
  ['चुनाव', 'rajniti', 'a declared synonym'],
  ['राजनिति', 'rajniti', 'the name with a short vowel: same sound'],
  ['मोसम', 'mausam', 'ौ written ो: same sound'],
  ['सवास्थ्य', 'swasthya', 'a one-letter typo of the name'],
  ['सिक्षा', 'shiksha', 'स for श'],
  ['कृषि मंडी', 'krishi-mandi', 'a space for the hyphen'],
  ['बिजली-पानी', 'pani-bijli', 'the words the other way round sound alike'],
  ['kheti', 'krishi-mandi', 'Latin spelling of a synonym'],
  ['kisan', 'krishi-mandi', 'Latin spelling of a synonym'],
  ['rajnit', 'rajniti', 'a prefix of a slug'],
  ['krishi', 'krishi-mandi', 'a prefix of a slug'],
  ['sports', undefined, 'an English word matches nothing'],
  ['व्यापार', undefined, 'a Hindi word no category declares'],
];
const DISTRICTS: Array<[string, string | undefined, string]> = [
  ['जालौर', 'jalore', 'ौ for ो: same sound'],
  ['बाडमेर', 'barmer', 'ड for ड़'],
  ['जोधपूर', 'jodhpur', 'ू for ु'],
  ['नागोर', 'nagaur', 'ो for ौ'],
  ['भीनमाल', 'jalore', 'a town, declared as a synonym of its district'],
  ['माउंट आबू', 'sirohi', 'a town, declared as a synonym'],
  ['jalor', 'jalore', 'a prefix of the slug'],
  ['badmer', 'barmer', 'how बाड़मेर sounds'],
  ['jaipur', undefined, 'not a typo of udaipur: two letters in a short word'],
  ['जयपुर', undefined, 'not in the list'],
];
for (const [list, entries] of [
  ['category', categories],
  ['district', districts],
] as const)
  for (const [input, slug, why] of list === 'category' ? CATEGORIES : DISTRICTS)
    meant(`${list} ${input} → ${slug ?? 'nothing'} (${why})`, () => assert.is(suggestEntry(input, entries)?.slug, slug));
meant('a Hindi value is never measured against slugs', () => {
  assert.is(suggestEntry('खेल', [{ slug: 'khel', name: 'क्रीड़ा' }]), undefined);
});
meant.run();
