import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteModel } from '../eleventy/model.ts';
import { buildSearchIndex } from '../search/index.ts';
import { writeSeoFiles } from '../seo/stage.ts';
import { publishFiles } from '../publish/stage.ts';

/**
 * What a build does after rendering that Eleventy's dev server does not: feeds, sitemaps and host
 * files (quick, linear in the catalog) and the search index, so /khoj/, /feed.xml and the sitemaps
 * answer under `npm start` as on the built site. The index runs in the background after each
 * rebuild, one at a time: edits made while it runs are indexed by one more run when it ends, and
 * unchanged shards come from `cacheDir` (as in the build).
 */
export class DevExtras {
  private running: Promise<void> | undefined;
  private pending: { model: SiteModel; outDir: string } | undefined;
  private hostFiles = false;

  constructor(
    private readonly cacheDir: string,
    private readonly say: (line: string) => void = (line) => console.log(`[samachar] ${line}`),
  ) {}

  /** After a dev render of `model` into `outDir`; returns the running search index for tests. */
  after(model: SiteModel, outDir: string): Promise<void> {
    try {
      writeSeoFiles(model, outDir);
      // Redirect pages for aliases, once: the stage expects a fresh folder and refuses its own pages the second time.
      if (!this.hostFiles) publishFiles(model, outDir);
      this.hostFiles = true;
    } catch (e) {
      this.say(`feeds and sitemaps failed: ${String(e)}`);
    }
    this.pending = { model, outDir };
    this.running ??= this.drain();
    return this.running;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending) {
        const { model, outDir } = this.pending;
        this.pending = undefined;
        const t = performance.now();
        // Built beside the site and swapped in: the index being served stays whole meanwhile.
        const next = mkdtempSync(join(dirname(outDir), '.dev-search-'));
        const r = await buildSearchIndex({
          outDir: next,
          articles: model.catalog.articles,
          site: model.site,
          maxShardArticles: model.site.search.maxShardArticles,
          cacheDir: join(this.cacheDir, 'search'),
        });
        rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
        renameSync(join(next, 'pagefind'), join(outDir, 'pagefind'));
        rmSync(next, { recursive: true, force: true });
        this.say(`search index: ${r.shards} shards, ${((performance.now() - t) / 1000).toFixed(1)} s`);
      }
    } catch (e) {
      this.say(`the search index failed: ${String(e)}`);
    } finally {
      this.running = undefined;
    }
  }
}
