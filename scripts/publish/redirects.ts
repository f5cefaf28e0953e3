import { join, relative, sep } from 'node:path';
import { canonicalPath } from '../catalog/url-paths.ts';
import { folderOf, prefixPath } from '../content/path-prefix.ts';
import type { Article } from '../catalog/types.ts';
import { HOST_LIMITS, type HostLimits } from './host-limits.ts';
import { budgetNote, fitRedirects, type Traffic } from './redirect-budget.ts';
import { plainFiles, type SiteFiles } from './site-files.ts';

/** One old URL of a renamed article and where it lives now. */
export interface Redirect {
  from: string;
  to: string;
  title: string;
  source: string;
  /** 301 unless given: an old listing page's target moves as stories are published (302). */
  status?: 301 | 302;
}

/** Every alias of every published article, sorted by old URL so `_redirects` is stable. */
export function collectRedirects(articles: readonly Article[]): Redirect[] {
  const out: Redirect[] = [];
  for (const a of articles)
    for (const alias of a.aliases) out.push({ from: canonicalPath(alias), to: a.url, title: a.title, source: a.id });
  return out.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page left at an old URL, for hosts that do not read `_redirects` (GitHub Pages, a bucket):
 * an instant meta refresh, a canonical link so search engines move the ranking to the new URL,
 * noindex so the old URL drops out, and a plain link for readers whose browser does not follow it.
 */
export function redirectPage(r: Redirect, siteUrl: string, folder = folderOf(siteUrl)): string {
  const to = escapeHtml(r.to);
  // A page written outside Eleventy: the pathPrefix transform never sees it. siteUrl ends in the prefix.
  const href = escapeHtml(prefixPath(folder, r.to));
  const title = escapeHtml(r.title);
  return `<!doctype html>
<html lang="hi">
<head>
<meta charset="utf-8">
<title>${title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(siteUrl)}${to}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>यह ख़बर नए पते पर है: <a href="${href}">${title}</a></p>
</body>
</html>
`;
}

/**
 * `_redirects` for Netlify and Cloudflare Pages: one line per old URL (or per splat). Under a `pathPrefix`
 * the old URL stays a path in the uploaded folder (what the host matches) and the target is where a
 * reader's browser goes next, prefix included (docs/configuration.md, "A site in a subfolder").
 */
export function redirectsFile(lines: ReadonlyArray<Pick<Redirect, 'from' | 'to' | 'status'>>, pathPrefix = '/', note = ''): string {
  const head = `# Old URLs of renamed articles (front-matter "aliases:") and imported ones. Generated at build time.\n${note ? `# ${note}\n` : ''}`;
  return head + lines.map((r) => `${r.from} ${prefixPath(pathPrefix, r.to)} ${r.status ?? 301}\n`).join('');
}

/**
 * The file a static host serves for a URL path: `/a/b/` → `a/b/index.html`, `/a/b.html` → itself.
 * Percent-escapes are decoded because hosts decode the request path before looking for the file.
 */
export function fileForPath(outDir: string, urlPath: string): string {
  // A query or fragment never reaches a static file, so such an alias could not work anywhere.
  if (/[?#]/.test(urlPath)) throw new Error(`alias ${urlPath} has a query or fragment, which a static site cannot redirect`);
  const decoded = decodeURIComponent(urlPath);
  const file = join(outDir, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  // path.join's result starting with the folder is inside it: path.relative only for other folders' spellings.
  const rel = file.startsWith(outDir + sep) ? file.slice(outDir.length + 1) : relative(outDir, file);
  if (rel.startsWith('..') || rel.startsWith(sep) || rel === '') throw new Error(`alias ${urlPath} points outside the site`);
  return file;
}

/** Where `_redirects` goes and how much of it the host reads; what the build knows of the targets' readers. */
export interface RedirectOptions {
  limits?: HostLimits;
  traffic?: Traffic;
  /** How files are written and what the built site holds (site-files.ts). */
  files?: SiteFiles;
  /** `collectRedirects(articles)`, when the caller made it already (a 100,000-story archive has tens of thousands). */
  aliases?: readonly Redirect[];
}

/**
 * Writes a redirect page for every alias of `articles` and every one of `more`, and `_redirects` within
 * the host's limits (scripts/publish/redirect-budget.ts); `note` says what was left to the pages. An
 * alias never replaces a page the build made (say a month listing): that would silently unpublish it,
 * so the build stops and names the article.
 */
export function writeRedirects(
  outDir: string,
  articles: readonly Article[],
  siteUrl: string,
  more: readonly Redirect[] = [],
  options: RedirectOptions = {},
): { redirects: number; note?: string; redirectOnly: Set<string> } {
  const redirects = [...(options.aliases ?? collectRedirects(articles)), ...more].sort((x, y) =>
    x.from < y.from ? -1 : x.from > y.from ? 1 : 0,
  );
  const limits = options.limits ?? HOST_LIMITS.other;
  const traffic = options.traffic ?? { listings: new Map(), stories: new Map(articles.map((a) => [a.url, a.date])) };
  const files = options.files ?? plainFiles;
  // Before the pages are written: a folder at an old address then holds files the build made.
  const budget = fitRedirects(redirects, limits, traffic, (from) => files.exists(join(outDir, safeDecode(from))));
  const note = budgetNote(budget, redirects.length, limits, traffic);
  const redirectOnly = redirectOnlyRules(outDir, redirects, files);
  // Parsed once, not once per redirect page (20,000 of them at 100,000 stories).
  const folder = folderOf(siteUrl);
  for (const r of redirects) {
    const file = fileForPath(outDir, r.from);
    if (files.exists(file))
      throw new Error(`${r.source}: the alias ${r.from} is a page of the built site (${relative(outDir, file)}); remove the alias`);
    files.write(file, redirectPage(r, siteUrl, folder));
  }
  files.write(join(outDir, '_redirects'), redirectsFile(budget.lines, folderOf(siteUrl), note));
  return { redirects: redirects.length, ...(note ? { note } : {}), redirectOnly };
}

/**
 * The `_headers` rule paths (`/x/*`, `/x.html`) of top-level folders and files that only redirect
 * pages will fill: looked at before they are written, so an existing one holds the build's pages.
 */
function redirectOnlyRules(outDir: string, redirects: readonly Redirect[], files: SiteFiles): Set<string> {
  const out = new Set<string>();
  // Thousands of redirects share a handful of top-level names: one look-up each.
  const taken = new Map<string, boolean>();
  for (const r of redirects) {
    const [top, ...rest] = safeDecode(r.from).split('/').slice(1);
    if (!top) continue;
    let exists = taken.get(top);
    if (exists === undefined) taken.set(top, (exists = files.exists(join(outDir, top))));
    if (!exists) out.add(rest.length ? `/${top}/*` : `/${top}`);
  }
  return out;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
