import type { Article, Catalog } from './types.ts';
import type { Author } from '../content/schema.ts';
import { formatHindiMonth } from '../hindi/dates.ts';
import { topicUrl, type Topic } from './topics.ts';
import { numberedUrl, pageLayout } from './page-numbers.ts';

/** What a listing page lists. */
export type ListingKind = 'category' | 'district' | 'author' | 'topic' | 'year' | 'month';

/** One page of a paginated listing (`/rajniti/`, `/rajniti/p/7/`; see `paginate` for the numbering). */
export interface ListingPage {
  kind: ListingKind;
  /** The slug, year (`2026`) or year-month (`2026-11`) the listing is about. */
  key: string;
  /** Heading in Hindi: `राजनीति`, `ज़िला: जालोर`, `नवंबर 2026`. */
  title: string;
  description: string;
  /** URL of the first page of this listing. */
  baseUrl: string;
  url: string;
  pageNumber: number;
  pageCount: number;
  /**
   * How many stories the listing has, on its first page only: a count on every page would change
   * every page of the listing with each new story, and incremental builds re-render them all (#23).
   */
  total?: number;
  items: readonly Article[];
  prevUrl?: string;
  nextUrl?: string;
  /**
   * URL of every page of this listing in reading order (index 0 = the first page, newest stories):
   * numbered pagination links from it. One array shared by all pages of a listing, never copied.
   */
  pageUrls: readonly string[];
  /** Trail above the heading, home first. */
  breadcrumbs: ReadonlyArray<{ title: string; url: string }>;
  /** The reporter an author listing is about (their profile heads the page). */
  author?: Author;
  /** Sub-archives listed above the items (a year page lists its months). */
  children?: ReadonlyArray<{ title: string; url: string; total: number }>;
}

/** Groups articles by a key, keeping the catalog's newest-first order inside each group. */
export function groupBy<T>(articles: readonly T[], key: (a: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const a of articles) {
    const k = key(a);
    const list = groups.get(k);
    if (list) list.push(a);
    else groups.set(k, [a]);
  }
  return groups;
}

interface ListingSpec {
  kind: ListingKind;
  key: string;
  title: string;
  description: string;
  baseUrl: string;
  crumbs: ListingPage['breadcrumbs'];
  author?: Author;
}

function paginate(spec: ListingSpec, items: readonly Article[], size: number): ListingPage[] {
  const { first, numbered } = pageLayout(items.length, size);
  const pageCount = numbered + 1;
  // Reading order: the first page, then the numbered pages from the newest (numbered) to p/1/.
  const urlOf = (n: number) => (n === 1 ? spec.baseUrl : numberedUrl(spec.baseUrl, pageCount - n + 1));
  const pageUrls = Object.freeze(Array.from({ length: pageCount }, (_, i) => urlOf(i + 1)));
  return Array.from({ length: pageCount }, (_, i) => {
    const n = i + 1;
    const start = n === 1 ? 0 : first + (n - 2) * size;
    return {
      kind: spec.kind,
      key: spec.key,
      title: spec.title,
      description: spec.description,
      baseUrl: spec.baseUrl,
      url: pageUrls[i]!,
      pageNumber: n,
      pageCount,
      ...(n === 1 ? { total: items.length } : {}),
      items: items.slice(start, n === 1 ? first : start + size),
      ...(n > 1 ? { prevUrl: pageUrls[i - 1]! } : {}),
      ...(n < pageCount ? { nextUrl: pageUrls[i + 1]! } : {}),
      pageUrls,
      breadcrumbs: [{ title: 'होम', url: '/' }, ...spec.crumbs],
      ...(spec.author ? { author: spec.author } : {}),
    };
  });
}

/** URL of each kind of listing, one place for the whole site. */
export const listingUrl = {
  category: (slug: string) => `/${slug}/`,
  district: (slug: string) => `/jila/${slug}/`,
  author: (slug: string) => `/lekhak/${slug}/`,
  topic: topicUrl,
  year: (year: string) => `/${year}/`,
  month: (ym: string) => `/${ym.slice(0, 4)}/${ym.slice(5, 7)}/`,
};

/**
 * Every listing page of the site: per category, district and author (declared ones, even when
 * empty, so links never break), per topic given (see topics.ts), per year and per month that has
 * articles.
 */
export function buildListings(catalog: Catalog, size: number, topics: readonly Topic[] = []): ListingPage[] {
  const pages: ListingPage[] = [];
  const byCategory = groupBy(catalog.articles, (a) => a.category.slug);
  const byDistrict = groupBy(catalog.articles, (a) => a.district.slug);
  // A story is on the page of each of its authors (groupBy keeps one key per story, so not used here).
  const byAuthor = new Map<string, Article[]>();
  for (const a of catalog.articles) {
    for (const p of a.authors) {
      const list = byAuthor.get(p.slug);
      if (list) list.push(a);
      else byAuthor.set(p.slug, [a]);
    }
  }
  for (const c of catalog.categories) {
    pages.push(
      ...paginate(
        {
          kind: 'category',
          key: c.slug,
          title: c.name,
          description: c.description ?? `${c.name} की ताज़ा ख़बरें`,
          baseUrl: listingUrl.category(c.slug),
          crumbs: [],
        },
        byCategory.get(c.slug) ?? [],
        size,
      ),
    );
  }
  for (const d of catalog.districts) {
    pages.push(
      ...paginate(
        {
          kind: 'district',
          key: d.slug,
          title: d.name,
          description: d.description ?? `${d.name} ज़िले की ख़बरें`,
          baseUrl: listingUrl.district(d.slug),
          crumbs: [{ title: 'ज़िले', url: '/jila/' }],
        },
        byDistrict.get(d.slug) ?? [],
        size,
      ),
    );
  }
  for (const a of catalog.authors) {
    pages.push(
      ...paginate(
        {
          kind: 'author',
          key: a.slug,
          title: a.name,
          description: a.description ?? a.role ?? `${a.name} की ख़बरें`,
          baseUrl: listingUrl.author(a.slug),
          crumbs: [{ title: 'लेखक', url: '/lekhak/' }],
          author: a,
        },
        byAuthor.get(a.slug) ?? [],
        size,
      ),
    );
  }
  for (const t of topics) {
    pages.push(
      ...paginate(
        {
          kind: 'topic',
          key: t.slug,
          title: t.name,
          description: `${t.name} से जुड़ी सभी ख़बरें`,
          baseUrl: t.url,
          crumbs: [{ title: 'विषय', url: '/vishay/' }],
        },
        t.articles,
        size,
      ),
    );
  }
  const byYear = groupBy(catalog.articles, (a) => a.date.slice(0, 4));
  for (const [year, items] of [...byYear].sort((x, y) => (x[0] < y[0] ? 1 : -1))) {
    const months: ListingPage[] = [];
    for (const [ym, monthItems] of groupBy(items, (a) => a.date.slice(0, 7))) {
      const title = formatHindiMonth(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)));
      months.push(
        ...paginate(
          {
            kind: 'month',
            key: ym,
            title,
            description: `${title} में प्रकाशित ख़बरें`,
            baseUrl: listingUrl.month(ym),
            crumbs: [
              { title: 'पुरालेख', url: '/archive/' },
              { title: year, url: listingUrl.year(year) },
            ],
          },
          monthItems,
          size,
        ),
      );
    }
    // A year is one page: its months, then its latest stories. Paginating every story of a year
    // again would add 5,000 pages to a 100,000-article archive that the month pages already cover.
    const [yearPage] = paginate(
      {
        kind: 'year',
        key: year,
        title: `${year} की ख़बरें`,
        description: `${year} में प्रकाशित ख़बरें`,
        baseUrl: listingUrl.year(year),
        crumbs: [{ title: 'पुरालेख', url: '/archive/' }],
      },
      items.slice(0, size),
      size,
    );
    const children = months.filter((m) => m.pageNumber === 1).map((m) => ({ title: m.title, url: m.url, total: m.total ?? 0 }));
    pages.push({ ...yearPage!, total: items.length, children }, ...months);
  }
  return pages;
}
