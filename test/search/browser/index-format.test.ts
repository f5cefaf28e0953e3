import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { chunkFor, compareKeys, decodeChunk, decodeFilter } from '../../../scripts/search/browser/index-format.ts';
import { PagefindFormatError, type ChunkInfo } from '../../../scripts/search/pagefind-format.ts';
import { pagefindIndex } from '../../helpers/pagefind-index.ts';

const decode = suite('decodeChunk, decodeFilter');
decode('page numbers count up from the previous posting; locations are runs, each weight resetting the count', () => {
  const chunk = decodeChunk([
    [
      [
        'कम',
        [
          [0, [-25, 5], []],
          [1, [-25, 4], []],
        ],
        [
          [
            'काम',
            [
              [0, [-25, 4], []],
              [1, [-25, 0, 1, 1], []],
            ],
          ],
        ],
      ],
      ['नगर', [[4, [-25, 1, 5, 3, -73, 3], [-1, 1, 1, 2, -3, 0]]], []],
      ['सभ', [], [['सभा', [[2, [], [-3, 1]]]]]],
    ],
  ]);
  assert.equal(
    chunk.map((e) => [e.key, e.spellings.map((s) => s.form)]),
    [
      ['कम', ['कम', 'काम']],
      ['नगर', ['नगर']],
      ['सभ', ['सभा']],
    ],
  );
  assert.equal(
    chunk[0]!.spellings[0]!.postings.map((p) => [p.page, p.positions]),
    [
      [0, [5]],
      [1, [4]],
    ],
  );
  assert.equal(
    chunk[0]!.spellings[1]!.postings.map((p) => [p.page, p.positions]),
    [
      [0, [4]],
      [1, [0, 1, 2]],
    ],
  );
  const nagar = chunk[1]!.spellings[0]!.postings[0]!;
  assert.is(nagar.page, 4);
  assert.equal(nagar.positions, [1, 6, 9, 3]);
  assert.equal(nagar.weights, [24, 24, 24, 72]);
  assert.equal(nagar.fields, [0, 2]);
  assert.equal(chunk[2]!.spellings[0]!.postings[0]!.fields, [2]);
});
decode('filters', () => {
  assert.equal(
    [
      ...decodeFilter([
        'district',
        [
          ['जालोर', [0, 3, 7]],
          ['पाली', [2]],
        ],
      ]),
    ],
    [
      ['जालोर', [0, 3, 7]],
      ['पाली', [2]],
    ],
  );
});
decode('a broken chunk is refused by name', () => {
  assert.throws(
    () => decodeChunk([[['कम', 'x', []]]]),
    (e: Error) => e instanceof PagefindFormatError && /postings is not a list/.test(e.message),
  );
});
decode('reads an index Pagefind 1.6 wrote: every word at its positions, on its pages, in its fields', async () => {
  const { meta, chunks } = await pagefindIndex([
    { url: '/a/', content: 'चुनाव की तारीख तय चुनावों में देर', meta: { title: 'पंचायत चुनाव', category: 'राजनीति' } },
    { url: '/b/', content: 'काम कम हुआ काम', meta: { title: 'मनरेगा' } },
    { url: '/c/', content: 'चुनाव', meta: { title: 'उपचुनाव' } },
  ]);
  assert.equal(
    meta.pages.map((p) => p.wordCount),
    [7, 4, 1],
  );
  assert.equal(meta.metaFields, ['category', 'title']);
  const spelling = (form: string) =>
    chunks
      .flat()
      .flatMap((e) => e.spellings)
      .find((s) => s.form === form)!;
  assert.equal(
    spelling('चुनाव').postings.map((p) => [p.page, p.positions, p.fields]),
    [
      [0, [0], [1]],
      [2, [0], []],
    ],
  );
  assert.equal(
    spelling('चुनावों').postings.map((p) => [p.page, p.positions]),
    [[0, [4]]],
  );
  assert.equal(
    spelling('काम').postings.map((p) => [p.page, p.positions]),
    [[1, [0, 3]]],
  );
  assert.equal(
    spelling('राजनीति').postings.map((p) => [p.page, p.positions, p.fields]),
    [[0, [], [0]]],
  );
});
decode.run();

const keys = suite('compareKeys, chunkFor');
keys('code point order, as Pagefind sorts (UTF-16 order differs above U+FFFF)', () => {
  assert.ok(compareKeys('क', 'ख') < 0);
  assert.ok(compareKeys('कम', 'क') > 0);
  assert.ok(compareKeys('\uffff', '😀') < 0, 'U+FFFF before U+1F600');
  assert.is(compareKeys('सर', 'सर'), 0);
});
const CHUNKS: ChunkInfo[] = [
  { from: '0', to: '12', hash: 'a' },
  { from: 'कहत', to: 'खत', hash: 'b' },
  { from: 'खतग', to: 'खरदन', hash: 'c' },
  { from: 'समयइ', to: 'सर', hash: 'd' },
  { from: 'सरक', to: 'सरफ', hash: 'e' },
];
const cases: Array<[string, string | undefined]> = [
  ['12', 'a'], // equal to a chunk's end
  ['ख', 'b'], // inside
  ['खतक', 'b'], // after `to` but before the next chunk: the last key of b may start with खत
  ['सर', 'd'],
  ['सरकर', 'e'],
  ['ह', 'e'], // past the end: the last chunk
  ['!', 'a'], // before the start: the first
];
for (const [key, want] of cases) keys(`${key} → chunk ${want}`, () => assert.is(chunkFor(CHUNKS, key)?.hash, want));
keys('no chunks, no chunk', () => assert.is(chunkFor([], 'क'), undefined));
keys('the chunk ends are not needed (metadata for the reader leaves them out)', () => {
  const bare = CHUNKS.map((c) => ({ ...c, to: '' }));
  for (const [key, want] of cases) assert.is(chunkFor(bare, key)?.hash, want, key);
});
keys.run();
