import type { ListingPage } from './group.ts';

// How listing pages are numbered (#23): from the oldest, so a page keeps its URL and its stories when
// newer ones are published; and where the URLs of the numbering before it lead now.

/**
 * URL of a numbered page: numbers count from the oldest stories (`p/1/` holds the oldest), so a
 * page keeps its URL and its stories when newer ones are published. The first page in reading
 * order, the newest stories, is the listing itself (`baseUrl`).
 */
export function numberedUrl(baseUrl: string, k: number): string {
  return `${baseUrl}p/${k}/`;
}

/** Before #23 pages were numbered from the newest: `/rajniti/page/2/` (see `legacyPageRedirects`). */
export function legacyPageUrl(baseUrl: string, n: number): string {
  return n <= 1 ? baseUrl : `${baseUrl}page/${n}/`;
}

/**
 * How `n` stories (newest first) fall into pages of `size`: the numbered pages hold `size` stories
 * each, counted from the oldest; the first page takes the newest `first` stories, between
 * ceil(size/2) and size + ceil(size/2) − 1 (all of them when there are fewer). A new story joins
 * the first page; once it is full, its oldest `size` stories become a new numbered page. So
 * publishing changes the first page and, once in `size` stories, one new page; no other page's
 * stories move.
 */
export function pageLayout(n: number, size: number): { first: number; numbered: number } {
  const half = Math.ceil(size / 2);
  const numbered = n < size + half ? 0 : Math.floor((n - half) / size);
  return { first: n - numbered * size, numbered };
}

/** An old listing URL and the page that now shows the story it used to start with. */
export interface PageRedirect {
  from: string;
  to: string;
  title: string;
}

/**
 * Whether the site ever served the numbering before #23 (`/rajniti/page/N/`), so that its old page
 * numbers need redirects. A site imported from WordPress (`_data/wordpress-redirects.json` has
 * entries: `oldUrls`) was first built with today's numbering: its `/x/page/N/` addresses never
 * existed, and their redirect pages and `_redirects` budget would serve no one. The rare site
 * that ran samachar before #23 and imported later loses them too; such an address then reaches the
 * 404 page, whose script sends `…/page/N/` to the listing itself (layouts/assets/redirect.js).
 */
export function hadLegacyNumbering(oldUrls: readonly unknown[] | undefined): boolean {
  return !oldUrls?.length;
}

/**
 * Redirects from the URLs of the numbering before #23 (`/rajniti/page/N/`, counted from the newest,
 * N up to what today's stories would fill) to the page that now holds the story at the same
 * position, so old links and bookmarks land on stories of the same age. Year pages were always
 * one page. Pass the listings of `buildListings` and the page size they were made with.
 */
export function legacyPageRedirects(listings: readonly ListingPage[], size: number): PageRedirect[] {
  const out: PageRedirect[] = [];
  for (const l of listings) {
    if (l.pageNumber !== 1 || l.kind === 'year') continue;
    const first = l.items.length;
    for (let n = 2; n <= Math.ceil((l.total ?? 0) / size); n++) {
      const index = (n - 1) * size;
      const page = index < first ? 0 : 1 + Math.floor((index - first) / size);
      out.push({ from: legacyPageUrl(l.baseUrl, n), to: l.pageUrls[page]!, title: l.title });
    }
  }
  return out;
}
