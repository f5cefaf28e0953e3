import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SEARCH_SCRIPT } from '../bundle.ts';
import { openBuiltSearch, takeTransfers, type Transfer } from './node-runtime.ts';

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

/** The files one query fetches on a fresh page (opening the index included), showing `pageSize` results. */
async function freshQuery(outDir: string, q: string, pageSize: number, tag: string, shardByShard: boolean): Promise<Transfer[]> {
  takeTransfers();
  const { engine } = await openBuiltSearch(outDir, { fresh: tag, shardByShard });
  const { results } = await engine.search(q);
  await Promise.all(results.slice(0, pageSize).map((r) => engine.view(r)));
  return takeTransfers();
}

/**
 * Replays `queries` as one reader's session, showing `pageSize` results per query as the search
 * page does, and counts what each query fetched that the session had not fetched before. The search
 * page itself (HTML, site CSS) is not counted: every page of the site has those.
 *
 * Each query runs on a fresh copy of the runtime and the session is the set of files already
 * fetched (as the browser's cache keeps them): a query fetches the same files whatever the runtime
 * holds, so the bytes are those of one runtime kept for the whole session, but memory stays that of
 * one query. One runtime for 100 queries at 100,000 stories held more than 4 GB of decoded index
 * entries and remembered lookups, and the replay ran out of memory.
 */
export async function measureDownloads(
  outDir: string,
  queries: readonly string[],
  pageSize: number,
  firstSamples = 0,
  shardByShard = false,
): Promise<DownloadReport> {
  const script = gzipSync(readFileSync(join(outDir, SEARCH_SCRIPT))).length;
  // Opening belongs to the first query: the page opens the index when the reader first searches.
  const firsts: number[] = [];
  for (const [i, q] of queries.slice(0, firstSamples).entries())
    firsts.push((await freshQuery(outDir, q, pageSize, `first-${i}`, shardByShard)).reduce((a, f) => a + f.bytes, script));
  const seen = new Set<string>();
  const sizes: number[] = [];
  let firstFiles: DownloadReport['firstFiles'] = [];
  for (const [i, q] of queries.entries()) {
    const files = (await freshQuery(outDir, q, pageSize, `session-${i}`, shardByShard)).filter(
      (f) => !seen.has(f.path) && seen.add(f.path),
    );
    const bytes = files.reduce((a, f) => a + f.bytes, 0);
    if (i > 0) {
      sizes.push(bytes);
      continue;
    }
    sizes.push(bytes + script);
    firstFiles = files.map((f) => ({ path: f.path.slice(outDir.length), bytes: f.bytes }));
    firstFiles.push({ path: `/${SEARCH_SCRIPT}`, bytes: script });
    firstFiles.sort((a, b) => b.bytes - a.bytes);
  }
  return { first: sizes[0] ?? 0, later: sizes.slice(1), firstFiles, firsts };
}
