import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { MANIFEST_PATH, type SearchManifest } from '../manifest.ts';
import type { ArchiveIndex } from '../browser/archive-index.ts';
import { openArchive } from '../browser/open-archive.ts';
import { createEngine, type SearchEngine } from '../browser/engine.ts';
import type { PagefindApi } from '../browser/pagefind-types.ts';
import { openPagefind } from './pagefind-baseline.ts';
import { romanLookup } from '../browser/roman-lookup.ts';
import { typoLookup } from '../browser/typo-lookup.ts';

/** One file the search fetched, with the bytes a reader would download for it. */
export interface Transfer {
  path: string;
  bytes: number;
}

/**
 * The search fetches its files with the global `fetch`, which in Node cannot read `file:` URLs.
 * This serves them from disk and records each transfer. Pagefind's index files are already
 * gzip-compressed; JS and JSON are counted gzip-compressed, as a CDN serves them.
 */
const log: Transfer[] = [];
let installed = false;
function installFileFetch(): void {
  if (installed) return;
  installed = true;
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!href.startsWith('file:')) return original(input, init);
    const url = new URL(href);
    url.search = '';
    const path = fileURLToPath(url);
    let body: Buffer;
    try {
      body = readFileSync(path);
    } catch {
      return new Response('not found', { status: 404 });
    }
    // A Range request (positions of the word index) gets those bytes, counted as one file of the session.
    const range = /^bytes=(\d+)-(\d+)$/.exec(new Headers(init?.headers).get('range') ?? '');
    if (range) {
      const part = body.subarray(Number(range[1]), Number(range[2]) + 1);
      log.push({ path: `${path}#${range[1]}-${range[2]}`, bytes: part.length });
      return new Response(new Uint8Array(part), { status: 206 });
    }
    log.push({ path, bytes: /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length });
    return new Response(new Uint8Array(body), { status: 200 });
  }) as typeof fetch;
}

/** A built search opened in Node through the same code the browser runs. */
export interface OpenedSearch {
  manifest: SearchManifest;
  engine: SearchEngine;
  /** The index as the engine reads it. */
  index: ArchiveIndex;
  /** Pagefind's own runtime over the same index: only when asked for (`pagefind`) and built with `pagefindRuntime`. */
  pagefind: PagefindApi | undefined;
}

/** Files the searches fetched since the last call (then forgotten), for download sizes. */
export function takeTransfers(): Transfer[] {
  return log.splice(0);
}

/** Options of `openBuiltSearch`. */
export interface OpenOptions {
  /** Also open Pagefind's own runtime, with these options (see `openPagefind`). */
  pagefind?: Record<string, unknown>;
  /**
   * Opens a separate copy of Pagefind's runtime module. Pagefind keeps its WebAssembly in module
   * state, so two searches over the same folder in one process each need their own copy.
   */
  fresh?: string;
  /** Read each shard's metadata and chunks even when the index has a word index (the reading before it, for comparison). */
  shardByShard?: boolean;
}

/** Opens the search of a built site folder (`outDir` of `buildSearchIndex`) for evals and tests. */
export async function openBuiltSearch(outDir: string, options: OpenOptions = {}): Promise<OpenedSearch> {
  installFileFetch();
  const siteBase = pathToFileURL(join(outDir, '/')).href;
  const manifest = (await (await fetch(new URL(MANIFEST_PATH, siteBase))).json()) as SearchManifest;
  const suffix = options.fresh ? `?${encodeURIComponent(options.fresh)}` : '';
  const pagefind =
    options.pagefind && manifest.runtime
      ? await openPagefind(manifest, siteBase, (url) => import(url + suffix), options.pagefind)
      : undefined;
  const loadJson = async (path: string) => (await fetch(new URL(path, siteBase))).json();
  const index = await openArchive(manifest, siteBase, undefined, options.shardByShard);
  const engine = createEngine(index, romanLookup(manifest.roman, loadJson), manifest.typos && typoLookup(manifest.typos, loadJson));
  return { manifest, engine, index, pagefind };
}
