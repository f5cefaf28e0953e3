import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { closest, editDistance } from '../../scripts/content/suggest.ts';

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
