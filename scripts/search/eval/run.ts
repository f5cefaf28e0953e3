import type { SearchEngine } from '../browser/engine.ts';
import type { PagefindApi } from '../browser/pagefind-types.ts';
import type { EvalQuery } from './derive.ts';
import { scoreQuery, summarize, type QueryScore, type Summary } from './metrics.ts';

/** Ranked result URLs of a query, top `k`, through the engine (what readers get). */
async function engineUrls(engine: SearchEngine, query: string, k: number, exact: boolean): Promise<{ urls: string[]; honest: boolean }> {
  const { results, corrections } = await engine.search(query, {}, 'relevance', exact);
  const urls = await Promise.all(results.slice(0, k).map(async (r) => (await r.best.data()).url));
  return { urls, honest: results.length === 0 || corrections.length > 0 };
}

/** The same, through plain Pagefind: the whole query in one call, Pagefind's own ranking. */
async function pagefindUrls(pagefind: PagefindApi, query: string, k: number): Promise<{ urls: string[]; honest: boolean }> {
  const { results } = await pagefind.search(query);
  return { urls: await Promise.all(results.slice(0, k).map(async (r) => (await r.data()).url)), honest: results.length === 0 };
}

/** Per-type and overall summaries, plus the failed queries (for reading, with `--verbose`). */
export interface EvalReport {
  all: Summary;
  types: Record<string, Summary>;
  misses: Array<EvalQuery & { got: string[] }>;
  /**
   * Queries with no relevant story (words the archive lacks), per type: the share that returned
   * nothing or said which correction it searched instead of passing off other words as the answer.
   */
  honesty: Record<string, { queries: number; share: number }>;
}

/**
 * Runs every query and scores it against its relevant ids; `urlToId` maps result URLs back to
 * record ids. With `pagefind` given, runs plain Pagefind instead of the engine (the baseline);
 * with `exact`, the engine without typo corrections (for comparison). `engine` may be a function
 * that opens one: each query then gets its own, so memory stays that of one query (an engine
 * remembers every entry it decoded; at 100,000 stories, gigabytes within a hundred queries).
 */
export async function runEval(
  queries: readonly EvalQuery[],
  urlToId: ReadonlyMap<string, string>,
  engine: SearchEngine | (() => Promise<SearchEngine>),
  pagefind?: PagefindApi,
  exact = false,
): Promise<EvalReport> {
  const byType = new Map<string, QueryScore[]>();
  const all: QueryScore[] = [];
  const misses: EvalReport['misses'] = [];
  const honest = new Map<string, number[]>();
  for (const q of queries) {
    const { urls, honest: said } = pagefind
      ? await pagefindUrls(pagefind, q.query, 10)
      : await engineUrls(typeof engine === 'function' ? await engine() : engine, q.query, 10, exact);
    const ids = urls.map((u) => urlToId.get(u) ?? u);
    if (q.relevant.length === 0) {
      const list = honest.get(q.type) ?? [];
      honest.set(q.type, [...list, said ? 1 : 0]);
      if (!said) misses.push({ ...q, got: ids.slice(0, 3) });
      continue;
    }
    const s = scoreQuery(ids, q.relevant);
    all.push(s);
    const list = byType.get(q.type) ?? [];
    list.push(s);
    byType.set(q.type, list);
    if (s.rr10 < 1) misses.push({ ...q, got: ids.slice(0, 3) });
  }
  const types: Record<string, Summary> = {};
  for (const [t, list] of byType) types[t] = summarize(list);
  const honesty: EvalReport['honesty'] = {};
  for (const [t, list] of honest)
    honesty[t] = { queries: list.length, share: Number((list.reduce((a, b) => a + b, 0) / list.length).toFixed(4)) };
  return { all: summarize(all), types, misses, honesty };
}
