import type { Article } from '../catalog/types.ts';
import type { ListingPage } from '../catalog/group.ts';
import type { Page } from '../catalog/pages.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { modified } from './feeds.ts';
import { escapeXml, laterOf, w3cDateTime } from './xml.ts';

/** The protocol's limit of URLs per sitemap file. */
export const SITEMAP_LIMIT = 50_000;
/** Google News reads at most 1,000 URLs per news sitemap. */
export const NEWS_LIMIT = 1_000;
/** How far back the news sitemap reaches: Google News wants articles of the last two days. */
export const NEWS_WINDOW_MS = 48 * 3600 * 1000;

export const SITEMAP_INDEX_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/sitemaps/news.xml';
export const sitemapPath = (n: number) => `/sitemaps/pages-${n}.xml`;

/** One URL of a sitemap. */
export interface SitemapEntry {
  path: string;
  lastmod?: string;
}

/**
 * Every indexable page, in a stable order: other pages (home first), the static pages (About,
 * Contact, …: lastmod from `updated:`), listings, then articles newest first. A listing's lastmod
 * is its newest item's; drafts are left out.
 */
export function sitemapEntries(
  articles: readonly Article[],
  listings: readonly ListingPage[],
  otherPages: readonly string[],
  pages: ReadonlyArray<Pick<Page, 'url' | 'updated'>> = [],
): SitemapEntry[] {
  const published = articles.filter((a) => !a.draft);
  const newest = published[0];
  const pageUrls = new Set(pages.map((p) => p.url));
  const entries: SitemapEntry[] = otherPages
    .filter((path) => !pageUrls.has(path))
    .sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map((path) => (path === '/' && newest ? { path, lastmod: modified(newest) } : { path }));
  for (const p of pages) entries.push(p.updated ? { path: p.url, lastmod: p.updated } : { path: p.url });
  for (const l of listings) {
    let lastmod: string | undefined;
    for (const a of l.items) if (!a.draft) lastmod = laterOf(lastmod, modified(a));
    entries.push(lastmod ? { path: l.url, lastmod } : { path: l.url });
  }
  for (const a of published) entries.push({ path: a.url, lastmod: modified(a) });
  return entries;
}

/** Splits entries into files of at most `limit` URLs. */
export function chunk<T>(items: readonly T[], limit = SITEMAP_LIMIT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += limit) out.push(items.slice(i, i + limit));
  return out.length ? out : [[]];
}

const HEADER = '<?xml version="1.0" encoding="utf-8"?>\n';

/** A `<urlset>` of one sitemap file. */
export function renderUrlset(entries: readonly SitemapEntry[], site: SiteConfig): string {
  const rows = entries.map(
    (e) => `<url><loc>${escapeXml(site.url + e.path)}</loc>${e.lastmod ? `<lastmod>${w3cDateTime(e.lastmod)}</lastmod>` : ''}</url>`,
  );
  return `${HEADER}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}${rows.length ? '\n' : ''}</urlset>\n`;
}

/** The sitemap index: each file with the newest lastmod inside it. */
export function renderSitemapIndex(files: ReadonlyArray<{ path: string; lastmod?: string }>, site: SiteConfig): string {
  const rows = files.map(
    (f) =>
      `<sitemap><loc>${escapeXml(site.url + f.path)}</loc>${f.lastmod ? `<lastmod>${w3cDateTime(f.lastmod)}</lastmod>` : ''}</sitemap>`,
  );
  return `${HEADER}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</sitemapindex>\n`;
}

/** Articles published in the `NEWS_WINDOW_MS` before `now` (none from the future), newest first. */
export function newsArticles(articles: readonly Article[], now: number): Article[] {
  const out: Article[] = [];
  for (const a of articles) {
    if (a.timestamp < now - NEWS_WINDOW_MS) break; // the catalog is newest first
    if (!a.draft && a.timestamp <= now && out.length < NEWS_LIMIT) out.push(a);
  }
  return out;
}

/** A Google News sitemap (publication name, language `hi`, time in +05:30, title). */
export function renderNewsSitemap(articles: readonly Article[], site: SiteConfig): string {
  const rows = articles.map(
    (a) =>
      `<url><loc>${escapeXml(site.url + a.url)}</loc><news:news><news:publication><news:name>${escapeXml(site.title)}</news:name><news:language>hi</news:language></news:publication><news:publication_date>${w3cDateTime(a.date)}</news:publication_date><news:title>${escapeXml(a.title)}</news:title></news:news></url>`,
  );
  return `${HEADER}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${rows.join('\n')}${rows.length ? '\n' : ''}</urlset>\n`;
}

/** robots.txt: everything may be crawled but the CMS; the sitemaps are named in full. */
export function renderRobots(site: SiteConfig): string {
  return `User-agent: *\nDisallow: ${site.pathPrefix}admin/\n\nSitemap: ${site.url}${SITEMAP_INDEX_PATH}\nSitemap: ${site.url}${NEWS_SITEMAP_PATH}\n`;
}
