import type { HostLimits } from './host-limits.ts';
import type { Redirect } from './redirects.ts';

/** A line of `_redirects`: `from` ends in `*` for a splat (every address under it). */
export interface RedirectLine {
  from: string;
  to: string;
  status: 301 | 302;
}

/** What the budget kept: the lines in file order (static, then splats) and the redirects left to their pages. */
export interface RedirectBudget {
  lines: RedirectLine[];
  splats: number;
  /** Redirects no line answers: their redirect page (meta refresh) still does. */
  left: Redirect[];
}

/** What the build knows of an old address's target: a listing's story count, a story's date. */
export interface Traffic {
  listings: ReadonlyMap<string, number>;
  stories: ReadonlyMap<string, string>;
}

/** Kinds of old address, in the order they keep a line: most readers per line first. */
export const KINDS = ['listing', 'page', 'story', 'search', 'page number'] as const;
export type RedirectKind = (typeof KINDS)[number];

/** What an old address leads to (a 302 is an old page number of the site's own listings). */
export function kindOf(r: Redirect, t: Traffic): RedirectKind {
  if (r.status === 302) return 'page number';
  if (t.listings.has(r.to)) return 'listing';
  if (t.stories.has(r.to)) return 'story';
  return r.to.startsWith('/khoj/') ? 'search' : 'page';
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The redirects by the readers they are likely to carry: listings (a category, district, author or
 * tag archive, linked from every old page) by their story count, the site's pages, then story
 * addresses newest first (news is read and shared in its first days), tag searches, and last the
 * site's own old page numbers (mostly crawlers).
 */
export function rankRedirects(redirects: readonly Redirect[], t: Traffic): Redirect[] {
  const key = (r: Redirect) => ({ kind: KINDS.indexOf(kindOf(r, t)), n: t.listings.get(r.to) ?? 0, date: t.stories.get(r.to) ?? '' });
  const keyed = redirects.map((r) => [r, key(r)] as const);
  keyed.sort(([ra, a], [rb, b]) => a.kind - b.kind || b.n - a.n || cmp(b.date, a.date) || cmp(ra.from, rb.from));
  return keyed.map(([r]) => r);
}

/**
 * Fits the redirects to a host's limits. A listing's old address that nothing else lives under
 * (`/category/rajniti/`) becomes a splat, `/category/rajniti/* /rajniti/ 301`: one dynamic line that
 * also answers its old page numbers and feed, which the 404 page's script would send to the same
 * listing. `occupied(from)`: the built site has files under that folder (a splat would hide them;
 * hosts apply a redirect even when a file matches). Then the highest-ranked others get a static line
 * each while the budget lasts; the rest are left to their redirect pages.
 */
export function fitRedirects(
  redirects: readonly Redirect[],
  limits: HostLimits,
  t: Traffic,
  occupied: (from: string) => boolean = () => false,
): RedirectBudget {
  const ranked = rankRedirects(redirects, t);
  const sorted = [...redirects].sort((a, b) => cmp(a.from, b.from));
  const fits = (from: string, to: string) => from.length + to.length + 6 <= limits.lineChars;
  const splats: RedirectLine[] = [];
  const served = new Set<Redirect>();
  for (const r of ranked) {
    if (splats.length >= Math.min(limits.dynamicRedirects, limits.totalRedirects)) break;
    if (served.has(r) || kindOf(r, t) !== 'listing' || (r.status ?? 301) !== 301 || !fits(`${r.from}*`, r.to)) continue;
    if (!r.from.endsWith('/') || r.from.split('/').length < 4 || occupied(r.from)) continue;
    const inside = under(sorted, r.from);
    if (inside.some((x) => x.to !== r.to)) continue;
    for (const x of inside) served.add(x);
    splats.push({ from: `${r.from}*`, to: r.to, status: 301 });
  }
  const room = Math.min(limits.staticRedirects, limits.totalRedirects - splats.length);
  const statics: RedirectLine[] = [];
  const left: Redirect[] = [];
  for (const r of ranked) {
    if (served.has(r)) continue;
    if (statics.length < room && fits(r.from, r.to)) statics.push({ from: r.from, to: r.to, status: r.status ?? 301 });
    else left.push(r);
  }
  statics.sort((a, b) => cmp(a.from, b.from));
  // The most specific splat first: hosts apply the first line that matches.
  splats.sort((a, b) => b.from.length - a.from.length || cmp(a.from, b.from));
  return { lines: [...statics, ...splats], splats: splats.length, left };
}

/** The redirects whose old address starts with `prefix`, found by bisection in the list sorted by address. */
function under(sorted: readonly Redirect[], prefix: string): Redirect[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.from < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: Redirect[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.from.startsWith(prefix); i++) out.push(sorted[i]!);
  return out;
}

const LABELS: Record<RedirectKind, string> = {
  listing: 'listing addresses',
  page: 'page addresses',
  story: 'story addresses',
  search: 'tag searches',
  'page number': 'old page numbers',
};

/** The build's one line about what the budget left to redirect pages, or undefined when nothing was. */
export function budgetNote(b: RedirectBudget, total: number, limits: HostLimits, t: Traffic): string | undefined {
  if (b.left.length === 0) return undefined;
  const counts = new Map<RedirectKind, number>();
  for (const r of b.left) counts.set(kindOf(r, t), (counts.get(kindOf(r, t)) ?? 0) + 1);
  const newestLeft = b.left.map((r) => t.stories.get(r.to) ?? '').reduce((a, d) => (d > a ? d : a), '');
  const parts = KINDS.filter((k) => counts.has(k)).map((k) => `${counts.get(k)} ${LABELS[k]}`);
  const since = newestLeft ? ` (stories from ${newestLeft.slice(0, 10)} back)` : '';
  return (
    `_redirects: ${total - b.left.length} of ${total} old addresses get a ${limits.name} redirect ` +
    `(${b.lines.length - b.splats} lines + ${b.splats} splats); ${b.left.length} are left to their redirect pages: ${parts.join(', ')}${since}`
  );
}
