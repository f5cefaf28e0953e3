import { type HeaderRule, SHORT_LIVED } from './headers.ts';

/**
 * Rules within `max`: past it a host reads only the first ones, so the build leaves out the cheapest
 * instead: first the folders that hold only redirect pages (`redirectOnly`, as rule paths: old
 * `/%postname%/` permalinks make one top-level folder each), then the revalidated rules of other
 * top-level folders and files, the smallest first (`size`: a static page's folder before a section's),
 * then from the last by name (a newsroom with many categories and years has over a hundred). Their URLs still get the `/*` headers, the host's default caching (Cloudflare Pages
 * revalidates every time, as the rule did) and the page's `<meta>` policy; only `frame-ancestors` is
 * lost, which `X-Frame-Options: DENY` covers.
 */
export function fitHeaderRules(
  rules: readonly HeaderRule[],
  max: number,
  redirectOnly: ReadonlySet<string> = new Set(),
  size: (path: string) => number = () => 0,
): { kept: HeaderRule[]; dropped: HeaderRule[] } {
  const droppable = (r: HeaderRule) =>
    r.cacheControl === SHORT_LIVED && r.path !== '/' && !r.path.startsWith('/admin/') && !r.path.startsWith('/pagefind/');
  const over = rules.length - max;
  if (over <= 0) return { kept: [...rules], dropped: [] };
  // The order they go in: redirect-only folders, then the smallest (a static page's folder before a section's), the last by name first.
  const order = rules
    .filter(droppable)
    .map((r) => ({ r, only: redirectOnly.has(r.path) ? 0 : 1, n: size(r.path) }))
    .sort((a, b) => a.only - b.only || a.n - b.n || (a.r.path < b.r.path ? 1 : -1))
    .map((x) => x.r);
  const dropped = order.slice(0, over);
  const gone = new Set(dropped);
  return { kept: rules.filter((r) => !gone.has(r)), dropped };
}

/** The build's one line about the rules left out. */
export function headersNote(kept: number, dropped: readonly HeaderRule[], maxRules: number, redirectOnly: ReadonlySet<string>): string {
  const names = dropped.map((r) => r.path.replace(/\*$/, ''));
  const only = dropped.filter((r) => redirectOnly.has(r.path)).length;
  return (
    `_headers: ${kept} rules (the host reads ${maxRules}); ${dropped.length} top-level folders and files ` +
    `(${only} of them holding only redirect pages) get the host's default caching and their pages' <meta> policy: ` +
    `${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}`
  );
}
