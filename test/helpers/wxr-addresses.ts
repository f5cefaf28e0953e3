import { readWxr, type WxrTerm } from '../../scripts/import/wxr-reader.ts';
import { indiaDate } from '../../scripts/import/post.ts';
import { normalizeText } from '../../scripts/hindi/normalize.ts';

/** What an old address was on the WordPress site. */
export type AddressKind = 'permalink' | 'post id' | 'page' | 'archive' | 'date archive' | 'search';

/** An old address of the export and the site path (and query) it must lead to. */
export interface OldAddress {
  old: string;
  url: string;
  kind: AddressKind;
}

/** Where the test expects the export's stories and listings now: it knows them, the redirect map is not asked. */
export interface Expectations {
  /** The site's URL of the story or page with this (normalised) title, undefined when it has none. */
  storyUrl: (title: string) => string | undefined;
  /** The listing of a category or tag (`category:rajniti`, `tag:barmer`) by its export nicename; null: none on purpose. */
  listing: (term: string) => string | null | undefined;
  /** The listing and WordPress nicename (`user_nicename`, `/author/<it>/`) of an author by login. */
  author: (login: string) => { url: string; nicename: string } | undefined;
  /** Follow the addresses of the posts whose id is below `window` modulo `every` only (default: all). */
  every?: number;
  window?: number;
}

/** Everything wrong with the expectations themselves (a post with no story, a term without a listing). */
export interface ExportAddresses {
  addresses: OldAddress[];
  problems: string[];
}

const CHILD_PAGES = ['page/2/', 'feed/'];

/**
 * Every old address of a WordPress export and where it must lead, from the export alone: each published
 * post's and page's permalink and `/?p=ID` (`/?page_id=ID`) to its story, the category, tag and author
 * archives (their later pages and feeds, `?cat=`, `?tag=`, `?author=`) to their listings, and the day,
 * month and year archives (`?m=` too) of every post date to that month or year.
 */
export async function exportAddresses(wxr: string, expect: Expectations): Promise<ExportAddresses> {
  const addresses: OldAddress[] = [];
  const problems: string[] = [];
  const add = (kind: AddressKind, url: string, ...olds: string[]) => {
    for (const old of new Set(olds)) addresses.push({ old, url, kind });
  };
  const terms: WxrTerm[] = [];
  const days = new Set<string>();
  let site = '';
  for await (const e of readWxr(wxr)) {
    if (e.kind === 'site') site = e.baseSiteUrl || e.link;
    if (e.kind === 'category' || e.kind === 'tag') terms.push(e);
    if (e.kind === 'author') {
      const a = expect.author(e.login);
      if (!a) problems.push(`author ${e.login}: no expected listing`);
      else
        add(
          'archive',
          a.url,
          ...[`/author/${a.nicename}/`, ...CHILD_PAGES.map((p) => `/author/${a.nicename}/${p}`)],
          ...(e.id ? [`/?author=${e.id}`] : []),
        );
    }
    if (e.kind !== 'item' || !['post', 'page'].includes(e.postType)) continue;
    const published = e.postType === 'page' ? e.status === 'publish' : ['publish', 'future'].includes(e.status);
    if (!published) continue;
    const url = expect.storyUrl(normalizeText(e.title));
    const date = indiaDate(e.dateGmt, e.date);
    // A story lives under the month of its India date, a page at the top.
    if (!url || !date || !url.startsWith(e.postType === 'page' ? '/' : `/${date.slice(0, 4)}/${date.slice(5, 7)}/`)) {
      problems.push(`${e.postType} ${e.id}: no story of its month (${url})`);
      continue;
    }
    if (e.postType === 'post') days.add(e.date.slice(0, 10));
    if (expect.every && Number(e.id) % expect.every >= (expect.window ?? 1)) continue;
    const link = e.link.startsWith(site) ? e.link.slice(site.length) : e.link;
    if (e.postType === 'page') add('page', url, link, `/?p=${e.id}`, `/?page_id=${e.id}`);
    else {
      add('permalink', url, link);
      add('post id', url, `/?p=${e.id}`);
    }
  }
  addresses.push(...termAddresses(terms, expect, problems), ...dateAddresses(days));
  return { addresses, problems };
}

/** A category's address names its parents (`/category/rajasthan/jalore/`); WordPress also answers the short one. */
function termAddresses(terms: readonly WxrTerm[], expect: Expectations, problems: string[]): OldAddress[] {
  const out: OldAddress[] = [];
  const parentOf = new Map(terms.filter((t) => t.kind === 'category').map((t) => [t.nicename, t.parent] as const));
  for (const t of terms) {
    const url = expect.listing(`${t.kind}:${decodeURIComponent(t.nicename)}`);
    if (url === null) continue;
    if (url === undefined) {
      problems.push(`${t.kind} ${t.nicename}: no expected listing`);
      continue;
    }
    const chain = [t.nicename];
    for (let p = t.parent; p && !chain.includes(p); p = parentOf.get(p) ?? '') chain.unshift(p);
    const base = t.kind === 'category' ? `/category/${chain.join('/')}/` : `/tag/${t.nicename}/`;
    const olds = [base, ...CHILD_PAGES.map((p) => base + p)];
    if (chain.length > 1) olds.push(`/category/${t.nicename}/`);
    olds.push(t.kind === 'category' ? `/?cat=${t.termId}` : `/?tag=${t.nicename}`);
    for (const old of olds) out.push({ old, url, kind: 'archive' });
  }
  return out;
}

/** WordPress's day, month and year archives of the export's post dates (its local dates), and their `?m=` forms. */
function dateAddresses(days: ReadonlySet<string>): OldAddress[] {
  const out = new Map<string, string>();
  for (const day of days) {
    const [y, m, d] = day.split('-');
    const month = `/${y}/${m}/`;
    // A month's `page/2/` too: an imported site never had the numbering from the newest, so it has no page there.
    for (const old of [`/${y}/${m}/${d}/`, `/${y}/${m}/${d}/page/2/`, month, `${month}page/2/`, `/?m=${y}${m}`, `/?m=${y}${m}${d}`])
      out.set(old, month);
    for (const old of [`/${y}/`, `/?m=${y}`]) out.set(old, `/${y}/`);
  }
  return [...out].map(([old, url]) => ({ old, url, kind: 'date archive' }));
}

/** The addresses grouped by kind, in the order of first appearance. */
export function byKind(list: readonly OldAddress[]): Map<AddressKind, OldAddress[]> {
  const out = new Map<AddressKind, OldAddress[]>();
  for (const a of list) {
    if (!out.has(a.kind)) out.set(a.kind, []);
    out.get(a.kind)!.push(a);
  }
  return out;
}
