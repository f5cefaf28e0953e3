import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { encodeCbor, type CborValue } from '../../scripts/search/cbor.ts';
import { decodeEntry } from '../../scripts/search/browser/index-format.ts';
import { decodeWordFile, putVarint, readVarint } from '../../scripts/search/browser/word-format.ts';
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
  codec(c.name, () => {
    const variants = c.variants ?? [];
    const expected = decodeEntry(['महिला', c.own, variants] as CborValue);
    const entry = packEntry(c.own, variants);
    const raw = packWordFile(encodeCbor([0, 3]), [packWord('महिला', [{ shard: 1, chunk: 4, entry }])]);
    const file = decodeWordFile(raw);
    assert.equal(file.carry, [0, 3]);
    assert.equal(file.words[0]!.parts[0]!.entry, expected);
  });
codec('several keys and shards, chunk starts among them, in one file', () => {
  const [a, b] = [cases[3]!, cases[10]!];
  const raw = packWordFile(encodeCbor([2]), [
    packWord('जगह', [
      { shard: 0, chunk: 1, entry: packEntry(a.own, []) },
      { shard: 2, chunk: 0 },
    ]),
    packWord('जगहों', [{ shard: 2, chunk: 5, entry: packEntry(b.own, b.variants!) }]),
  ]);
  const file = decodeWordFile(raw);
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
  assert.equal(file.words[0]!.parts[0]!.entry, decodeEntry(['जगह', a.own, []] as CborValue));
  assert.equal(file.words[1]!.parts[0]!.entry, decodeEntry(['जगहों', b.own, b.variants!] as CborValue));
});
codec.run();

const broken = suite('decodeWordFile: a damaged file is an error, never other postings');
const good = packWordFile(encodeCbor([0]), [packWord('नल', [{ shard: 0, chunk: 0, entry: packEntry(cases[1]!.own, []) }])]);
broken('cut short', () => assert.throws(() => decodeWordFile(good.subarray(0, good.length - 2)), /word file/));
broken('bytes left over', () => assert.throws(() => decodeWordFile(Buffer.concat([good, Uint8Array.of(1)])), /more than its entries/));
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
