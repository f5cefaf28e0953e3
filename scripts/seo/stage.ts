import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { debuglog } from 'node:util';
import type { SiteModel } from '../eleventy/model.ts';
import { imageStageSeconds } from '../images/plugin.ts';
import { feedSpecs, renderAtom } from './feeds.ts';
import { otherRenderedPages } from './plugin.ts';
import {
  chunk,
  newsArticles,
  NEWS_SITEMAP_PATH,
  renderNewsSitemap,
  renderRobots,
  renderSitemapIndex,
  renderUrlset,
  SITEMAP_INDEX_PATH,
  sitemapEntries,
  sitemapPath,
} from './sitemaps.ts';
import { laterOf } from './xml.ts';

const log = debuglog('samachar:seo');

/** Writes a file (absolute path) and its folder. */
export type WriteFile = (file: string, contents: string) => void;

function plainWrite(file: string, contents: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
}

/**
 * Feeds, sitemaps and robots.txt, written from the model after Eleventy rendered: plain string
 * building over the catalog, linear in its size. Returns each part's wall time in seconds (and
 * the image stage's, which ran before rendering). `writeFile`: how (build/kept-files.ts keeps unchanged files).
 */
export function writeSeoFiles(model: SiteModel, outDir: string, writeFile: WriteFile = plainWrite): Record<string, number> {
  const { site, catalog } = model;
  const write = (dir: string, path: string, contents: string) => writeFile(join(dir, path), contents);
  let t = performance.now();
  // An empty feed still needs an <updated>: the newest article of the site, else a fixed time.
  const fallback = catalog.articles[0]?.date ?? '2000-01-01T00:00:00+05:30';
  const feeds = feedSpecs(catalog.articles, catalog.categories, site);
  for (const spec of feeds) write(outDir, spec.path, renderAtom(spec, site, fallback));
  const feedSeconds = (performance.now() - t) / 1000;

  t = performance.now();
  const files = chunk(sitemapEntries(catalog.articles, model.listings, otherRenderedPages(outDir), model.pages)).map((entries, i) => {
    write(outDir, sitemapPath(i + 1), renderUrlset(entries, site));
    let lastmod: string | undefined;
    for (const e of entries) if (e.lastmod) lastmod = laterOf(lastmod, e.lastmod);
    return { path: sitemapPath(i + 1), ...(lastmod ? { lastmod } : {}) };
  });
  const news = newsArticles(catalog.articles, model.input.now);
  write(outDir, NEWS_SITEMAP_PATH, renderNewsSitemap(news, site));
  const newsLastmod = news.reduce<string | undefined>((m, a) => laterOf(m, a.date), undefined);
  write(
    outDir,
    SITEMAP_INDEX_PATH,
    renderSitemapIndex([...files, { path: NEWS_SITEMAP_PATH, ...(newsLastmod ? { lastmod: newsLastmod } : {}) }], site),
  );
  write(outDir, '/robots.txt', renderRobots(site));
  const sitemapSeconds = (performance.now() - t) / 1000;
  log('%d feeds, %d sitemap files, %d news URLs', feeds.length, files.length, news.length);
  return { images: imageStageSeconds(), feeds: feedSeconds, sitemaps: sitemapSeconds };
}
