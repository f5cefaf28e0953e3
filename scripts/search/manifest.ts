/**
 * The contract between the index builder (Node) and the query code (browser, and Node in the
 * eval): what `buildSearchIndex` writes to `pagefind/manifest.json`. Paths are relative to the
 * site's base path, so a site served from a sub-folder works unchanged.
 */

/** Where the manifest lives, relative to the site root. */
export const MANIFEST_PATH = 'pagefind/manifest.json';

/** One Pagefind index: a run of consecutive years (or part of one large year). */
export interface ShardInfo {
  /** Folder name: `2026`, `2019-2021`, `2024-2` (second part of a year too large for one shard). */
  readonly id: string;
  /** Pagefind bundle folder, relative to the base: `pagefind/2026/`. */
  readonly path: string;
  /** The shard's metadata file in that folder (`pagefind.hi_<hash>.pf_meta`), the first file a search reads. */
  readonly meta: string;
  /**
   * When set, the metadata lists no file names: page n's data is `fragment/<names>_<n>.pf_fragment`
   * and chunk n is `index/<names>_<n>.pf_index` (n in base 36; see `compactNames`).
   */
  readonly names?: string;
  readonly articles: number;
  /** Dates of the newest and oldest article (ISO, India time). */
  readonly newest: string;
  readonly oldest: string;
}

/** The romanised-word map: bucket files `<path><n>.json`, each `{ romanKey: "देवनागरी शब्द …" }`. */
export interface RomanMapInfo {
  readonly path: string;
  readonly buckets: number;
}

/** The typo vocabulary (`typo-vocab.ts`): bucket files `<path><n>.json`, each `{ shelf: "word df …" }`. */
export interface TypoInfo {
  readonly path: string;
  readonly buckets: number;
}

/**
 * The word index (`word-index.ts`): the index entries of the oldest `covers` shards in one key
 * order, in files `<path><name>.pf_words` named by their content and listed by first key in
 * directory files (`browser/word-format.ts`). A query reads it instead of those shards' metadata
 * and chunks; the newer shards (the tail) it reads shard by shard.
 */
export interface WordIndexInfo {
  readonly path: string;
  /** Changes when any file does. */
  readonly tag: string;
  /** Word files. */
  readonly files: number;
  /** Per directory file: its first key, its name and how many word files it lists. */
  readonly dirs: ReadonlyArray<readonly [string, string, number]>;
  /** The last `covers` shards of the manifest (the oldest) are in it; in its files shard 0 is the oldest. */
  readonly covers: number;
  /** Pages and their word counts summed over every shard (BM25's page count and mean length). */
  readonly pages: number;
  readonly words: number;
  /**
   * Per covered shard (in `shards` order): the metadata fields that postings number, and the page names
   * its metadata lists (`[page, name]`; the reader derives the others as from the metadata).
   */
  readonly shards: ReadonlyArray<{ readonly fields: readonly string[]; readonly listed?: ReadonlyArray<readonly [number, string]> }>;
}

export interface SearchManifest {
  readonly version: 1;
  /** Path of the site root that result URLs are relative to: `/`, or `/news/` for a site in a sub-folder. */
  readonly baseUrl: string;
  /**
   * Pagefind's own JS runtime (`pagefind.js`, with `wasm.hi.pagefind` beside it), relative to the
   * base: only in builds made with `pagefindRuntime` (the eval's plain-Pagefind baseline). Readers'
   * searches never load it; they read the index with `browser/archive-index.ts`.
   */
  readonly runtime?: string;
  /** Changes whenever any shard changes; Pagefind appends it to its entry file URLs for caching. */
  readonly cacheTag: string;
  /** Newest first; with `runtime`, the first shard's folder also holds it. */
  readonly shards: readonly ShardInfo[];
  readonly roman: RomanMapInfo;
  /** Absent in indexes built before typo correction: the search then corrects nothing. */
  readonly typos?: TypoInfo;
  /** Absent with one shard, bundled page data, or indexes built before it: each shard is then read on its own. */
  readonly words?: WordIndexInfo;
}
