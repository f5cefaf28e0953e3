import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { latinKey } from '../../scripts/hindi/roman-fold.ts';
import { romanKey } from '../../scripts/hindi/roman-key.ts';

const fold = suite('latinKey');

// Lowercase Latin as readers type it (the search script keys only such words: query.ts marks a
// concept Latin when it is /^[a-z]+$/).
const TYPED = [
  'jalore',
  'jalor',
  'chunav',
  'chunaav',
  'kisan',
  'kisaan',
  'andolan',
  'sammelan',
  'samelan',
  'congress',
  'zila',
  'jila',
  'zilla',
  'barmer',
  'bhilwara',
  'bhilvara',
  'gaon',
  'bjp',
  'yojana',
  'yojna',
  'prashasan',
  'sadak',
  'ladki',
  'padhai',
  'sambandh',
  'sanbandh',
  'school',
  'exam',
  'quota',
  'mandi',
  'bhav',
  'jeera',
  'dengue',
  'hospital',
  'police',
  'thana',
  'chhatra',
  'shiksha',
  'vidhayak',
  'mukhyamantri',
  'rama',
  'ram',
];

fold("the key of Latin text is romanKey's, without the transliteration tables", () => {
  for (const w of TYPED) assert.is(latinKey(w), romanKey(w), w);
});

const CASES: Array<[string, string]> = [
  ['chunaav', 'chunav'],
  ['jalore', 'jalor'],
  ['yojana', 'yojn'],
  ['sambandh', 'sanbandh'],
  ['zila', 'jil'],
  ['congress ka sammelan', 'kongres ka samelan'],
  ['', ''],
  ['--', ''],
];
for (const [input, key] of CASES) fold(`${JSON.stringify(input)} → ${JSON.stringify(key)}`, () => assert.is(latinKey(input), key));

fold.run();
