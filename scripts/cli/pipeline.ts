import { resolve } from 'node:path';
import { debuglog } from 'node:util';
import Eleventy from '@11ty/eleventy';
import { prepareSite, setSiteModel, type BuildInput, type SiteModel } from '../eleventy/site-model.ts';
import { discard, swapInto, tempDirFor } from './publish.ts';
import { runAfterRender } from './stages.ts';

const log = debuglog('samachar:build');
const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

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

/** What a build did: the model it rendered, stage times and the page count. */
export interface BuildResult { model: SiteModel; seconds: Record<string, number>; pages: number; outDir: string }

/**
 * The whole build: load + validate → catalog → related → render → search index → publish.
 * Everything is written into a temporary folder; `outDir` is replaced only when every stage
 * succeeded, so a failed build leaves the previous site exactly as it was.
 * Throws `ContentErrors` for content problems (nothing written).
 */
export async function buildSite(input: BuildInput, outDir: string): Promise<BuildResult> {
  const started = performance.now();
  const model = prepareSite(input);
  const seconds = { ...model.seconds };
  const tmp = tempDirFor(outDir);
  try {
    let t = performance.now();
    setSiteModel(model);
    const cwd = process.cwd();
    process.chdir(PROJECT_ROOT);
    let written: unknown[];
    try {
      const elev = new Eleventy('content', tmp, { configPath: '.eleventy.ts', quietMode: true });
      await elev.init();
      enableAsyncWrites(elev);
      // write() resolves to [passthrough copies, templates]; count the pages.
      const result = (await elev.write()) as unknown[];
      written = Array.isArray(result[1]) ? result[1] : result.flat();
    } finally {
      process.chdir(cwd);
      setSiteModel(undefined);
    }
    seconds.render = (performance.now() - t) / 1000;
    log('rendered %d pages in %ds', written.length, seconds.render.toFixed(1));
    t = performance.now();
    Object.assign(seconds, await runAfterRender(model, tmp));
    t = performance.now();
    swapInto(tmp, outDir);
    seconds.publish = (performance.now() - t) / 1000;
    seconds.total = (performance.now() - started) / 1000;
    return { model, seconds, pages: written.length, outDir: resolve(outDir) };
  } catch (e) {
    discard(tmp);
    throw e;
  }
}
