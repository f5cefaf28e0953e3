import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article } from '../catalog/types.ts';
import type { SiteModel } from '../eleventy/model.ts';
import { fingerprint, writeAssets } from '../eleventy/assets.ts';
import { articleJsonLd, jsonForScript, profileJsonLd, type LdImage } from './json-ld.ts';
import type { Author } from '../content/schema.ts';
import { feedPath } from './feeds.ts';
import { shareLinks } from './share.ts';
import { w3cDateTime } from './xml.ts';
import { absoluteUrl } from '../catalog/url-paths.ts';
import { writesSiteFiles } from '../eleventy/dev-focus.ts';

interface EleventyConfigLike {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addGlobalData(name: string, value: unknown): void;
  on(
    event: string,
    fn: (arg: { directories: { output: string }; results?: Array<{ url?: string | false; content?: string }> }) => unknown,
  ): void;
}

const renderedPages = new Map<string, string[]>();

/**
 * Pages Eleventy wrote into `outDir` besides articles and listings (home, indexes, search), which
 * the sitemap lists: taken from what was rendered, so a page added later is listed without a
 * second list to keep. Pages that ask not to be indexed, and the 404 page, are left out.
 */
export function otherRenderedPages(outDir: string): readonly string[] {
  return renderedPages.get(resolve(outDir)) ?? ['/'];
}

const NOINDEX = /<meta name="robots" content="[^"]*noindex|http-equiv="refresh"/;

/** Head tags, JSON-LD and share links: filters and data for layouts/partials/head-meta.njk and share.njk. */
export function seoPlugin(eleventyConfig: EleventyConfigLike, model: () => SiteModel): void {
  const site = () => model().site;
  const js = readFileSync(join(import.meta.dirname, '../../layouts/assets/share.js'), 'utf8');
  const shareJs = { url: `/assets/share.${fingerprint(js)}.js`, contents: js };

  // Frozen: see frozen() in scripts/eleventy/site-data.ts.
  eleventyConfig.addGlobalData('seo', Object.freeze({ siteFeed: feedPath(), shareScript: shareJs.url }));
  eleventyConfig.addFilter('canonical', (path: string) => absoluteUrl(site().url, path));
  eleventyConfig.addFilter('w3cDate', (iso: string) => w3cDateTime(iso));
  eleventyConfig.addFilter('categoryFeed', (slug: string) => feedPath(slug));
  eleventyConfig.addFilter('jsonLd', (article: Article, image: LdImage) => jsonForScript(articleJsonLd(article, site(), image)));
  eleventyConfig.addFilter('profileJsonLd', (author: Author) => jsonForScript(profileJsonLd(author, site())));
  eleventyConfig.addFilter('shareLinks', (article: Article) => shareLinks(article.title, absoluteUrl(site().url, article.url)));

  eleventyConfig.on('eleventy.after', ({ directories, results }) => {
    // Later runs of a build render the same site pages again; the first run's list stands.
    if (!writesSiteFiles(model())) return;
    writeAssets(directories.output, [shareJs]);
    // This run's articles and listings only: a merge renders a few of 100,000, and a set of every URL cost ~0.3 s there.
    const m = model();
    const known = new Set<string>();
    for (const a of m.focus?.articles ?? m.catalog.articles) known.add(a.url);
    for (const l of m.focus?.listings ?? m.listings) known.add(l.url);
    const pages: string[] = [];
    for (const r of results ?? []) {
      if (!r.url || !r.url.endsWith('/') || known.has(r.url)) continue;
      if (r.content && NOINDEX.test(r.content)) continue;
      pages.push(r.url);
    }
    renderedPages.set(resolve(directories.output), pages);
  });
}
