import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitHeaderRules, headersNote } from './header-budget.ts';
import { ADMIN_POLICY, COMMON_HEADERS, type Policy, policyText, SITE_POLICY } from './security-policy.ts';

/** For files whose name changes with their content: a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * For HTML and the search index's entry files, whose names stay while their content changes: the
 * browser revalidates every time (a cheap 304), so a correction is seen at once.
 */
export const SHORT_LIVED = 'public, max-age=0, must-revalidate';

/** Cloudflare Pages reads at most this many rules from `_headers`. */
export const MAX_RULES = 100;

/**
 * One `_headers` block: a URL pattern, its Cache-Control and its other headers. Only the `/*` rule
 * (security headers common to every response) has no Cache-Control.
 */
export interface HeaderRule {
  path: string;
  cacheControl?: string;
  headers?: Readonly<Record<string, string>>;
}

/** Pagefind names index chunks by content hash (`en_3f2a9c1.pf_fragment`); its entry files keep their names. */
const PAGEFIND_HASHED_DIRS = new Set(['fragment', 'index', 'filter']);
const PAGEFIND_HASHED_FILE = /_[0-9a-f]{6,}\.pf_[a-z]+$/;

/** The top level of a built site, as `{ name, dir }` entries; `_headers` and friends are not served. `children`: a folder's own entries, where they matter. */
export interface Entry {
  name: string;
  dir: boolean;
  children?: readonly Entry[];
}

/** eleventy-img's default output names: `<content hash>-<width>.<format>`. */
const IMAGE_HASHED_FILE = /^[A-Za-z0-9_-]{6,}-\d+\.(?:avif|webp|jpe?g|png|gif|svg)$/;

/** Whether every file in the picture folder carries a content hash (then it may be cached for good). */
export function allHashed(names: readonly string[]): boolean {
  return names.length > 0 && names.every((n) => IMAGE_HASHED_FILE.test(n));
}

/**
 * Header rules for a built site. Hosts that read `_headers` (Netlify, Cloudflare Pages) apply every
 * rule that matches and join repeated headers with commas, so no header is named by two rules that
 * match the same URL: the security headers that every response shares are in one `/*` rule, and
 * Cache-Control and Content-Security-Policy in rules that never overlap: one per top-level folder
 * or file, and inside /pagefind/ one per folder or file. Every one of those carries the site's CSP,
 * `/admin/*` the CMS's instead (two CSP headers would both be enforced, so a `/*` CSP could never
 * be loosened for the CMS). A URL no rule names (a missing page) gets the `/*` headers, and the
 * 404 page its own `<meta>` policy. `/assets/` holds only
 * fingerprinted names (CSS, fonts, the CMS folder), so all of it is immutable; so is `/img/` (the
 * resized pictures) when every name in it is hashed, which `imgHashed` says.
 *
 * A search shard (`/pagefind/<shard>/`, a folder with a `.pf_meta` file; its `children` listed)
 * gets one rule per entry: its chunk, fragment and filter folders and its metadata file carry
 * content-derived names and are immutable; anything else in it (Pagefind's entry file and runtime,
 * in builds made for the eval) is revalidated. When
 * that would pass Cloudflare's limit of `MAX_RULES`, each shard gets one revalidated rule instead.
 */
export function headerRules(
  top: readonly Entry[],
  pagefind: readonly Entry[],
  imgHashed = false,
  sitePolicy: Policy = SITE_POLICY,
  maxRules = MAX_RULES,
  redirectOnly: ReadonlySet<string> = new Set(),
): HeaderRule[] {
  const full = rulesFor(top, pagefind, imgHashed, true);
  // Folders of redirect pages alone go first when over the limit: they do not count against the shards' detail.
  const needed = full.filter((r) => !redirectOnly.has(r.path)).length;
  return withSecurity(needed + 1 <= maxRules ? full : rulesFor(top, pagefind, imgHashed, false), sitePolicy);
}

const ADMIN_CSP = { 'Content-Security-Policy': policyText(ADMIN_POLICY) };

function withSecurity(cacheRules: readonly HeaderRule[], sitePolicy: Policy): HeaderRule[] {
  const siteCsp = { 'Content-Security-Policy': policyText(sitePolicy) };
  return [
    { path: '/*', headers: COMMON_HEADERS },
    ...cacheRules.map((r) => ({ ...r, headers: r.path.startsWith('/admin/') ? ADMIN_CSP : siteCsp })),
  ];
}

const byName = (entries: readonly Entry[]) => [...entries].sort((a, b) => (a.name < b.name ? -1 : 1));
const isShard = (e: Entry) => e.dir && !!e.children?.some((c) => !c.dir && c.name.endsWith('.pf_meta'));

/** One rule for a Pagefind folder or file at `base` (`/pagefind/` or `/pagefind/<shard>/`). */
function pagefindRule(base: string, e: Entry): HeaderRule {
  const hashed = e.dir ? PAGEFIND_HASHED_DIRS.has(e.name) : PAGEFIND_HASHED_FILE.test(e.name);
  return { path: `${base}${e.name}${e.dir ? '/*' : ''}`, cacheControl: hashed ? IMMUTABLE : SHORT_LIVED };
}

function rulesFor(top: readonly Entry[], pagefind: readonly Entry[], imgHashed: boolean, shardDetail: boolean): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: '/', cacheControl: SHORT_LIVED }];
  for (const e of byName(top.filter((e) => !e.name.startsWith('_') && !e.name.startsWith('.')))) {
    if (e.name === 'assets' && e.dir) rules.push({ path: '/assets/*', cacheControl: IMMUTABLE });
    else if (e.name === 'img' && e.dir) rules.push({ path: '/img/*', cacheControl: imgHashed ? IMMUTABLE : SHORT_LIVED });
    else if (e.name === 'pagefind' && e.dir) {
      for (const p of byName(pagefind)) {
        if (isShard(p)) {
          if (shardDetail) for (const c of byName(p.children!)) rules.push(pagefindRule(`/pagefind/${p.name}/`, c));
          else rules.push({ path: `/pagefind/${p.name}/*`, cacheControl: SHORT_LIVED });
        } else rules.push(pagefindRule('/pagefind/', p));
      }
    } else rules.push({ path: `/${e.name}${e.dir ? '/*' : ''}`, cacheControl: SHORT_LIVED });
  }
  return rules;
}

/** The `_headers` text for a list of rules. */
export function headersFile(rules: readonly HeaderRule[]): string {
  const head = '# Cache and security headers, generated at build time from the built files (scripts/publish/headers.ts).\n';
  const lines = (r: HeaderRule) => [...(r.cacheControl ? [['Cache-Control', r.cacheControl]] : []), ...Object.entries(r.headers ?? {})];
  return (
    head +
    rules
      .map(
        (r) =>
          `${r.path}\n${lines(r)
            .map(([name, value]) => `  ${name}: ${value}\n`)
            .join('')}`,
      )
      .join('')
  );
}

const list = (dir: string): Entry[] => readdirSync(dir, { withFileTypes: true }).map((d) => ({ name: d.name, dir: d.isDirectory() }));

/**
 * Writes `_headers` for the site in `outDir` (reader pages under `sitePolicy`) within `maxRules` (the
 * host's limit, scripts/publish/host-limits.ts); returns the rules written and, when some were left
 * out, the build's one line about them.
 */
export function writeHeaders(
  outDir: string,
  sitePolicy: Policy = SITE_POLICY,
  maxRules = MAX_RULES,
  redirectOnly: ReadonlySet<string> = new Set(),
  write: (file: string, contents: string) => void = writeFileSync,
): { rules: HeaderRule[]; note?: string } {
  // The previous site's `_headers` (a merge, build/kept-files.ts) is no file this one is made of.
  const top = list(outDir).filter((e) => e.name !== '_headers');
  const has = (name: string) => top.some((e) => e.name === name && e.dir);
  const imgHashed = has('img') && allHashed(readdirSync(join(outDir, 'img')));
  const pagefind = has('pagefind')
    ? list(join(outDir, 'pagefind')).map((e) => (e.dir ? { ...e, children: list(join(outDir, 'pagefind', e.name)) } : e))
    : [];
  // Entries in a top-level folder: a section's rule covers many pages, a static page's one.
  const size = (path: string) => {
    const name = path.slice(1).replace(/\/\*$/, '');
    return path.endsWith('/*') && has(name) ? readdirSync(join(outDir, name)).length : 1;
  };
  const { kept, dropped } = fitHeaderRules(
    headerRules(top, pagefind, imgHashed, sitePolicy, maxRules, redirectOnly),
    maxRules,
    redirectOnly,
    size,
  );
  write(join(outDir, '_headers'), headersFile(kept));
  if (dropped.length === 0) return { rules: kept };
  return { rules: kept, note: headersNote(kept.length, dropped, maxRules, redirectOnly) };
}
