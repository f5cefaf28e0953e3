import type { Author } from '../content/schema.ts';
import { numberedUrl, pageLayout } from './page-numbers.ts';
import type { Article } from './types.ts';

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

/** What every page of one listing shares. */
export interface ListingSpec {
  kind: ListingKind;
  key: string;
  title: string;
  description: string;
  baseUrl: string;
  crumbs: ListingPage['breadcrumbs'];
  author?: Author;
}

/**
 * The pages of one listing: the first page at `baseUrl`, the older stories on numbered pages whose
 * numbers do not move as stories are added (page-numbers.ts).
 */
export function paginate(spec: ListingSpec, items: readonly Article[], size: number): ListingPage[] {
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
