import { resolve } from 'node:path';
import { debuglog } from 'node:util';
import Eleventy from '@11ty/eleventy';
import { attachModel, type SiteModel } from '../eleventy/model.ts';
import type { RenderFocus } from '../eleventy/dev-focus.ts';
import { useBoundedAsyncWrites } from '../eleventy/io.ts';
import type { Article } from '../catalog/types.ts';
import type { ListingPage } from '../catalog/group.ts';

/** The article and listing pages to render (an incremental build's changed pages); default all. */
export interface RenderSubset {
  articles: readonly Article[];
  listings: readonly ListingPage[];
}

const log = debuglog('samachar:render');
const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/**
 * Pages per Eleventy run. Eleventy keeps every rendered page of a run in memory until the run
 * ends (write() resolves to all results, content included): about 30 KB a Hindi page, so 100,000
 * pages in one run need 3+ GB on top of the catalog. Runs of 5,000 pages bound that to ~150 MB
 * at the cost of ~0.3 s of set-up per run (measured at 100,000 articles: the build's peak 5.5 →
 * 5.3 GB against runs of 10,000, no slower).
 */
export const PAGES_PER_RUN = 5_000;

/**
 * The runs of a build: article pages, then listing pages, `perRun` pages a run. Every run also
 * renders the handful of site pages (home, search, 404, …): same bytes each time.
 */
export function planRuns(model: SiteModel, perRun = PAGES_PER_RUN, only?: RenderSubset): RenderFocus[] {
  const { articles, listings } = only ?? { articles: model.catalog.articles, listings: model.listings };
  const total = articles.length + listings.length;
  const runs: RenderFocus[] = [];
  for (let i = 0; i === 0 || i < total; i += perRun) {
    const end = i + perRun;
    runs.push({
      articles: articles.slice(Math.min(i, articles.length), Math.min(end, articles.length)),
      listings: listings.slice(Math.max(0, i - articles.length), Math.max(0, end - articles.length)),
      siteFiles: i === 0,
    });
  }
  return runs;
}

async function renderRun(model: SiteModel, outDir: string): Promise<number> {
  const cwd = process.cwd();
  process.chdir(PROJECT_ROOT);
  try {
    const elev = new Eleventy('layouts', outDir, { configPath: '.eleventy.ts', quietMode: true, config: attachModel(model) });
    // Eleventy logs a failed build with its stack trace before rejecting; the rejection reaches the
    // build command, which prints a content problem as the editor's report and anything else in full.
    elev.disableLogger();
    await elev.init();
    await useBoundedAsyncWrites(elev);
    // write() resolves to [passthrough copies, templates]; count the pages.
    const result = (await elev.write()) as unknown[];
    return (Array.isArray(result[1]) ? result[1] : result.flat()).length;
  } finally {
    process.chdir(cwd);
  }
}

/**
 * Renders the whole site into `outDir` with Eleventy, in runs of at most `perRun` pages so
 * memory stays bounded whatever the archive's size. Pages that are not articles or listings
 * (home, search, 404, …) are rendered again by every run: a few pages, same bytes.
 * Returns the number of distinct pages written. With `only`, just those articles and listing
 * pages (and the site pages) are rendered.
 */
export async function renderSite(
  model: SiteModel,
  outDir: string,
  perRun = PAGES_PER_RUN,
  progress: (line: string) => void = () => {},
  only?: RenderSubset,
): Promise<number> {
  const runs = planRuns(model, perRun, only);
  let pages = 0;
  for (const [i, focus] of runs.entries()) {
    const written = await renderRun({ ...model, focus }, outDir);
    // Site pages are rendered by every run; count them once.
    pages += i === 0 ? written : focus.articles.length + focus.listings.length;
    log('run %d/%d: %d pages', i + 1, runs.length, written);
    if (runs.length > 1) progress(`render run ${i + 1}/${runs.length}: ${written} pages`);
  }
  return pages;
}
