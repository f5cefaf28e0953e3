import { CborFormatError, decodeCbor, type CborValue } from './cbor.ts';

/**
 * Pagefind's file format, as far as this project reads and rewrites it: the version, file names,
 * the signature and the metadata layout. Shared by the build (`compact-names.ts`, `pagefind-shard.ts`)
 * and the browser's reader (`browser/index-format.ts`, `browser/shard-reader.ts`), so an upgrade of
 * Pagefind is checked against one place. Browser-safe: no Node imports.
 *
 * Every file but the page data is gzip around the signature `pagefind_dcd` and one CBOR value;
 * page data is the signature and JSON. The metadata is `[version, pages, chunks, filters, sorts,
 * metaFields]`: a page `[hash, wordCount, group]`, a chunk `[firstKey, lastKeyPrefix, hash]`, a
 * filter `[name, hash]`. Index chunks and filters: `browser/index-format.ts`.
 */

/**
 * The Pagefind release whose format this code knows. package.json pins exactly this version, and
 * test/search/pagefind-format.test.ts fails when the installed Pagefind is another: before an
 * upgrade, check this module, `index-format.ts`, `index-key.ts` and `word-score.ts` against it.
 */
export const PAGEFIND_VERSION = '1.6.0';

/** Whether files written by Pagefind `version` have this layout: the same minor release (1.6.x). */
export function knownVersion(version: string): boolean {
  return version.startsWith(PAGEFIND_VERSION.replace(/\d+$/, ''));
}

/** A Pagefind file or bundle is not laid out as this code expects (another Pagefind version, or a broken download). */
export class PagefindFormatError extends Error {
  constructor(detail: string) {
    super(`not Pagefind ${PAGEFIND_VERSION}'s index format: ${detail}`);
    this.name = 'PagefindFormatError';
  }
}

/** The entry file of a bundle: version and, per language, the hash that names its metadata file. */
export const ENTRY_FILE = 'pagefind-entry.json';
/** Pagefind's browser runtime, the module a page imports. */
export const RUNTIME_MODULE = 'pagefind.js';
/** The runtime and its Hindi WebAssembly: only the eval's baseline loads them. */
export const RUNTIME_FILES: readonly string[] = [RUNTIME_MODULE, 'wasm.hi.pagefind'];
/** The metadata file of the language index named `hash` (`hi_<hash>`): the first file a search reads. */
export const metaFile = (hash: string): string => `pagefind.${hash}.pf_meta`;
export const isMetaFile = (path: string): boolean => path.endsWith('.pf_meta');
/** Index chunk, page data and filter files, by the name the metadata gives them (or the reader derives). */
export const chunkFile = (name: string): string => `index/${name}.pf_index`;
export const fragmentFile = (name: string): string => `fragment/${name}.pf_fragment`;
export const filterFile = (name: string): string => `filter/${name}.pf_filter`;
/** A file of the index proper (metadata, chunks, page data, filters), not of the runtime. */
export const isIndexFile = (path: string): boolean => /^(index|fragment|filter)\//.test(path) || isMetaFile(path);

const SIGNATURE = 'pagefind_dcd';
const text = new TextDecoder();

/** What follows the signature in a file's (gunzipped) bytes: CBOR, or JSON for page data. */
export function payload(raw: Uint8Array, what: string): Uint8Array {
  if (text.decode(raw.subarray(0, SIGNATURE.length)) !== SIGNATURE)
    throw new PagefindFormatError(`${what} lacks the ${SIGNATURE} signature`);
  return raw.subarray(SIGNATURE.length);
}

/** The CBOR value inside a file's (gunzipped) bytes. */
export function unwrap(raw: Uint8Array, what: string): CborValue {
  try {
    return decodeCbor(payload(raw, what));
  } catch (e) {
    throw e instanceof CborFormatError ? new PagefindFormatError(`${what}: ${e.message}`) : e;
  }
}

/** The bytes of a file before gzip: the signature, then `body`. */
export function withSignature(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(SIGNATURE.length + body.length);
  out.set(new TextEncoder().encode(SIGNATURE));
  out.set(body, SIGNATURE.length);
  return out;
}

/** A list of `n` items (any length when `n` is undefined), or a format error naming `what`. */
export const list = (v: CborValue | undefined, what: string, n?: number): CborValue[] => {
  if (!Array.isArray(v) || (n !== undefined && v.length !== n))
    throw new PagefindFormatError(`${what} is not a list${n === undefined ? '' : ` of ${n}`}`);
  return v;
};
export const str = (v: CborValue | undefined, what: string): string => {
  if (typeof v !== 'string') throw new PagefindFormatError(`${what} is not a string`);
  return v;
};
export const num = (v: CborValue | undefined, what: string): number => {
  if (typeof v !== 'number') throw new PagefindFormatError(`${what} is not a number`);
  return v;
};

export interface PageInfo {
  readonly hash: string;
  readonly wordCount: number;
  readonly group: string;
}
export interface ChunkInfo {
  readonly from: string;
  readonly to: string;
  readonly hash: string;
}

export interface ShardMeta {
  readonly version: string;
  readonly pages: readonly PageInfo[];
  readonly chunks: readonly ChunkInfo[];
  /** Filter name → file hash. */
  readonly filters: ReadonlyMap<string, string>;
  readonly metaFields: readonly string[];
}

/**
 * A metadata file's value, checked field by field. Metadata written for the search's reader
 * (`compactNames` with `derivedNames`) leaves hashes and `lastKeyPrefix` empty.
 */
export function decodeMeta(v: CborValue): ShardMeta {
  const [version, pages, chunks, filters, , fields] = list(v, 'metadata', 6);
  const ver = str(version, 'version');
  if (!knownVersion(ver)) throw new PagefindFormatError(`written by Pagefind ${ver}`);
  return {
    version: ver,
    pages: list(pages, 'pages').map((p) => {
      const [hash, words, group] = list(p, 'page', 3);
      return { hash: str(hash, 'page hash'), wordCount: num(words, 'word count'), group: str(group, 'page group') };
    }),
    chunks: list(chunks, 'chunks').map((c) => {
      const [from, to, hash] = list(c, 'chunk', 3);
      return { from: str(from, 'chunk start'), to: str(to, 'chunk end'), hash: str(hash, 'chunk hash') };
    }),
    filters: new Map(
      list(filters, 'filters').map((f) => {
        const [name, hash] = list(f, 'filter');
        return [str(name, 'filter name'), str(hash, 'filter hash')];
      }),
    ),
    metaFields: list(fields, 'meta fields').map((f) => str(f, 'meta field')),
  };
}
