import { join, resolve } from 'node:path';
import { ContentCache } from '../content/index.ts';
import { ContentErrors } from '../content/errors.ts';
import { affectedPages, devErrors, setDevErrors } from '../eleventy/dev-errors.ts';
import { renderFocus } from '../eleventy/dev-focus.ts';
import { devServerOptions } from '../eleventy/dev-guard.ts';
import { attachedModel, type SiteModel } from '../eleventy/model.ts';
import { modelFromEnv } from './site-model.ts';
import { DevExtras } from './dev-extras.ts';

interface EleventyConfigLike {
  addWatchTarget(path: string): void;
  on(event: string, fn: (arg: any) => void): void;
  setServerOptions(options: Record<string, unknown>): void;
}

/**
 * The model for `.eleventy.ts`. In a one-off build it is the prepared model. Under the dev server
 * (SAMACHAR_WATCH=1) it is re-prepared before every rebuild from a cache that re-reads only changed
 * files, and a rebuild caused only by article edits renders only what those edits touch.
 * A content error fails that rebuild with the full report while the last good pages stay served.
 * The dev server listens on SAMACHAR_HOST (default 127.0.0.1) and refuses malformed paths (dev-guard.ts).
 */
export function watchedModel(eleventyConfig: EleventyConfigLike): () => SiteModel {
  const attached = attachedModel(eleventyConfig);
  if (attached) return () => attached;
  if (process.env.SAMACHAR_WATCH !== '1') {
    const model = modelFromEnv();
    return () => model;
  }
  eleventyConfig.setServerOptions(devServerOptions());
  const cache = new ContentCache();
  let model = modelFromEnv({ cache });
  const articlesDir = resolve(model.input.contentDir, 'articles');
  eleventyConfig.addWatchTarget(articlesDir);
  // Eleventy watches its input (layouts/); the rest of the content folder is watched here.
  for (const dir of ['_data', 'images', 'assets']) eleventyConfig.addWatchTarget(join(model.input.contentDir, dir));
  let onlyArticles = false;
  eleventyConfig.on('eleventy.beforeWatch', (changed) => {
    const files = (changed as string[] | undefined) ?? [];
    onlyArticles = files.length > 0 && files.every((f) => resolve(f).startsWith(articlesDir));
  });
  let first = true;
  eleventyConfig.on('eleventy.before', () => {
    if (first) {
      first = false;
      return;
    }
    const prev = model;
    const started = performance.now();
    let next: SiteModel;
    try {
      next = modelFromEnv(onlyArticles ? { cache, reuseRelatedFrom: prev.related } : { cache });
    } catch (e) {
      if (!(e instanceof ContentErrors)) throw e;
      // The browser shows the problems on the pages they affect (dev-errors.ts); everything else
      // stays served from the last good build, which this run leaves as it is (it renders nothing).
      console.error(e.message);
      setDevErrors({ errors: e.errors, pages: affectedPages(e.errors, prev) });
      model = { ...prev, focus: { articles: [], listings: [], siteFiles: false } };
      return;
    }
    setDevErrors(undefined);
    const focus = onlyArticles ? renderFocus(prev, next) : undefined;
    model = focus ? { ...next, focus } : next;
    const stages = Object.entries(next.seconds)
      .map(([k, v]) => `${k} ${v.toFixed(2)}s`)
      .join(', ');
    const what = focus ? `${focus.articles.length} articles and ${focus.listings.length} listing pages to render` : 'full render';
    console.log(`[samachar] content re-read in ${((performance.now() - started) / 1000).toFixed(2)}s (${stages}); ${what}`);
  });
  // Search, feeds and sitemaps, which a build makes after rendering (dev-extras.ts).
  const extras = new DevExtras(join(resolve(model.input.contentDir), '..', '.cache', 'dev'));
  eleventyConfig.on('eleventy.after', ({ directories }: { directories: { output: string } }) => {
    // After this event's other handlers (the sitemap reads the page list the SEO plugin keeps).
    if (!devErrors()) setImmediate(() => void extras.after(model, directories.output));
  });
  return () => model;
}
