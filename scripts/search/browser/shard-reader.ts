import type { CborValue } from '../cbor.ts';
import { chunkFile, decodeMeta, filterFile, fragmentFile, payload, unwrap, type ShardMeta } from '../pagefind-format.ts';
import { chunkFor, decodeChunk, decodeFilter, type WordEntry } from './index-format.ts';
import { foldWord, indexKey } from './index-key.ts';
import type { PagefindFragment } from './pagefind-types.ts';
import { fileNames, pageNames } from './file-names.ts';

/** Fetches a file's bytes (the browser's `fetch`; the eval's counts what it serves). */
/**
 * The bytes of `url`: all of them, or bytes `range[0]` to `range[1]` (exclusive) by a Range
 * request. A host that ignores Range sends the whole file, which `fetchBytes` then cuts.
 */
export type FetchBytes = (url: string, range?: readonly [number, number]) => Promise<Uint8Array>;

/** The body of `url` (or the range of it asked for); a missing file is an error that names it. */
export const fetchBytes: FetchBytes = async (url, range) => {
  const response = await fetch(url, range ? { headers: { Range: `bytes=${range[0]}-${range[1] - 1}` } } : undefined);
  if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return range && response.status !== 206 ? bytes.subarray(range[0], range[1]) : bytes;
};

const text = new TextDecoder();
const GZIP = [0x1f, 0x8b];

/**
 * Pagefind's files are gzip; a host that serves them with `Content-Encoding: gzip` hands them over
 * already unpacked. The browser's own `DecompressionStream` does the rest: no inflate code to download.
 */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== GZIP[0] || bytes[1] !== GZIP[1]) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** `cache[key]`, or what `load` gives, kept for later calls; a failed load is forgotten so the next call tries again. */
export function remember<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let hit = cache.get(key);
  if (!hit) {
    hit = load();
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
  }
  return hit;
}

/** One word looked up in one shard: its index key, and the keys that start with it (or the longest that it starts with). */
export interface ShardMatch {
  readonly entries: readonly WordEntry[];
  readonly key: string;
}

/**
 * One Pagefind index (a shard) read directly: its metadata on open, then only the index chunks,
 * filter lists and page data that searches need, each fetched once.
 */
export class ShardReader {
  private readonly chunks = new Map<string, Promise<WordEntry[]>>();
  private readonly filters = new Map<string, Promise<Map<string, readonly number[]>>>();
  private readonly fragments = new Map<string, Promise<PagefindFragment>>();
  private readonly groups = new Map<string, Promise<Record<string, PagefindFragment>>>();

  private constructor(
    readonly base: string,
    readonly meta: ShardMeta,
    private readonly fetch: FetchBytes,
    private readonly baseUrl: string,
  ) {}

  /**
   * Opens the shard at `base` (its folder URL, ending in `/`) from its metadata file `metaFile`.
   * `names`: the tag that page and chunk file names derive from, when the metadata lists none.
   */
  static async open(base: string, metaFile: string, fetch: FetchBytes, baseUrl = '/', names?: string): Promise<ShardReader> {
    const meta = decodeMeta(await ShardReader.load(fetch, `${base}${metaFile}`));
    const pages = pageNames(
      meta.pages.map((p) => p.hash),
      names,
    );
    const chunks = fileNames(
      meta.chunks.map((c) => c.hash),
      names,
    );
    return new ShardReader(
      base,
      {
        ...meta,
        pages: meta.pages.map((p, n) => ({ ...p, hash: pages[n]! })),
        chunks: meta.chunks.map((c, n) => ({ ...c, hash: chunks[n]! })),
      },
      fetch,
      baseUrl,
    );
  }

  /**
   * The shard without its metadata, for a search that reads the word index (postings carry their
   * page lengths): `listed` are the page names its metadata lists (`[page, name]`, the others
   * empty), from which `pageNames` derives every page's, as `open` does.
   */
  static derived(
    base: string,
    names: string | undefined,
    pages: number,
    listed: ReadonlyArray<readonly [number, string]>,
    metaFields: readonly string[],
    fetch: FetchBytes,
    baseUrl = '/',
  ): ShardReader {
    const all: string[] = Array.from({ length: pages }, () => '');
    for (const [n, name] of listed) all[n] = name;
    const meta: ShardMeta = {
      version: '',
      pages: pageNames(all, names).map((hash) => ({ hash, wordCount: 0, group: '' })),
      chunks: [],
      filters: new Map(),
      metaFields,
    };
    return new ShardReader(base, meta, fetch, baseUrl);
  }

  private static async load(fetch: FetchBytes, url: string): Promise<CborValue> {
    return unwrap(await gunzip(await fetch(url)), url);
  }

  private chunk(hash: string): Promise<WordEntry[]> {
    return remember(this.chunks, hash, () => ShardReader.load(this.fetch, `${this.base}${chunkFile(hash)}`).then(decodeChunk));
  }

  /**
   * The index entries a query word can match: every key that starts with the word's own key
   * (longer words), or, when there is none, the longest key that the word's key starts with (a
   * shorter word). Which spellings under those keys count is the caller's choice. Keys are read
   * from the chunk of the word's key and, when stemming changed the word (नई → न), the chunk of the
   * unstemmed word too, where words that Pagefind left unstemmed (compounds, acronyms) are filed.
   */
  async lookup(word: string): Promise<ShardMatch> {
    const key = indexKey(word);
    if (key === '') return { entries: [], key };
    const hashes = new Set([key, foldWord(word)].map((k) => chunkFor(this.meta.chunks, k)?.hash).filter((h) => h !== undefined));
    const entries: WordEntry[] = [];
    let longestPrefix: WordEntry | undefined;
    for (const chunk of await Promise.all([...hashes].map((h) => this.chunk(h)))) {
      for (const e of chunk) {
        if (e.key.startsWith(key)) entries.push(e);
        else if (key.startsWith(e.key) && e.key.length > (longestPrefix?.key.length ?? 0)) longestPrefix = e;
      }
    }
    if (entries.length === 0 && longestPrefix) entries.push(longestPrefix);
    return { entries, key };
  }

  /** Page numbers with `value` in filter `name`, sorted; none when the shard lacks either. */
  async filterPages(name: string, value: string): Promise<readonly number[]> {
    const hash = this.meta.filters.get(name);
    if (!hash) return [];
    const values = await remember(this.filters, hash, () =>
      ShardReader.load(this.fetch, `${this.base}${filterFile(hash)}`).then(decodeFilter),
    );
    return values.get(value) ?? [];
  }

  /** Page `page`'s stored data: URL (with the site's base path), text, metadata. */
  fragment(page: number): Promise<PagefindFragment> {
    const info = this.meta.pages[page];
    if (!info) return Promise.reject(new Error(`no page ${page} in ${this.base}`));
    return remember(this.fragments, info.hash, async () => {
      // Bundled page data (`maxFragmentsPerShard`): one file holds several pages, fetched once.
      const raw = info.group
        ? (await remember(this.groups, info.group, () => this.json<Record<string, PagefindFragment>>(fragmentFile(info.group))))[info.hash]
        : await this.json<PagefindFragment>(fragmentFile(info.hash));
      if (!raw) throw new Error(`no data for page ${info.hash} in ${this.base}`);
      return {
        url: joinUrl(this.baseUrl, raw.url),
        content: raw.content.replace(/\u200b/g, ''),
        meta: raw.meta ?? {},
        word_count: raw.word_count,
      };
    });
  }

  private async json<T>(path: string): Promise<T> {
    const url = `${this.base}${path}`;
    return JSON.parse(text.decode(payload(await gunzip(await this.fetch(url)), url))) as T;
  }
}

/** `/news/` + `/2026/11/x/` → `/news/2026/11/x/`; absolute URLs stay. */
export function joinUrl(baseUrl: string, url: string): string {
  if (/^(https?:)?\/\//.test(url)) return url;
  return `${baseUrl}/${url}`.replace(/\/+/g, '/');
}
