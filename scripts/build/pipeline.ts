import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { debuglog } from 'node:util';
import type { BuildInput, SiteModel } from '../eleventy/model.ts';
import { prepareSite, type PrepareOptions } from './site-model.ts';
import type { Catalog } from '../catalog/types.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { renderSite } from './render.ts';
import { buildSearchIndex, prestartSearchWorker } from '../search/index.ts';
import { staleEntries } from '../search/cache.ts';
import { discard, recoverOut, removeInBackground, removeLeftovers, swapInto, tempDirFor } from '../publish/swap.ts';
import { runAfterRender } from './stages.ts';
import { KeptFiles } from './kept-files.ts';
import { acquireBuildLock } from '../publish/build-lock.ts';
import { pausePoint } from '../publish/pause-point.ts';
import { planPages } from './incremental.ts';
import { keepUnchanged, type OutputChanges } from './output-diff.ts';
import { takePrevious, type PreviousSite } from './previous-site.ts';
import { ContentCache } from '../content/index.ts';
import { StoryCache } from '../content/story-cache.ts';
import { codeStamp } from './stamps.ts';
import { mainThreadCpu, stageCpu } from './thread-cpu.ts';

const log = debuglog('samachar:build');

/** How to run a build. */
export interface BuildOptions {
  /** Pages per Eleventy run (see render.ts). */
  pagesPerRun?: number;
  /** Called with a line of progress after each stage (the CLI prints them on stderr). */
  progress?: (line: string) => void;
  /**
   * A folder for what later builds can reuse: `<cacheDir>/search/`, the search index of shards
   * whose stories did not change; `<cacheDir>/pages/`, rendered pages by the digest of what they
   * show (incremental.ts). Default: none, every build renders and indexes everything.
   */
  cacheDir?: string;
  /** false: render every page even with a `cacheDir` (which then serves the search index only). */
  reusePages?: boolean;
  /**
   * How long to wait for another build into the same `outDir` to end before giving up with
   * `BuildLockError` (default `DEFAULT_LOCK_WAIT_MS` in build-lock.ts).
   */
  lockWaitMs?: number;
  /** See PrepareOptions.onLoaded (the CLI prints the warnings there; throwing stops the build before anything is written). */
  onLoaded?: PrepareOptions['onLoaded'];
}

/**
 * The search index needs only the catalog's text: Pagefind (its own processes) starts as soon as
 * the catalog exists and indexes while related stories are computed and pages render.
 */
function startSearch(
  catalog: Catalog,
  site: SiteConfig,
  outDir: string,
  cacheDir: string | undefined,
  seconds: Record<string, number>,
  say: (line: string) => void,
  previous: string | undefined,
  storyVersion?: (sourcePath: string) => string | undefined,
): Promise<unknown> {
  const t = performance.now();
  const cfg = site.search;
  const search = buildSearchIndex({
    outDir,
    articles: catalog.articles,
    site,
    concurrency: cfg.workers,
    maxShardArticles: cfg.maxShardArticles,
    oneShardUpTo: cfg.oneShardUpTo,
    ...(cfg.maxContentChars ? { maxContentChars: cfg.maxContentChars } : {}),
    ...(cfg.maxFragmentsPerShard ? { maxFragmentsPerShard: cfg.maxFragmentsPerShard } : {}),
    ...(cacheDir ? { cacheDir: join(cacheDir, 'search') } : {}),
    ...(previous ? { previous } : {}),
    ...(storyVersion ? { storyVersion } : {}),
  }).then((r) => {
    seconds.search = (performance.now() - t) / 1000;
    const reused = r.cached > 0 ? ` (${r.cached} unchanged, from the cache)` : '';
    say(`search index: ${r.shards} shards${reused}, ${r.files} files in ${seconds.search.toFixed(1)} s`);
  });
  // Awaited after rendering; this keeps a failure before then from being reported as unhandled.
  search.catch(() => {});
  // What the new index did not take over of the previous site's (a temporary folder of this build).
  if (previous) void search.finally(() => removeInBackground([previous])).catch(() => {});
  return search;
}

/** What a build did: the model it rendered, stage times and the page count. */
export interface BuildResult {
  model: SiteModel;
  seconds: Record<string, number>;
  pages: number;
  /** Of `pages`, those taken from the page cache instead of rendered. */
  reused: number;
  /** Files of the new site against the one it replaced (undefined for the first build into outDir). */
  changes?: OutputChanges;
  outDir: string;
}

/**
 * The whole build: load + validate → catalog → related → render → search index → publish.
 * Everything is written into a temporary folder; `outDir` is replaced only when every stage
 * succeeded, so a failed build leaves the previous site exactly as it was. One build at a time
 * writes an `outDir` (a lock file next to it): a second one waits for the first.
 * Throws `ContentErrors` for content problems (nothing written), `BuildLockError` when the wait
 * for another build is over.
 */
export async function buildSite(input: BuildInput, outDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const say = options.progress ?? (() => {});
  const release = await acquireBuildLock(outDir, { say, ...(options.lockWaitMs !== undefined ? { waitMs: options.lockWaitMs } : {}) });
  try {
    const restored = recoverOut(outDir);
    if (restored) say(`${outDir} was missing after a build was stopped mid-swap; put back the previous site from ${restored}`);
    const leftovers = removeLeftovers(outDir);
    if (leftovers.length > 0) say(`removing what stopped builds left next to ${outDir}: ${leftovers.join(', ')}`);
    pausePoint('locked');
    return await buildLocked(input, outDir, options);
  } finally {
    release();
  }
}

async function buildLocked(input: BuildInput, outDir: string, options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const startedAt = Date.now();
  const say = options.progress ?? (() => {});
  const seconds: Record<string, number> = {};
  let search: Promise<unknown> = Promise.resolve();
  let tmp = '';
  let model: SiteModel;
  const cpu = stageCpu();
  // Its modules load beside validation; it waits for the catalog's jobs (see startSearch).
  prestartSearchWorker();
  // Stories read and validated by earlier builds, by their bytes: a merge parses only what it changed.
  const stories = options.cacheDir ? new StoryCache(join(options.cacheDir, 'stories'), codeStamp()) : undefined;
  // With page reuse, the site of the build before last is updated into the new one (previous-site.ts).
  const reusePages = options.cacheDir !== undefined && options.reusePages !== false;
  let previous: PreviousSite | undefined;
  try {
    model = prepareSite(input, {
      ...(stories ? { cache: Object.assign(new ContentCache(), { stories }) } : {}),
      ...(options.cacheDir ? { relatedCacheDir: join(options.cacheDir, 'related') } : {}),
      ...(stories ? { storyVersion: (path: string) => stories.versionOf(path) } : {}),
      ...(options.onLoaded ? { onLoaded: options.onLoaded } : {}),
      onCatalog: (catalog, site) => {
        cpu.mark('validate');
        previous = reusePages ? takePrevious(outDir, options.cacheDir!) : undefined;
        tmp = previous?.dir ?? tempDirFor(outDir);
        search = startSearch(
          catalog,
          site,
          tmp,
          options.cacheDir,
          seconds,
          say,
          previous?.search,
          stories && ((path) => stories.versionOf(path)),
        );
      },
    });
  } catch (e) {
    if (tmp) {
      await search.catch(() => {});
      discard(tmp);
    }
    throw e;
  }
  Object.assign(seconds, model.seconds);
  cpu.mark('related');
  say(
    `validated ${model.catalog.articles.length} articles${stories ? ` (${stories.hits} story files unchanged, from the cache)` : ''} in ${seconds.validate!.toFixed(1)} s; related stories in ${seconds.related!.toFixed(1)} s`,
  );
  try {
    let t = performance.now();
    const plan =
      options.cacheDir && reusePages
        ? planPages(model, options.cacheDir, tmp, resolve(outDir), (path) => stories?.digestOf(path), previous)
        : undefined;
    if (plan) {
      seconds.reuse = (performance.now() - t) / 1000;
      cpu.mark('reuse');
      say(`${plan.reused} pages unchanged since an earlier build, from the cache, in ${seconds.reuse.toFixed(1)} s`);
      t = performance.now();
    }
    const [rendered] = await Promise.all([
      renderSite(model, tmp, options.pagesPerRun, say, plan?.render).then((p) => {
        seconds.render = (performance.now() - t) / 1000;
        cpu.mark('render');
        return p;
      }),
      search,
    ]);
    const pages = rendered + (plan?.reused ?? 0);
    log('rendered %d pages in %ds', rendered, seconds.render);
    say(`rendered ${rendered} pages in ${(seconds.render ?? 0).toFixed(1)} s`);
    cpu.mark('search');
    // Files beside the pages: those of the previous site written again with the same bytes stay as they are.
    const kept = options.cacheDir ? new KeptFiles(tmp, previous?.kept, previous?.sealedAt) : undefined;
    Object.assign(seconds, await runAfterRender(model, tmp, kept));
    cpu.mark('afterRender');
    t = performance.now();
    const listed: string[] = [];
    const liveListed: string[] = [];
    const live = kept ? { ...plan?.live, sameBytes: kept.sameAsLive(options.cacheDir!, resolve(outDir)) } : plan?.live;
    const changes = existsSync(outDir) ? keepUnchanged(resolve(outDir), tmp, live, listed, liveListed) : undefined;
    if (changes) seconds.compare = (performance.now() - t) / 1000;
    kept?.save(options.cacheDir!, resolve(outDir));
    cpu.mark('compare');
    t = performance.now();
    const old = swapInto(tmp, outDir, plan !== undefined);
    plan?.finish(resolve(outDir), changes ? listed : undefined, old, changes ? liveListed : undefined);
    stories?.save();
    // Shard indexes this build did not use (a few kept for preview builds and other branches).
    if (options.cacheDir) removeInBackground(staleEntries(join(options.cacheDir, 'search'), startedAt));
    seconds.publish = (performance.now() - t) / 1000;
    seconds.total = (performance.now() - started) / 1000;
    cpu.mark('publish');
    log('main thread CPU seconds by stage: %j; %d since the process started', cpu.seconds, mainThreadCpu());
    return { model, seconds, pages, reused: plan?.reused ?? 0, ...(changes ? { changes } : {}), outDir: resolve(outDir) };
  } catch (e) {
    await search.catch(() => {});
    discard(tmp);
    throw e;
  }
}
