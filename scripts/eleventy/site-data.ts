import { writesSiteFiles } from './dev-focus.ts';
import type { SiteModel } from './model.ts';
import { breakingNow } from '../catalog/news-flags.ts';
import { layOutHome, type HomePage } from '../catalog/home.ts';

interface EleventyConfigLike {
  addGlobalData(name: string, value: unknown): void;
}

/**
 * Frozen, so Eleventy hands the object itself to each paginated page. It wraps every unfrozen plain
 * object of the global data in a Proxy per page (Pagination's ProxyWrap) and each template lookup
 * such as `site.title` then runs through the Proxy's traps.
 */
export function frozen<T extends object>(value: T): Readonly<T> {
  return Object.isFrozen(value) ? value : Object.freeze({ ...value });
}

/**
 * The prepared model as global template data. Values are functions of `model()` so the dev server,
 * which prepares a new model before each rebuild, always renders the current content.
 */
export function siteDataPlugin(
  eleventyConfig: EleventyConfigLike,
  { model, assets }: { model: () => SiteModel; assets: { css: string; fontPreload?: string } },
): void {
  eleventyConfig.addGlobalData('site', () => frozen(model().site));
  eleventyConfig.addGlobalData('assets', frozen(assets));
  eleventyConfig.addGlobalData('articles', () => model().focus?.articles ?? model().catalog.articles);
  eleventyConfig.addGlobalData('listings', () => model().focus?.listings ?? model().listings);
  eleventyConfig.addGlobalData('categories', () => model().catalog.categories);
  eleventyConfig.addGlobalData('districts', () => model().catalog.districts);
  eleventyConfig.addGlobalData('authors', () => model().catalog.authors);
  eleventyConfig.addGlobalData('topics', () => topicData(model().topics));
  eleventyConfig.addGlobalData('home', () => homeData(model().catalog));
  eleventyConfig.addGlobalData('archive', () => archiveData(model().listings));
  // By the build's clock (input.now), never the machine's at render time: same `now`, same pages.
  eleventyConfig.addGlobalData('breaking', () => breakingData(model().catalog, model().input.now));
  // Rendered by the build's first run only (writesSiteFiles); a focused dev rebuild renders changed
  // articles only, and an edited page makes a full one.
  eleventyConfig.addGlobalData('staticPages', () => (writesSiteFiles(model()) ? model().pages : []));
  eleventyConfig.addGlobalData('footerPages', () => footerPages(model()));
}

/**
 * `fn` once per `key`: the runs of a build share their model's catalog, listings and topics (only the
 * focus differs), so the home page's and the indexes' data, each a walk over the archive (the home
 * page's ~0.1 s at 30,000 stories), are made once a build, not once a run. The dev server prepares a
 * new model for each rebuild, and with it new keys.
 */
function once<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    if (!made.has(key)) made.set(key, fn(key));
    return made.get(key)!;
  };
}

const homeData = once((catalog: SiteModel['catalog']) => frozen(homeSections(catalog)));
const topicData = once((topics: SiteModel['topics']) => frozen(topicIndex(topics)));
const archiveData = once(archiveYears);
const breakingByCatalog = once((_: SiteModel['catalog']) => new Map<number, ReturnType<typeof breakingNow>>());
function breakingData(catalog: SiteModel['catalog'], now: number) {
  const byNow = breakingByCatalog(catalog);
  if (!byNow.has(now)) byNow.set(now, breakingNow(catalog.articles, now));
  return byNow.get(now)!;
}

/** The pages `footer.pages` of site.json names, in its order, as footer links (the check made sure each exists). */
export function footerPages(model: SiteModel): ReadonlyArray<{ title: string; url: string }> {
  const bySlug = new Map(model.pages.map((p) => [p.slug, p]));
  return Object.freeze(
    model.site.footer.pages.flatMap((slug) => {
      const p = bySlug.get(slug);
      return p ? [Object.freeze({ title: p.title, url: p.url })] : [];
    }),
  );
}

/** The home page: the lead, the next stories, the latest list and the category sections (catalog/home.ts). */
export function homeSections(catalog: SiteModel['catalog']): HomePage {
  return layOutHome(catalog.articles, catalog.categories);
}

/** Most topics listed on `/vishay/`: the page stays light on a phone even for a large archive. */
export const TOPIC_INDEX_SIZE = 300;

/** The topics index: the most used topics (see topics.ts), with their story counts. */
export function topicIndex(topics: SiteModel['topics']) {
  const list = topics.list;
  return {
    total: list.length,
    items: Object.freeze(list.slice(0, TOPIC_INDEX_SIZE).map((t) => Object.freeze({ name: t.name, url: t.url, total: t.articles.length }))),
  };
}

/** Years and their months with article counts, newest first, for the archive index. */
export function archiveYears(listings: SiteModel['listings']) {
  const years = listings.filter((l) => l.kind === 'year' && l.pageNumber === 1);
  return years.map((y) => ({
    year: y.key,
    url: y.url,
    total: y.total,
    months: listings
      .filter((l) => l.kind === 'month' && l.pageNumber === 1 && l.key.startsWith(`${y.key}-`))
      .map((m) => ({ title: m.title, url: m.url, total: m.total })),
  }));
}
