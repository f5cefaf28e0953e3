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
 * The postings' columns of a word file, in order (`../word-postings.ts` writes them): postings per
 * list, page deltas, page word counts, metadata fields, positions per posting, weight runs, gaps.
 */
export const COLUMNS = ['lists', 'pages', 'lengths', 'fields', 'counts', 'runs', 'gaps'] as const;

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
 * the byte length of each column but the last, then the columns (`COLUMNS`). An entry's postings
 * (its own, then each variant's) are read from the columns in the head's order.
 */
export function decodeWordFile(bytes: Uint8Array): WordFile {
  const cursor = { at: 0 };
  const headLength = readVarint(bytes, cursor, bytes.length);
  const [carry, words] = list(decodeCbor(bytes.subarray(cursor.at, (cursor.at += headLength))), 'word file', 2);
  const ends: number[] = COLUMNS.slice(1).map(() => readVarint(bytes, cursor, bytes.length));
  const cols = COLUMNS.map(() => ({ at: 0, end: 0 }));
  let start = cursor.at;
  for (const [c, col] of cols.entries()) [(col.at = start), (col.end = start = c < ends.length ? start + ends[c]! : bytes.length)];
  if (start > bytes.length) throw new Error('word file: columns longer than the file');
  const next = (c: number) => readVarint(bytes, cols[c]!, cols[c]!.end);
  const postings = (): Posting[] => {
    const out: Posting[] = [];
    let page = 0;
    for (let n = next(0); n > 0; n--) {
      page += next(1);
      const length = next(2);
      const fields = Array.from({ length: next(3) }, () => next(3));
      const count = next(4);
      const runs = next(5);
      const positions: number[] = [];
      const weights: number[] = [];
      for (let r = 0; r < Math.max(1, runs); r++) {
        const weight = runs === 0 ? 24 : next(5);
        let at = 0;
        for (let k = runs === 0 ? count : next(5); k > 0; k--) [positions.push((at += next(6))), weights.push(weight)];
      }
      if (positions.length !== count) throw new Error('word file: runs do not hold the positions counted');
      out.push({ page, positions, weights, fields, length });
    }
    return out;
  };
  const file: WordFile = {
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
  return file;
}
