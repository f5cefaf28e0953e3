import { encodeCbor, type CborValue } from './cbor.ts';
import { list, num, str } from './pagefind-format.ts';
import { COLUMNS, COUNTS, GAPS, POSITION_BLOCK, putVarint, readVarint } from './browser/word-format.ts';

/**
 * The word index's compact postings (decoded by `browser/word-format.ts`): Pagefind's CBOR
 * postings `[pageDelta, locations, metaLocations, length]` as columns of varints, one column per
 * kind of number across a whole word file, because gzip packs numbers of one kind far better
 * than interleaved (CBOR spends two bytes on any number from 24 to 255, a varint one up to 127).
 * Columns, in `COLUMNS` order: postings per list; page deltas; page word counts; per posting its
 * metadata fields (count, then each, first occurrence first); positions per posting; weight runs
 * (0 for one run of ordinary text, else the count of runs and each one's weight and length); the
 * positions' gaps as Pagefind writes them (from the run's start or the previous position). What
 * the reader decodes is what it decoded from the CBOR, posting for posting.
 */

/** One shard's entry for a key, ready to file: its variants' spellings (CBOR) and its column segments. */
export interface PackedEntry {
  readonly forms: Uint8Array;
  readonly columns: readonly Uint8Array[];
}

function putPostings(cols: number[][], postings: readonly CborValue[]): void {
  putVarint(cols[0]!, postings.length);
  for (const p of postings) {
    const [delta, locs, metaLocs, length] = list(p, 'posting');
    putVarint(cols[1]!, num(delta, 'page'));
    putVarint(cols[2]!, num(length, 'length'));
    const fields: number[] = [];
    for (const x of list(metaLocs, 'meta locations') as number[]) if (x < 0 && !fields.includes(-x - 1)) fields.push(-x - 1);
    putVarint(cols[3]!, fields.length);
    for (const f of fields) putVarint(cols[3]!, f);
    // Runs that hold positions: a marker with none after it changes no position or weight.
    const runs: Array<[number, number]> = [];
    let count = 0;
    for (const x of list(locs, 'locations') as number[]) {
      if (x < 0) runs.push([Math.min(255, -x - 1), 0]);
      else {
        if (runs.length === 0) runs.push([24, 0]);
        runs[runs.length - 1]![1]++;
        count++;
        putVarint(cols[6]!, x);
      }
    }
    const held = runs.filter((r) => r[1] > 0);
    putVarint(cols[4]!, count);
    if (held.length === 0 || (held.length === 1 && held[0]![0] === 24)) putVarint(cols[5]!, 0);
    else {
      putVarint(cols[5]!, held.length);
      for (const [w, n] of held) [putVarint(cols[5]!, w), putVarint(cols[5]!, n)];
    }
  }
}

/** Packs one entry: its own postings (with page lengths) and `[spelling, postings]` variants. */
export function packEntry(own: readonly CborValue[], variants: ReadonlyArray<readonly [string, readonly CborValue[]]>): Uint8Array {
  const cols = COLUMNS.map(() => [] as number[]);
  putPostings(cols, own);
  for (const [, ps] of variants) putPostings(cols, ps);
  const forms = encodeCbor(variants.map(([form]) => form));
  const out: number[] = [];
  putVarint(out, forms.length);
  for (const c of cols) putVarint(out, c.length);
  return Buffer.concat([Uint8Array.from(out), forms, ...cols.map((c) => Uint8Array.from(c))]);
}

/** An entry packed by `packEntry`, split into its parts. */
export function unpackEntry(bytes: Uint8Array): PackedEntry {
  const at = { at: 0 };
  const formsLength = readVarint(bytes, at, bytes.length);
  const lengths = COLUMNS.map(() => readVarint(bytes, at, bytes.length));
  const forms = bytes.subarray(at.at, (at.at += formsLength));
  const columns = lengths.map((n) => bytes.subarray(at.at, (at.at += n)));
  if (at.at !== bytes.length) throw new Error('packed entry: length mismatch');
  return { forms, columns };
}

/** The spellings of an entry's CBOR variants (`[[spelling, postings], …]`), checked. */
export function variantList(v: CborValue | undefined): Array<[string, CborValue[]]> {
  return list(v, 'variants').map((x) => {
    const [form, ps] = list(x, 'variant');
    return [str(form, 'variant'), list(ps, 'postings')];
  });
}

/** The head of a CBOR array of `n` items (the items follow it). */
export function arrayHead(n: number): Uint8Array {
  if (n < 24) return Uint8Array.of(0x80 | n);
  if (n < 0x100) return Uint8Array.of(0x98, n);
  if (n < 0x10000) return Uint8Array.of(0x99, n >> 8, n & 0xff);
  return Uint8Array.of(0x9a, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
}

/** One key of a word file: its head (CBOR) and its column segments; `bytes` is what it adds to the file. */
export interface PackedWord {
  readonly head: Uint8Array;
  readonly columns: ReadonlyArray<readonly Uint8Array[]>;
  readonly bytes: number;
}

/** A key and each shard's part of it: an entry packed by `packEntry`, or none where a chunk only starts there. */
export function packWord(key: string, parts: ReadonlyArray<{ shard: number; chunk: number; entry?: Uint8Array }>): PackedWord {
  const heads: Uint8Array[] = [arrayHead(2), encodeCbor(key), arrayHead(parts.length)];
  const columns = COLUMNS.map(() => [] as Uint8Array[]);
  for (const p of parts) {
    if (!p.entry) {
      heads.push(encodeCbor([p.shard, p.chunk]));
      continue;
    }
    const e = unpackEntry(p.entry);
    heads.push(arrayHead(3), encodeCbor(p.shard), encodeCbor(p.chunk), e.forms);
    e.columns.forEach((c, i) => columns[i]!.push(c));
  }
  const head = Buffer.concat(heads);
  return { head, columns, bytes: head.length + columns.flat().reduce((a, c) => a + c.length, 0) };
}

/**
 * A word file (`main`, before its signature) of `words` in key order, `carry` the CBOR of each
 * shard's chunk at its first key, and its positions file (`positions`, raw: the gaps column). The
 * word file lists, per block of `POSITION_BLOCK` postings (file order), the bytes of the block's
 * gaps, so a reader fetches the positions of a few postings by a byte range: the ranking needs
 * counts and weights of every posting but positions only of pages that can reach the first results.
 */
export function packWordFile(carry: Uint8Array, words: readonly PackedWord[]): { main: Uint8Array; positions: Uint8Array } {
  const head = Buffer.concat([arrayHead(2), carry, arrayHead(words.length), ...words.map((w) => w.head)]);
  const columns = COLUMNS.map((_, i) => Buffer.concat(words.flatMap((w) => w.columns[i]!)));
  const gaps = columns[GAPS]!;
  const counts = columns[COUNTS]!;
  const blocks: number[] = [];
  const c = { at: 0 };
  const g = { at: 0 };
  for (let k = 0, from = 0; c.at < counts.length; k++) {
    for (let n = readVarint(counts, c, counts.length); n > 0; n--) readVarint(gaps, g, gaps.length);
    if ((k + 1) % POSITION_BLOCK === 0 || c.at === counts.length) [putVarint(blocks, g.at - from), (from = g.at)];
  }
  if (g.at !== gaps.length) throw new Error('word file: gaps do not match the positions counted');
  const lengths: number[] = [];
  putVarint(lengths, head.length);
  const sizes: number[] = [];
  for (const col of columns.slice(0, GAPS)) putVarint(sizes, col.length);
  return {
    main: Buffer.concat([Uint8Array.from(lengths), head, Uint8Array.from(sizes), ...columns.slice(0, GAPS), Uint8Array.from(blocks)]),
    positions: gaps,
  };
}
