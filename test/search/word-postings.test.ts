import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { encodeCbor, type CborValue } from '../../scripts/search/cbor.ts';
import { decodeEntry } from '../../scripts/search/browser/index-format.ts';
import { decodeWordFile, POSITION_BLOCK, putVarint, readVarint } from '../../scripts/search/browser/word-format.ts';
import { loadedEntries, servePositions } from '../helpers/word-positions.ts';
import { packEntry, packWord, packWordFile } from '../../scripts/search/word-postings.ts';

/** Pagefind postings `[pageDelta, locations, metaLocations, length]`, as the word index carries them. */
type Postings = Array<[number, number[], number[], number]>;
interface Case {
  name: string;
  own: Postings;
  variants?: Array<[string, Postings]>;
}

const cases: Case[] = [
  { name: 'ordinary text, one position', own: [[3, [-25, 17], [], 240]] },
  {
    name: 'several pages and positions, gaps past one byte',
    own: [
      [0, [-25, 5, 200, 1000], [], 1_400],
      [7, [-25, 0, 130], [], 90],
    ],
  },
  { name: 'no weight marker before the first position', own: [[2, [4, 6], [], 50]] },
  { name: 'runs of other weights, each counting from 0', own: [[1, [-25, 3, 4, -13, 2, 9, -49, 1], [], 300]] },
  { name: 'a marker with nothing after it, and two in a row', own: [[1, [-13, -25, 8, 2, -7], [], 30]] },
  { name: 'a weight above 255 is held at 255', own: [[1, [-400, 5], [], 12]] },
  { name: 'one run of another weight', own: [[4, [-13, 6, 1], [], 80]] },
  { name: 'metadata fields in first-occurrence order, repeats once', own: [[1, [-25, 2], [-3, 0, -1, 4, -3, 1], 60]] },
  { name: 'a posting with no positions (the word only in the headline)', own: [[9, [], [-1, 0], 45]] },
  { name: 'no own postings, a variant has them', own: [], variants: [['चोरियां', [[5, [-25, 11], [], 70]]]] },
  {
    name: 'own and two variants (an empty one kept)',
    own: [[0, [-25, 1], [], 20]],
    variants: [
      ['महिलाओं', [[3, [-25, 4, 4], [-1, 0], 2 ** 20]]],
      ['महिलाएं', []],
    ],
  },
  { name: 'page numbers past a million', own: [[2_000_000, [-25, 3], [], 7]] },
];

const codec = suite('packEntry and decodeWordFile: the reader gets what it decoded from the CBOR');
for (const c of cases)
  codec(c.name, async () => {
    const variants = c.variants ?? [];
    const expected = decodeEntry(['महिला', c.own, variants] as CborValue);
    const entry = packEntry(c.own, variants);
    const raw = packWordFile(encodeCbor([0, 3]), [packWord('महिला', [{ shard: 1, chunk: 4, entry }])]);
    const file = decodeWordFile(raw.main, servePositions(raw.positions));
    assert.equal(file.carry, [0, 3]);
    assert.equal(await loadedEntries([file.words[0]!.parts[0]!.entry!]), [expected]);
  });
codec('several keys and shards, chunk starts among them, in one file', async () => {
  const [a, b] = [cases[3]!, cases[10]!];
  const raw = packWordFile(encodeCbor([2]), [
    packWord('जगह', [
      { shard: 0, chunk: 1, entry: packEntry(a.own, []) },
      { shard: 2, chunk: 0 },
    ]),
    packWord('जगहों', [{ shard: 2, chunk: 5, entry: packEntry(b.own, b.variants!) }]),
  ]);
  const file = decodeWordFile(raw.main, servePositions(raw.positions));
  assert.equal(
    file.words.map((w) => [w.key, w.parts.map((p) => [p.shard, p.chunk, p.entry !== undefined])]),
    [
      [
        'जगह',
        [
          [0, 1, true],
          [2, 0, false],
        ],
      ],
      ['जगहों', [[2, 5, true]]],
    ],
  );
  assert.equal(await loadedEntries([file.words[0]!.parts[0]!.entry!]), [decodeEntry(['जगह', a.own, []] as CborValue)]);
  assert.equal(await loadedEntries([file.words[1]!.parts[0]!.entry!]), [decodeEntry(['जगहों', b.own, b.variants!] as CborValue)]);
});
codec('positions come by blocks of postings: one range for one page, each block once', async () => {
  const own = Array.from({ length: 2 * POSITION_BLOCK + 5 }, (_, n) => [
    1,
    n % 3 === 0 ? [-61, n + 1, -25, 2, 300] : [n + 1, 2],
    [],
    90,
  ]) as CborValue[];
  const raw = packWordFile(encodeCbor([0]), [packWord('पानी', [{ shard: 0, chunk: 0, entry: packEntry(own, []) }])]);
  const asked: Array<[number, number]> = [];
  const file = decodeWordFile(raw.main, servePositions(raw.positions, asked));
  const postings = file.words[0]!.parts[0]!.entry!.spellings[0]!.postings;
  const expected = decodeEntry(['पानी', own, []] as CborValue).spellings[0]!.postings;
  assert.not.ok(
    postings.some((p) => p.positions),
    'no positions until asked for',
  );
  assert.equal(await postings[POSITION_BLOCK + 3]!.at!.file.positions(POSITION_BLOCK + 3), [...expected[POSITION_BLOCK + 3]!.positions!]);
  assert.is(asked.length, 1);
  const [start, end] = asked[0]!;
  assert.ok(start > 0 && end < raw.positions.length, 'one block, not the file');
  for (const [k, p] of postings.entries()) assert.equal(await p.at!.file.positions(k), [...expected[k]!.positions!], `posting ${k}`);
  assert.is(asked.length, 3, 'three blocks, each fetched once');
  const sorted = [...asked].sort((a, b) => a[0] - b[0]);
  assert.equal(
    sorted.map((r, i) => r[0] === (i === 0 ? 0 : sorted[i - 1]![1])),
    [true, true, true],
    'the blocks follow each other',
  );
  assert.is(sorted[2]![1], raw.positions.length);
});
codec.run();

const broken = suite('decodeWordFile: a damaged file is an error, never other postings');
const good = packWordFile(encodeCbor([0]), [packWord('नल', [{ shard: 0, chunk: 0, entry: packEntry(cases[1]!.own, []) }])]);
const none = servePositions(good.positions);
broken('cut short', () => assert.throws(() => decodeWordFile(good.main.subarray(0, good.main.length - 2), none), /word file/));
broken('bytes left over', () => assert.throws(() => decodeWordFile(Buffer.concat([good.main, Uint8Array.of(1)]), none), /word file/));
broken('a number that never ends', () =>
  assert.throws(() => readVarint(Uint8Array.of(255, 255, 255, 255, 255, 255), { at: 0 }, 6), /too long/),
);
broken('varints round-trip from 0 to past 2^32', () => {
  const xs = [0, 1, 127, 128, 16_383, 16_384, 2 ** 31, 2 ** 32 + 5];
  const out: number[] = [];
  for (const x of xs) putVarint(out, x);
  const at = { at: 0 };
  assert.equal(
    xs.map(() => readVarint(Uint8Array.from(out), at, out.length)),
    xs,
  );
  assert.is(at.at, out.length);
});
broken.run();
