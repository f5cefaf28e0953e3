import { resolve } from 'node:path';
import { debuglog } from 'node:util';
import Eleventy from '@11ty/eleventy';
import { prepareSite, setSiteModel, type BuildInput, type SiteModel } from '../eleventy/site-model.ts';
import { discard, swapInto, tempDirFor } from './publish.ts';
import { runAfterRender } from './stages.ts';

const log = debuglog('samachar:build');
const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

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
