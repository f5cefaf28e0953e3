import type { Catalog } from './types.ts';
import { formatHindiMonth } from '../hindi/dates.ts';
import { topicUrl, type Topic } from './topics.ts';
import { paginate, type ListingPage } from './listing-pages.ts';

export type { ListingKind, ListingPage } from './listing-pages.ts';

/**
 * Groups items by a key, or by each of several keys (a story is on the page of each of its
 * authors), keeping the catalog's newest-first order inside each group.
 */
export function groupBy<T>(items: readonly T[], key: (a: T) => string | readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const a of items) {
    const k = key(a);
    for (const one of typeof k === 'string' ? [k] : k) {
      const list = groups.get(one);
      if (list) list.push(a);
      else groups.set(one, [a]);
    }
  }
  return groups;
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
  const byCategory = groupBy(catalog.articles, (a) => a.category.slug);
  const byDistrict = groupBy(catalog.articles, (a) => a.district.slug);
  const byAuthor = groupBy(catalog.articles, (a) => a.authors.map((p) => p.slug));
  return [
    ...catalog.categories.flatMap((c) =>
      paginate(
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
    ),
    ...catalog.districts.flatMap((d) =>
      paginate(
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
    ),
    ...catalog.authors.flatMap((a) =>
      paginate(
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
    ),
    ...topics.flatMap((t) =>
      paginate(
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
    ),
    ...dateListings(catalog, size),
  ];
}

/** The archive by date, newest year first: each year's one page, then its months' pages. */
function dateListings(catalog: Catalog, size: number): ListingPage[] {
  const pages: ListingPage[] = [];
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
