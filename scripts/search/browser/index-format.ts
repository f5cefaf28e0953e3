import { decodeCbor, type CborValue } from '../cbor.ts';

/**
 * Pagefind 1.6's index files, decoded for the search's own reader (`shard-reader.ts`). Each file is
 * gzip around the signature `pagefind_dcd` and one CBOR value (integers, strings, arrays). Layouts,
 * as Pagefind 1.6 writes them (checked against its own search in test/search/index-format.test.ts):
 *
 * - metadata: `[version, pages, chunks, filters, sorts, metaFields]`; a page is `[hash, wordCount,
 *   group]`, a chunk `[firstKey, lastKeyPrefix, hash]`, a filter `[name, hash]`. Metadata written
 *   for this reader (`compactNames` with `derivedNames`) leaves hashes and `lastKeyPrefix` empty.
 * - index chunk: `[[key, postings, variants], …]`, keys sorted by code point. The key is the word
 *   folded and stemmed (`index-key.ts`); `postings` belong to the spelling equal to the key, `variants`
 *   are `[spelling, postings]` for the others (काम under the key कम, सरकार under सर).
 * - a posting: `[pageDelta, contentLocations, metaLocations]`. Page numbers count up from the previous
 *   posting's. Locations are runs: a negative number `-(w + 1)` starts a run of weight `w` (24 is
 *   ordinary text) and resets the count, then each number is the gap from the previous position.
 *   Meta locations are the same with `-(field + 1)` naming the metadata field (`metaFields[field]`).
 * - filter: `[name, [[value, [page, …]], …]]`, page numbers as they are.
 */

export const SIGNATURE = 'pagefind_dcd';

/** A file was not what this reader expects (another Pagefind version, or a broken download). */
export class IndexFormatError extends Error {
  constructor(detail: string) {
    super(`search index not readable: ${detail}`);
    this.name = 'IndexFormatError';
  }
}

export interface PageInfo { readonly hash: string; readonly wordCount: number; readonly group: string }
export interface ChunkInfo { readonly from: string; readonly to: string; readonly hash: string }

export interface ShardMeta {
  readonly version: string;
  readonly pages: readonly PageInfo[];
  readonly chunks: readonly ChunkInfo[];
  /** Filter name → file hash. */
  readonly filters: ReadonlyMap<string, string>;
  readonly metaFields: readonly string[];
}

/** One page's occurrences of one spelling. */
export interface Posting {
  readonly page: number;
  /** Word positions in the page's content, with the weight of each (24 = ordinary text). */
  readonly positions: readonly number[];
  readonly weights: readonly number[];
  /** Metadata fields (indexes into `metaFields`) the spelling occurs in. */
  readonly fields: readonly number[];
}

export interface Spelling { readonly form: string; readonly postings: readonly Posting[] }
export interface WordEntry { readonly key: string; readonly spellings: readonly Spelling[] }

const text = new TextDecoder();

/** What follows the signature in a file's (gunzipped) bytes: CBOR, or JSON for page data. */
export function payload(raw: Uint8Array, what: string): Uint8Array {
  if (text.decode(raw.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new IndexFormatError(`${what} lacks the ${SIGNATURE} signature`);
  return raw.subarray(SIGNATURE.length);
}

/** The CBOR value inside a file's (gunzipped) bytes. */
export function unwrap(raw: Uint8Array, what: string): CborValue {
  return decodeCbor(payload(raw, what));
}

const list = (v: CborValue | undefined, what: string): CborValue[] => {
  if (!Array.isArray(v)) throw new IndexFormatError(`${what} is not a list`);
  return v;
};
const str = (v: CborValue | undefined, what: string): string => {
  if (typeof v !== 'string') throw new IndexFormatError(`${what} is not a string`);
  return v;
};
const num = (v: CborValue | undefined, what: string): number => {
  if (typeof v !== 'number') throw new IndexFormatError(`${what} is not a number`);
  return v;
};

export function decodeMeta(v: CborValue): ShardMeta {
  const [version, pages, chunks, filters, , fields] = list(v, 'metadata');
  const ver = str(version, 'version');
  if (!/^1\.6\./.test(ver)) throw new IndexFormatError(`Pagefind ${ver} (this reader knows 1.6)`);
  return {
    version: ver,
    pages: list(pages, 'pages').map((p) => {
      const [hash, words, group] = list(p, 'page');
      return { hash: str(hash, 'page hash'), wordCount: num(words, 'word count'), group: str(group, 'page group') };
    }),
    chunks: list(chunks, 'chunks').map((c) => {
      const [from, to, hash] = list(c, 'chunk');
      return { from: str(from, 'chunk start'), to: str(to, 'chunk end'), hash: str(hash, 'chunk hash') };
    }),
    filters: new Map(list(filters, 'filters').map((f) => {
      const [name, hash] = list(f, 'filter');
      return [str(name, 'filter name'), str(hash, 'filter hash')];
    })),
    metaFields: list(fields, 'meta fields').map((f) => str(f, 'meta field')),
  };
}

function decodePostings(v: CborValue | undefined): Posting[] {
  let page = 0;
  return list(v, 'postings').map((p) => {
    const [delta, locs, metaLocs] = list(p, 'posting');
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
    return { page, positions, weights, fields };
  });
}

export function decodeChunk(v: CborValue): WordEntry[] {
  return list(list(v, 'chunk')[0], 'words').map((w) => {
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
  });
}

/** Filter value → page numbers of the shard. */
export function decodeFilter(v: CborValue): Map<string, readonly number[]> {
  const [, values] = list(v, 'filter');
  return new Map(list(values, 'filter values').map((x) => {
    const [value, pages] = list(x, 'filter value');
    return [str(value, 'filter value'), list(pages, 'filter pages').map((p) => num(p, 'filter page'))];
  }));
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
