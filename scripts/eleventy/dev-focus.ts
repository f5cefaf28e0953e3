import type { Article } from '../catalog/types.ts';
import type { ListingPage } from '../catalog/group.ts';
import type { SiteModel } from './model.ts';

/** What a dev-server rebuild renders: the changed articles and the listings that show them. */
export interface RenderFocus {
  articles: readonly Article[];
  listings: readonly ListingPage[];
  /**
   * Whether this Eleventy run writes the site-wide files (stylesheet, fonts, CMS bundle and
   * config, share script). They are the same for every run of a build, so only the first writes
   * them; a focused dev rebuild finds them from the full build before it.
   */
  siteFiles: boolean;
}

/** Whether the run rendering `model` should write the site-wide files (see RenderFocus.siteFiles). */
export function writesSiteFiles(model: SiteModel): boolean {
  return model.focus?.siteFiles ?? true;
}

/** Whether a listing page shows other items (or the same items in another order) than before. */
function pageChanged(prev: ListingPage | undefined, next: ListingPage): boolean {
  if (!prev || prev.items.length !== next.items.length || prev.pageCount !== next.pageCount || prev.total !== next.total) return true;
  return next.items.some((a, i) => a !== prev.items[i]);
}

/**
 * After an edit, only what changed needs rendering: the dev server keeps the previous output, so
 * an edit to one of 10,000 articles re-renders that article and the listing pages whose items
 * changed (the page showing it; every later page too when the edit moved it), not every page.
 * Other articles' related-stories blocks are not refreshed until the next full rebuild.
 * The cached loader hands back the same Article object for an unchanged file, so identity tells
 * what changed. Returns undefined (render everything) when nothing article-level changed, which
 * means a template, data file or asset changed instead.
 */
export function renderFocus(prev: SiteModel, next: SiteModel): RenderFocus | undefined {
  const had = new Set(prev.catalog.articles);
  const has = new Set(next.catalog.articles);
  const added = next.catalog.articles.filter((a) => !had.has(a));
  const removed = prev.catalog.articles.filter((a) => !has.has(a));
  if (added.length === 0 && removed.length === 0) return undefined;
  const before = new Map(prev.listings.map((l) => [l.url, l]));
  return {
    articles: added,
    listings: next.listings.filter((l) => pageChanged(before.get(l.url), l)),
    siteFiles: false,
  };
}
