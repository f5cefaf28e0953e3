import type { CborValue } from '../cbor.ts';
import { list, num, str, type ChunkInfo } from '../pagefind-format.ts';

/**
 * Pagefind's index chunks and filters, decoded for the search's own reader (`shard-reader.ts`);
 * the version, file names, signature and metadata are in `../pagefind-format.ts`. Layouts, as
 * Pagefind writes them (checked against its own search in test/search/index-format.test.ts):
 *
 * - index chunk: `[[key, postings, variants], …]`, keys sorted by code point. The key is the word
 *   folded and stemmed (`index-key.ts`); `postings` belong to the spelling equal to the key, `variants`
 *   are `[spelling, postings]` for the others (काम under the key कम, सरकार under सर).
 * - a posting: `[pageDelta, contentLocations, metaLocations]`. Page numbers count up from the previous
 *   posting's. Locations are runs: a negative number `-(w + 1)` starts a run of weight `w` (24 is
 *   ordinary text) and resets the count, then each number is the gap from the previous position.
 *   Meta locations are the same with `-(field + 1)` naming the metadata field (`metaFields[field]`).
 * - filter: `[name, [[value, [page, …]], …]]`, page numbers as they are.
 */

/** One page's occurrences of one spelling. */
export interface Posting {
  readonly page: number;
  /**
   * Word positions in the page's content, with the weight of each (24 = ordinary text). A word
   * file leaves them in its positions file (`at`) until a page needs them: `weights` has one
   * weight per position either way, which is all a page's score needs.
   */
  readonly positions?: readonly number[];
  readonly weights: readonly number[];
  readonly at?: { readonly file: { positions(k: number): Promise<number[]> }; readonly k: number };
  /** Metadata fields (indexes into `metaFields`) the spelling occurs in. */
  readonly fields: readonly number[];
  /** The page's word count, when the word index carries it (`word-format.ts`); else the shard's metadata has it. */
  readonly length?: number;
}

export interface Spelling {
  readonly form: string;
  readonly postings: readonly Posting[];
}
export interface WordEntry {
  readonly key: string;
  readonly spellings: readonly Spelling[];
}

function decodePostings(v: CborValue | undefined): Posting[] {
  let page = 0;
  return list(v, 'postings').map((p) => {
    const [delta, locs, metaLocs, length] = list(p, 'posting');
    page += num(delta, 'page');
    const positions: number[] = [];
    const weights: number[] = [];
    let weight = 24;
    let at = 0;
    for (const x of list(locs, 'locations') as number[]) {
      if (x < 0) {
        weight = Math.min(255, -x - 1);
        at = 0;
      } else {
        at += x;
        positions.push(at);
        weights.push(weight);
      }
    }
    const fields: number[] = [];
    for (const x of list(metaLocs, 'meta locations') as number[]) if (x < 0 && !fields.includes(-x - 1)) fields.push(-x - 1);
    return typeof length === 'number' ? { page, positions, weights, fields, length } : { page, positions, weights, fields };
  });
}

export function decodeChunk(v: CborValue): WordEntry[] {
  return list(list(v, 'chunk')[0], 'words').map(decodeEntry);
}

/** One entry `[key, postings, variants]` of a chunk (or of a word file, whose postings also carry page lengths). */
export function decodeEntry(w: CborValue): WordEntry {
  const [key, own, variants] = list(w, 'word');
  const k = str(key, 'word');
  const spellings: Spelling[] = [];
  const postings = decodePostings(own);
  if (postings.length > 0) spellings.push({ form: k, postings });
  for (const s of list(variants, 'variants')) {
    const [form, ps] = list(s, 'variant');
    spellings.push({ form: str(form, 'variant'), postings: decodePostings(ps) });
  }
  return { key: k, spellings };
}

/** Filter value → page numbers of the shard. */
export function decodeFilter(v: CborValue): Map<string, readonly number[]> {
  const [, values] = list(v, 'filter');
  return new Map(
    list(values, 'filter values').map((x) => {
      const [value, pages] = list(x, 'filter value');
      return [str(value, 'filter value'), list(pages, 'filter pages').map((p) => num(p, 'filter page'))];
    }),
  );
}

/** Code-point order (Pagefind sorts keys as UTF-8 bytes; JavaScript's `<` compares UTF-16 units). */
export function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/**
 * The chunk where `key` sits or would sit: the last whose first key is not after it (the first
 * chunk when all are). Chunks are sorted and do not overlap, so the chunk's end (`to`) is not
 * needed, and metadata written for this reader leaves it out (`compactNames`). A reader downloads
 * one chunk per word and shard, as with Pagefind's runtime: longer words that start with the key
 * and spill into the next chunk are not looked for (they would be another word, and another download).
 */
export function chunkFor(chunks: readonly ChunkInfo[], key: string): ChunkInfo | undefined {
  let at: ChunkInfo | undefined = chunks[0];
  for (const c of chunks) {
    if (compareKeys(c.from, key) > 0) break;
    at = c;
  }
  return at;
}
