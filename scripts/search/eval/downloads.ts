import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SEARCH_SCRIPT } from '../bundle.ts';
import type { SearchEngine } from '../browser/engine.ts';
import { openBuiltSearch, takeTransfers } from './node-runtime.ts';

/** Bytes a reader downloads per query of a session (gzip-compressed where a CDN would compress). */
export interface DownloadReport {
  /** The first query: search script, manifest, each shard's metadata, index chunks, results. */
  first: number;
  /** Each later query: new index chunks, romanised-map buckets and result data. */
  later: number[];
  /** Files fetched by the first query, largest first (what the first figure is made of). */
  firstFiles: Array<{ path: string; bytes: number }>;
  /**
   * The first `firstSamples` queries of the session, each as a reader's first query: what one
   * query costs on a fresh page depends on its words (a common word's index chunks are bigger), so
   * the first query is reported over many, not one.
   */
  firsts: number[];
}

/**
 * Replays `queries` as one reader's session on a fresh copy of the runtime, showing `pageSize`
 * results per query as the search page does, and counts what each query fetched. The search page
 * itself (HTML, site CSS) is not counted: every page of the site has those.
 */
export async function measureDownloads(
  outDir: string,
  queries: readonly string[],
  pageSize: number,
  firstSamples = 0,
  shardByShard = false,
): Promise<DownloadReport> {
  const script = gzipSync(readFileSync(join(outDir, SEARCH_SCRIPT))).length;
  takeTransfers();
  const once = async (engine: SearchEngine, q: string) => {
    const { results } = await engine.search(q);
    await Promise.all(results.slice(0, pageSize).map((r) => engine.view(r)));
    return takeTransfers();
  };
  // Opening belongs to the first query: the page opens the index when the reader first searches.
  const firsts: number[] = [];
  for (const [i, q] of queries.slice(0, firstSamples).entries()) {
    const { engine } = await openBuiltSearch(outDir, { fresh: `first-${i}`, shardByShard });
    firsts.push((await once(engine, q)).reduce((a, f) => a + f.bytes, script));
  }
  const { engine } = await openBuiltSearch(outDir, { fresh: 'downloads', shardByShard });
  const sizes: number[] = [];
  let firstFiles: DownloadReport['firstFiles'] = [];
  for (const q of queries) {
    const files = await once(engine, q);
    const bytes = files.reduce((a, f) => a + f.bytes, 0);
    if (sizes.length === 0) {
      sizes.push(bytes + script);
      firstFiles = files.map((f) => ({ path: f.path.slice(outDir.length), bytes: f.bytes }));
      firstFiles.push({ path: `/${SEARCH_SCRIPT}`, bytes: script });
      firstFiles.sort((a, b) => b.bytes - a.bytes);
    } else sizes.push(bytes);
  }
  return { first: sizes[0] ?? 0, later: sizes.slice(1), firstFiles, firsts };
}
