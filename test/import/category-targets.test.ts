import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { categoryTargets } from '../../scripts/import/category-targets.ts';
import type { CategoryMapping, ImportMap } from '../../scripts/import/import-map.ts';
import type { WxrTerm } from '../../scripts/import/wxr-reader.ts';

const targets = suite('categoryTargets');

const term = (nicename: string, parent = ''): WxrTerm => ({ kind: 'category', termId: nicename, nicename, name: nicename, parent });
const to = (posts: number, category: string | null, district: string | null = null): CategoryMapping => ({
  name: '',
  posts,
  category,
  district,
});
const mapOf = (categories: Record<string, CategoryMapping>): ImportMap => ({
  categories,
  tags: {},
  authors: {},
  defaults: { category: null, district: null },
});
/** The listings the site has after the import: what imported posts use, and the sample's. */
const declared = new Set(['category:rajniti', 'category:khel', 'district:jalore', 'district:sirohi']);
const exists = (t: string) => declared.has(t);

// [why, categories of the export, the map, the parent's target]
const cases: Array<[string, WxrTerm[], Record<string, CategoryMapping>, string | undefined]> = [
  [
    'a parent mapped to a listing the site has keeps it',
    [term('samachar'), term('jalore', 'samachar')],
    { samachar: to(0, 'rajniti'), jalore: to(4, null, 'jalore') },
    'category:rajniti',
  ],
  [
    'a parent of districts only, its own proposal never declared: the district index',
    [term('rajasthan'), term('jalore', 'rajasthan'), term('sirohi', 'rajasthan')],
    { rajasthan: to(0, 'rajasthan'), jalore: to(4, null, 'jalore'), sirohi: to(9, null, 'sirohi') },
    'districts',
  ],
  [
    'children merged into one category (grandchildren too): that category',
    [term('khel-kood'), term('cricket', 'khel-kood'), term('kabaddi', 'cricket')],
    { 'khel-kood': to(0, 'khel-kood'), cricket: to(3, 'khel'), kabaddi: to(2, 'khel') },
    'category:khel',
  ],
  [
    'children in a category and a district: the one most of their posts went to',
    [term('sthaniya'), term('neta', 'sthaniya'), term('jalore', 'sthaniya')],
    { sthaniya: to(0, null), neta: to(2, 'rajniti'), jalore: to(7, null, 'jalore') },
    'district:jalore',
  ],
  [
    'a parent undecided in the map with one decided child: the child’s listing',
    [term('anya'), term('jalore', 'anya')],
    { anya: to(0, null), jalore: to(1, null, 'jalore') },
    'district:jalore',
  ],
  [
    'no child leads anywhere the site has: none (the 404 page shows)',
    [term('anya'), term('purana', 'anya')],
    { anya: to(0, 'anya'), purana: to(0, 'purana') },
    undefined,
  ],
  ['a loop of parents in a broken export ends', [term('a', 'b'), term('b', 'a')], { a: to(0, null), b: to(0, null) }, undefined],
];

for (const [why, terms, categories, expected] of cases)
  targets(why, () => assert.is(categoryTargets(terms, mapOf(categories), exists).get(terms[0]!.nicename), expected));

targets('a Devanagari nicename is looked up in the map decoded', () => {
  const terms = [term('%e0%a4%b0%e0%a4%be%e0%a4%9c'), term('jalore', '%e0%a4%b0%e0%a4%be%e0%a4%9c')];
  const out = categoryTargets(terms, mapOf({ राज: to(0, 'raj'), jalore: to(1, null, 'jalore') }), exists);
  assert.is(out.get(terms[0]!.nicename), 'district:jalore');
});

targets.run();
