import { resolve } from 'node:path';
import { debuglog } from 'node:util';
import Eleventy from '@11ty/eleventy';
import { setSiteModel, type SiteModel } from '../eleventy/site-model.ts';
import type { RenderFocus } from '../eleventy/dev-focus.ts';

const log = debuglog('samachar:render');
const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/**
 * Articles per Eleventy run. Eleventy keeps every rendered page of a run in memory until the run
 * ends (write() resolves to all results, content included): about 30 KB a Hindi page, so 100,000
 * pages in one run need 3+ GB on top of the catalog. Runs of 10,000 articles bound that to ~300 MB
 * at the cost of ~0.3 s of set-up per run.
 */
export const ARTICLES_PER_RUN = 10_000;

/**
 * Eleventy 3.1 writes pages with writeFileSync unless `templateHandling.writeMode` is "async",
 * but reads that setting from its internal TemplateConfig, where `configureTemplateHandling()`
 * never puts it. On this project's CI disks a page write waits ~0.5 ms on the disk, so 100,000
 * synchronous writes cost minutes; async writes overlap in libuv's thread pool (sized by
 * UV_THREADPOOL_SIZE in package.json). Measured: README, "Performance".
 */
function enableAsyncWrites(elev: Eleventy): void {
  const internal = elev as unknown as { eleventyConfig?: { templateHandling?: { writeMode?: string } } };
  if (internal.eleventyConfig) internal.eleventyConfig.templateHandling = { writeMode: 'async' };
}

/** The runs of a build: the first renders listings and site pages with the first articles. */
export function planRuns(model: SiteModel, perRun = ARTICLES_PER_RUN): RenderFocus[] {
  const { articles } = model.catalog;
  const runs: RenderFocus[] = [];
  for (let i = 0; i === 0 || i < articles.length; i += perRun) {
    runs.push({ articles: articles.slice(i, i + perRun), listings: i === 0 ? model.listings : [] });
  }
  return runs;
}

async function renderRun(model: SiteModel, outDir: string): Promise<number> {
  setSiteModel(model);
  const cwd = process.cwd();
  process.chdir(PROJECT_ROOT);
  try {
    const elev = new Eleventy('content', outDir, { configPath: '.eleventy.ts', quietMode: true });
    await elev.init();
    enableAsyncWrites(elev);
    // write() resolves to [passthrough copies, templates]; count the pages.
    const result = (await elev.write()) as unknown[];
    return (Array.isArray(result[1]) ? result[1] : result.flat()).length;
  } finally {
    process.chdir(cwd);
    setSiteModel(undefined);
  }
}

/**
 * Renders the whole site into `outDir` with Eleventy, in runs of at most `perRun` articles so
 * memory stays bounded whatever the archive's size. Pages that are not articles or listings
 * (home, search, 404, …) are rendered again by every run: a few pages, same bytes.
 * Returns the number of distinct pages written.
 */
export async function renderSite(model: SiteModel, outDir: string, perRun = ARTICLES_PER_RUN): Promise<number> {
  const runs = planRuns(model, perRun);
  let pages = 0;
  for (const [i, focus] of runs.entries()) {
    const written = await renderRun({ ...model, focus }, outDir);
    pages += i === 0 ? written : focus.articles.length;
    log('run %d/%d: %d pages', i + 1, runs.length, written);
  }
  return pages;
}
