import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonErrorLine, readMap } from '../../scripts/import/map-file.ts';
import { tempDir } from '../helpers/archive.ts';

const read = suite('readMap');

const GOOD = {
  categories: { rajniti: { name: 'राजनीति', posts: 3, category: 'rajniti', district: null } },
  tags: { barmer: { name: 'बाड़मेर', posts: 1, district: 'barmer' } },
  authors: { sunita: { name: 'सुनीता', posts: 3, slug: 'sunita-choudhary' } },
  defaults: { category: null, district: null },
  bases: { category: 'khabar', tag: 'tag', author: 'author' },
};

/** Writes a map (an object, as --plan writes it, or raw text) and reads it back. */
function mapOf(value: unknown) {
  const path = join(tempDir(), 'map.json');
  writeFileSync(path, typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
  return readMap(path);
}
const report = (value: unknown, lang: 'hi' | 'en') =>
  mapOf(value).errors.map((e) => `${e.line}: ${e.format({ lang }).split(': ').slice(1).join(': ')}`);

read('a map as --plan writes it is read as it is, with no problems', () => {
  assert.equal(mapOf(GOOD), { map: GOOD, errors: [] });
});

// [why, the map, the Hindi report, the English report]
const BAD: Array<[string, unknown, string[], string[]]> = [
  [
    'a section missing or not an object: each named',
    { ...GOOD, tags: [], authors: undefined },
    [
      '10: "tags" नहीं है, या { } वाली सूची नहीं है — --plan ने जो लिखा था वैसा ही रखें: "categories", "tags", "authors" और "defaults" हर एक { } में',
      '1: "authors" नहीं है, या { } वाली सूची नहीं है — --plan ने जो लिखा था वैसा ही रखें: "categories", "tags", "authors" और "defaults" हर एक { } में',
    ],
    [
      '10: "tags" is missing or not an object — keep the shape --plan wrote: "categories", "tags", "authors" and "defaults", each in { }',
      '1: "authors" is missing or not an object — keep the shape --plan wrote: "categories", "tags", "authors" and "defaults", each in { }',
    ],
  ],
  [
    'slugs that are not slugs, a default too; every one at its line',
    { ...GOOD, authors: { sunita: { name: 'सुनीता', posts: 3, slug: 'Sunita C' } }, defaults: { category: 'राजनीति', district: null } },
    [
      '21: authors.sunita.slug में "Sunita C" लिखा है, जो स्लग नहीं है — a-z, 0-9 और बीच में हाइफ़न (-) से बना स्लग उद्धरण चिह्नों में लिखें, जैसे "rajniti", या फ़ैसला बाद में करना हो तो null',
      '25: defaults.category में "राजनीति" लिखा है, जो स्लग नहीं है — a-z, 0-9 और बीच में हाइफ़न (-) से बना स्लग उद्धरण चिह्नों में लिखें, जैसे "rajniti", या फ़ैसला बाद में करना हो तो null',
    ],
    [
      '21: authors.sunita.slug is "Sunita C", which is not a slug — write a slug of a-z, 0-9 and hyphens in quotes, like "rajniti", or null to decide later',
      '25: defaults.category is "राजनीति", which is not a slug — write a slug of a-z, 0-9 and hyphens in quotes, like "rajniti", or null to decide later',
    ],
  ],
  [
    'two bases the import cannot follow: both',
    { ...GOOD, bases: { category: '../etc', tag: '%e0%a4', author: 'author' } },
    [
      '29: bases.category में "../etc" लिखा है, जो पुराने पते का हिस्सा नहीं हो सकता — WordPress श्रेणी के नाम से पहले जो रास्ता लगाता था वही लिखें, जैसे "khabar" या "news/topics" (हिंदी हो तो हिंदी में, %-कोड में नहीं); कोई नहीं था तो ""',
      '30: bases.tag में "%e0%a4" लिखा है, जो पुराने पते का हिस्सा नहीं हो सकता — WordPress टैग के नाम से पहले जो रास्ता लगाता था वही लिखें, जैसे "khabar" या "news/topics" (हिंदी हो तो हिंदी में, %-कोड में नहीं); कोई नहीं था तो ""',
    ],
    [
      '29: bases.category is "../etc", which cannot be part of an old address — write the path WordPress put before the category’s name, like "khabar" or "news/topics" (Hindi as Hindi, not %-escapes), or "" when there was none',
      '30: bases.tag is "%e0%a4", which cannot be part of an old address — write the path WordPress put before the tag’s name, like "khabar" or "news/topics" (Hindi as Hindi, not %-escapes), or "" when there was none',
    ],
  ],
  [
    'not JSON: the line it breaks at',
    '{\n  "categories": {},\n  "tags": {\n}}}\n',
    ['4: यह फ़ाइल सही JSON नहीं है — छूटा हुआ उद्धरण चिह्न (") या कॉमा ठीक करें, या --plan --force से नया map बनाएँ'],
    ['4: this is not valid JSON — fix the quote or comma, or write a new map with --plan --force'],
  ],
];
for (const [why, value, hi, en] of BAD)
  read(why, () => {
    assert.equal(report(value, 'hi'), hi);
    assert.equal(report(value, 'en'), en);
    assert.is(mapOf(value).map, undefined);
  });

read('no file: one problem saying to run --plan first', () => {
  const { errors } = readMap(join(tempDir(), 'map.json'));
  assert.equal(
    errors.map((e) => e.id),
    ['import.mapMissing'],
  );
});

read('jsonErrorLine: with a position, with quoted text only, at the end', () => {
  const text = '{\n  "a": 1,\n  "b": ,\n}';
  const cases: Array<[string, number]> = [
    ['Unexpected token \',\', ..."  "b": ,\n}" is not valid JSON', 3],
    ['Unexpected non-whitespace character after JSON at position 12', 3],
    ['Unexpected end of JSON input', 4],
    ['something else', 0],
  ];
  for (const [message, line] of cases) assert.is(jsonErrorLine(text, message), line, message);
});

read.run();
