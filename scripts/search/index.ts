import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { debuglog } from 'node:util';
import type { Article } from '../catalog/types.ts';
import { bundleSearchScript } from './bundle.ts';
import { MANIFEST_PATH, type SearchManifest, type ShardInfo } from './manifest.ts';
import { RUNTIME_MODULE } from './pagefind-format.ts';
import { indexShards, indexShardsInWorker, type ShardJob, type ShardSettings } from './shard-runner.ts';
import { articleRecord } from './records.ts';
import { DEFAULT_MAX_SHARD_ARTICLES } from '../content/search-settings.ts';
import { packMonths, planShards, type ShardPlan } from './shards.ts';
import { writeWordIndex } from './word-index.ts';
import { shardKeys, unitArticles } from './unit-keys.ts';
import { PreviousIndex, writeBuckets } from './previous-index.ts';
import { startVocabulary } from './vocab-stage.ts';
import { TextDigests } from './text-digests.ts';
import { UnitCache } from './cache.ts';

export { prestartSearchWorker } from './worker-start.ts';

const log = debuglog('samachar:search');

/** Options of `buildSearchIndex`. */
export interface SearchIndexOptions {
  /** The rendered site (a temporary folder during a build); the index goes to `<outDir>/pagefind/`. */
  outDir: string;
  /** The catalog's articles, newest first. */
  articles: readonly Article[];
  /** The site's public URL; its path (`/news/` in `https://example.com/news/`) prefixes result links. */
  site?: { url?: string };
  /** Most articles per shard of a split archive (default `DEFAULT_MAX_SHARD_ARTICLES`). */
  maxShardArticles?: number;
  /** An archive of at most this many articles is one shard (default: `maxShardArticles`). */
  oneShardUpTo?: number;
  /** Most articles Pagefind indexes at once (default `DEFAULT_UNIT_ARTICLES`; see `planShards`). */
  unitArticles?: number;
  /**
   * Index at most this many characters of each story's text (default: all). Pagefind's time and
   * memory grow with the text it reads (about 2.5 s of CPU per 1,000 stories of 2,200 characters);
   * the opening of a news story carries most of what readers search for, the rest mostly answers
   * detailed questions. See the eval figures in docs/search.md before lowering it.
   */
  maxContentChars?: number;
  /**
   * Pagefind writes one small file per story (what a result shows); hosts that limit the number
   * of files (Cloudflare Pages: 20,000) can have them bundled into at most this many per shard.
   * Each shown result then downloads its whole bundle, so leave it unset where files are free.
   */
  maxFragmentsPerShard?: number;
  /**
   * Shards built at the same time, each in its own Pagefind process (default 1). Two use both
   * cores of a small CI runner once rendering is done, at the cost of two shards' memory at once
   * (about 0.23 GB per 1,000 stories each).
   */
  concurrency?: number;
  /**
   * Also write Pagefind's own browser runtime and entry files (default false). Readers never load
   * them (the search reads the index itself); the eval's plain-Pagefind baseline and the tests that
   * check the reader against Pagefind do.
   */
  pagefindRuntime?: boolean;
  /** Bundle the browser script into `<outDir>/pagefind/search.js` (default true). */
  bundle?: boolean;
  /**
   * A folder where shard indexes are kept between builds (see `ShardCache`): a shard whose records
   * did not change is linked from there instead of being indexed again. Default: no cache.
   */
  cacheDir?: string;
  /**
   * What a story's text is made from, by its file (the story cache's `versionOf`): with a
   * `cacheDir`, the digests of unchanged stories' texts are remembered by it (`TextDigests`).
   */
  storyVersion?: (sourcePath: string) => string | undefined;
  /**
   * The `pagefind/` folder of the site this build updates, moved out of it (build/previous-site.ts):
   * its shard folders, word files and buckets that the new index holds unchanged are moved into
   * place instead of written or linked again (`PreviousIndex`). The caller removes what is left.
   */
  previous?: string;
  /**
   * Talk to Pagefind from a worker thread (default true), so that rendering on the main thread
   * does not keep the Pagefind processes waiting for their next records (see `indexShardsInWorker`).
   */
  worker?: boolean;
}

/** What a search build did: shard count, shards taken whole from the cache, stories Pagefind indexed, files written, wall time in seconds. */
export interface SearchIndexResult {
  shards: number;
  cached: number;
  indexed: number;
  files: number;
  seconds: number;
}

/**
 * Builds the search for a rendered site: one Pagefind index per shard (runs of months, newest
 * first; built one after another, or `concurrency` at a time, so memory stays bounded; unchanged
 * ones from the cache), the romanised-word map, the manifest that ties them together, and the
 * bundled browser script. Works from the catalog's text, never re-reads HTML.
 * Throws `PagefindError` when Pagefind reports a problem.
 */
export async function buildSearchIndex(opts: SearchIndexOptions): Promise<SearchIndexResult> {
  const started = performance.now();
  const root = join(opts.outDir, 'pagefind');
  const max = opts.maxShardArticles ?? DEFAULT_MAX_SHARD_ARTICLES;
  // Pagefind's runtime ranks each shard by its own word statistics: builds for it keep whole months, no tail.
  const plans: ShardPlan[] = opts.pagefindRuntime
    ? packMonths(opts.articles, max, opts.oneShardUpTo).map((p) => ({ ...p, units: [] }))
    : planShards(opts.articles, max, opts.oneShardUpTo, opts.unitArticles);
  const shards: ShardInfo[] = [];
  const tag = createHash('sha256');
  let files = 0;
  // Units' cache keys from the catalog: a merge then makes the records of its changed units only.
  // Made with or without a cache, since the shard's key names its files: same site either way.
  const keyed = !opts.maxFragmentsPerShard;
  const digests = new TextDigests(opts.cacheDir ? new UnitCache(opts.cacheDir) : undefined, opts.storyVersion);
  const jobs: ShardJob[] = plans.map((plan) => ({
    id: plan.id,
    dir: join(root, plan.id),
    withRuntime: opts.pagefindRuntime === true,
    size: plan.articles.length,
    ...(plan.units.length > 0 ? { units: plan.units } : {}),
    ...(plan.tail ? { tail: true } : {}),
    ...(keyed && plan.units.length > 0
      ? { keys: shardKeys(plan.articles, plan.units, plan.tail === true, opts.maxContentChars, digests.of) }
      : {}),
  }));
  const recordsOf = (i: number, units?: readonly number[]) =>
    (units ? unitArticles(plans[i]!.articles, plans[i]!.units, units) : plans[i]!.articles).map((a) =>
      articleRecord(a, opts.maxContentChars),
    );
  const settings: ShardSettings = {
    concurrency: opts.concurrency ?? 1,
    ...(opts.maxFragmentsPerShard ? { maxFragments: opts.maxFragmentsPerShard } : {}),
    ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}),
    ...(opts.previous ? { previous: opts.previous } : {}),
  };
  const indexing = (opts.worker === false ? indexShards : indexShardsInWorker)(jobs, recordsOf, settings);
  // Written once the main thread is free: related stories and pages wait for it, the memo does not.
  setImmediate(() => digests.save());
  const roman = startVocabulary(opts.articles, plans, jobs, opts.cacheDir);
  const { outputs, cached, indexed } = await indexing;
  // In plan order, whatever order the shards finished in: same input, same manifest.
  for (const [i, plan] of plans.entries()) {
    const out = outputs[i]!;
    files += out.files;
    tag.update(`${plan.id}/${out.meta}\n`);
    shards.push({
      id: plan.id,
      path: `pagefind/${plan.id}/`,
      meta: out.meta,
      ...(out.names ? { names: out.names } : {}),
      articles: plan.articles.length,
      newest: plan.articles[0]!.date,
      oldest: plan.articles[plan.articles.length - 1]!.date,
    });
  }

  const { roman: buckets, typos } = await roman;
  const previous = opts.previous ? new PreviousIndex(opts.previous) : undefined;
  for (const [folder, list] of [
    ['roman', buckets],
    ['typos', typos],
  ] as const) {
    writeBuckets(join(root, folder), list, previous, folder);
    files += list.length;
    tag.update(list.join('\n'));
  }

  // One key order over every shard but the tail, so a query reads one file per word, not one per word and shard.
  const words = writeWordIndex(opts.outDir, shards, {
    leaveOut: plans[0]?.tail ? 1 : 0,
    ...(opts.cacheDir ? { cacheDir: opts.cacheDir } : {}),
    ...(previous ? { previous } : {}),
  });
  if (words) {
    files += words.files + words.dirs.length;
    tag.update(words.tag);
  }

  const manifest: SearchManifest = {
    version: 1,
    baseUrl: basePath(opts.site?.url),
    ...(opts.pagefindRuntime && shards.length > 0 ? { runtime: `${shards[0]!.path}${RUNTIME_MODULE}` } : {}),
    cacheTag: tag.digest('hex').slice(0, 12),
    shards,
    roman: { path: 'pagefind/roman/', buckets: buckets.length },
    typos: { path: 'pagefind/typos/', buckets: typos.length },
    ...(words ? { words } : {}),
  };
  writeFileSync(join(opts.outDir, MANIFEST_PATH), `${JSON.stringify(manifest, null, 1)}\n`);
  files += 1;
  if (opts.bundle ?? true) {
    await bundleSearchScript(opts.outDir);
    files += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  log('search: %d shards, %d stories indexed, %d files in %ss', shards.length, indexed, files, seconds.toFixed(1));
  return { shards: shards.length, cached, indexed, files, seconds };
}

/** `https://example.com/news` → `/news/`; no URL → `/`. */
function basePath(url: string | undefined): string {
  if (!url) return '/';
  const path = new URL(url, 'http://localhost/').pathname;
  return path.endsWith('/') ? path : `${path}/`;
}
