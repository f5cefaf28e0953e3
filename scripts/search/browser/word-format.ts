import { decodeCbor, type CborValue } from '../cbor.ts';
import { list, num, str } from '../pagefind-format.ts';
import type { Posting, Spelling, WordEntry } from './index-format.ts';

/** Where the word index (`../word-index.ts`) lives, relative to the site root. */
export const WORDS_PATH = 'pagefind/words/';
/** Word files listed per directory file, about (cut where a key's hash says: `word-index.ts`). */
export const WORD_DIR_FAN = 128;
/** A word or directory file of the index, by the name the manifest or its directory gives (a hash of its content). */
export const wordFileName = (name: string): string => `${name}.pf_words`;

/** A directory file: the first keys of its word files and their names, in key order. */
export function decodeWordDir(v: CborValue): { keys: string[]; names: string[] } {
  const [keys, names] = list(v, 'directory', 2);
  return { keys: list(keys, 'keys').map((k) => str(k, 'key')), names: list(names, 'names').map((n) => str(n, 'name')) };
}

/**
 * One shard's part of a key in a word file: which shard, the chunk it sits in there, and the entry
 * itself (postings with page lengths); no entry where the key is only where one of the shard's chunks starts.
 */
export interface ShardEntry {
  readonly shard: number;
  readonly chunk: number;
  readonly entry?: WordEntry;
}

/** A decoded word file: each shard's chunk at its first key, and its keys in order with their shard entries. */
export interface WordFile {
  readonly carry: readonly number[];
  readonly words: ReadonlyArray<{ readonly key: string; readonly parts: readonly ShardEntry[] }>;
}

/**
 * The postings' columns of an entry (`../word-postings.ts` writes them), in order: postings per
 * list, page deltas, page word counts, metadata fields, positions per posting, weight runs, gaps.
 * A word file holds all but the gaps, then the byte length of each block of `POSITION_BLOCK`
 * postings' gaps; the gaps themselves are its positions file (`positionsFileName`).
 */
export const COLUMNS = ['lists', 'pages', 'lengths', 'fields', 'counts', 'runs', 'gaps'] as const;
export const COUNTS = 4;
export const GAPS = 6;
/** Postings per block of the positions file: the least a reader fetches for one page's positions of one word file. */
export const POSITION_BLOCK = 16;
/** A word file's positions file, beside it. */
export const positionsFileName = (name: string): string => `${name}.pf_pos`;

/** Bytes `start` to `end` (exclusive) of a word file's positions file. */
export type FetchPositions = (start: number, end: number) => Promise<Uint8Array>;

/**
 * The positions of a word file's postings, read by blocks from its positions file when first
 * asked for (each block once). Posting `k` of the file (in the order its entries are decoded) is
 * in block `k / POSITION_BLOCK`, after `skip[k]` gaps of the postings before it there.
 */
export class PositionsFile {
  private readonly blocks = new Map<number, Promise<Uint8Array>>();
  readonly skip: number[] = [];
  readonly counts: number[] = [];
  /** Run lengths of postings with more than one run (a run starts its positions from 0). */
  readonly runs = new Map<number, readonly number[]>();

  constructor(
    private readonly fetch: FetchPositions,
    private readonly ends: readonly number[],
  ) {}

  private block(b: number): Promise<Uint8Array> {
    let hit = this.blocks.get(b);
    if (!hit) {
      hit = this.fetch(b === 0 ? 0 : this.ends[b - 1]!, this.ends[b]!);
      hit.catch(() => this.blocks.delete(b));
      this.blocks.set(b, hit);
    }
    return hit;
  }

  /** Positions of posting `k`, ascending within each run, as Pagefind's locations give them. */
  async positions(k: number): Promise<number[]> {
    const bytes = await this.block(Math.floor(k / POSITION_BLOCK));
    const cursor = { at: 0 };
    for (let n = this.skip[k]!; n > 0; n--) readVarint(bytes, cursor, bytes.length);
    const out: number[] = [];
    for (const length of this.runs.get(k) ?? [this.counts[k]!]) {
      let at = 0;
      for (let n = length; n > 0; n--) out.push((at += readVarint(bytes, cursor, bytes.length)));
    }
    return out;
  }
}

/** Appends `n` (a whole number ≥ 0) as a varint: seven bits a byte, low first, the high bit set on all but the last. */
export function putVarint(out: number[], n: number): void {
  for (; n >= 128; n = Math.floor(n / 128)) out.push((n % 128) | 128);
  out.push(n);
}

/** The varint at `cursor.at` (moved past it), which must end before `end`. */
export function readVarint(bytes: Uint8Array, cursor: { at: number }, end: number): number {
  let n = 0;
  for (let scale = 1; scale < 2 ** 35; scale *= 128) {
    if (cursor.at >= end) throw new Error(`word file: truncated number at byte ${cursor.at}`);
    const b = bytes[cursor.at++]!;
    n += (b & 127) * scale;
    if (b < 128) return n;
  }
  throw new Error(`word file: number too long at byte ${cursor.at}`);
}

/**
 * A word file (its bytes after the signature), checked as it is read: the length of its head, the
 * head `[carry, [[key, [[shard, chunk, [variant spelling, …]] or [shard, chunk], …]], …]]` (CBOR),
 * the byte length of each column but the gaps, then those columns and the blocks' lengths. An
 * entry's postings (its own, then each variant's) are read from the columns in the head's order;
 * their positions are left in the positions file (`positions` fetches its bytes) until asked for.
 */
export function decodeWordFile(bytes: Uint8Array, positions: FetchPositions): WordFile {
  const cursor = { at: 0 };
  const headLength = readVarint(bytes, cursor, bytes.length);
  const [carry, words] = list(decodeCbor(bytes.subarray(cursor.at, (cursor.at += headLength))), 'word file', 2);
  const ends: number[] = COLUMNS.slice(0, GAPS).map(() => readVarint(bytes, cursor, bytes.length));
  const cols = COLUMNS.slice(0, GAPS + 1).map(() => ({ at: 0, end: 0 }));
  let start = cursor.at;
  for (const [c, col] of cols.entries()) [(col.at = start), (col.end = start = c < ends.length ? start + ends[c]! : bytes.length)];
  if (start > bytes.length) throw new Error('word file: columns longer than the file');
  const next = (c: number) => readVarint(bytes, cols[c]!, cols[c]!.end);
  const blockEnds: number[] = [];
  for (let end = 0; cols[GAPS]!.at < cols[GAPS]!.end; ) blockEnds.push((end += next(GAPS)));
  const file = new PositionsFile(positions, blockEnds);
  let inBlock = 0;
  const postings = (): Posting[] => {
    const out: Posting[] = [];
    let page = 0;
    for (let n = next(0); n > 0; n--) {
      page += next(1);
      const length = next(2);
      const fields = Array.from({ length: next(3) }, () => next(3));
      const count = next(4);
      const runs = next(5);
      const weights: number[] = [];
      const lengths: number[] = [];
      for (let r = 0; r < Math.max(1, runs); r++) {
        const weight = runs === 0 ? 24 : next(5);
        const k = runs === 0 ? count : next(5);
        lengths.push(k);
        for (let i = 0; i < k; i++) weights.push(weight);
      }
      if (weights.length !== count) throw new Error('word file: runs do not hold the positions counted');
      const k = file.counts.length;
      if (k % POSITION_BLOCK === 0) inBlock = 0;
      file.skip.push(inBlock);
      file.counts.push(count);
      inBlock += count;
      if (lengths.length > 1) file.runs.set(k, lengths);
      out.push({ page, weights, fields, length, at: { file, k } });
    }
    return out;
  };
  const decoded: WordFile = {
    carry: list(carry, 'carry').map((c) => num(c, 'carry')),
    words: list(words, 'words').map((w) => {
      const [key, parts] = list(w, 'word', 2);
      const k = str(key, 'word');
      return {
        key: k,
        parts: list(parts, 'parts').map((p) => {
          const [shard, chunk, forms] = list(p, 'part');
          const at = { shard: num(shard, 'shard'), chunk: num(chunk, 'chunk') };
          if (forms === undefined) return at;
          const spellings: Spelling[] = [];
          const own = postings();
          if (own.length > 0) spellings.push({ form: k, postings: own });
          for (const f of list(forms, 'variants')) spellings.push({ form: str(f, 'variant'), postings: postings() });
          return { ...at, entry: { key: k, spellings } };
        }),
      };
    }),
  };
  if (cols.some((c) => c.at !== c.end)) throw new Error('word file: columns hold more than its entries');
  if (blockEnds.length !== Math.ceil(file.counts.length / POSITION_BLOCK)) throw new Error('word file: blocks do not match its postings');
  return decoded;
}
