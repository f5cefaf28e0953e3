import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { folderOf } from '../content/path-prefix.ts';

/** A link in the built site that leads nowhere. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** What a link check looked at and what it found. */
export interface LinkReport {
  files: number;
  links: number;
  broken: BrokenLink[];
}

/** Every file below `dir` as a site path (`/2026/11/x/index.html`). */
export function listSiteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => `/${relative(dir, join(e.parentPath, e.name))}`)
    .sort();
}

// Attributes that load or lead somewhere. The site's HTML is ours and always double-quotes them;
// quoted text inside an article is escaped (&quot;), so it cannot look like an attribute.
const ATTR = /\s(?:href|src)="([^"]*)"/g;
const SRCSET = /\ssrcset="([^"]*)"/g;
const REFRESH = /http-equiv="refresh" content="\d+;\s*url=([^"]+)"/g;
const LOC = /<(loc|icon|logo)>([^<]*)<\/\1>/g;
const ID = /\sid="([^"]*)"/g;

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'");

/** The URLs a page or XML file points at, as written (entities decoded). */
export function extractLinks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ATTR)) out.push(decode(m[1]!));
  for (const m of text.matchAll(SRCSET)) for (const part of decode(m[1]!).split(',')) out.push(part.trim().split(/\s+/)[0]!);
  for (const m of text.matchAll(REFRESH)) out.push(decode(m[1]!));
  for (const m of text.matchAll(LOC)) out.push(decode(m[2]!));
  return out.filter((u) => u !== '');
}

/** The ids of a page, which `#fragment` links must name. */
export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decode(m[1]!)));
}

/**
 * A link as a site path plus fragment, or undefined when it leaves the site. Links to the public
 * address (`siteUrl`, as in canonical and og:url) count as internal: they must exist too. When
 * `siteUrl` ends in a `pathPrefix` (`https://x.github.io/repo`), pages are served below it: a
 * root-relative link must start with it, and one that does not is `outside` the site.
 */
export function resolveLink(
  href: string,
  pagePath: string,
  siteUrl: string,
): { path: string; fragment: string; outside?: true } | undefined {
  if (/^(mailto|tel|javascript|data|blob):/i.test(href)) return undefined;
  const prefix = folderOf(siteUrl);
  const base = new URL(prefix + pagePath.slice(1), 'http://site.invalid');
  let url: URL;
  try {
    const onSite = href === siteUrl || href.startsWith(`${siteUrl}/`);
    url = new URL(onSite ? prefix + href.slice(siteUrl.length + 1) : href, base);
  } catch {
    return { path: href, fragment: '' };
  }
  if (url.origin !== base.origin) return undefined;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (!url.pathname.startsWith(prefix)) return { path: decodeURIComponent(url.pathname), fragment, outside: true };
  return { path: decodeURIComponent(url.pathname.slice(prefix.length - 1)), fragment };
}

/** The file a site path is served from, or undefined when there is none. */
export function targetFile(path: string, files: ReadonlySet<string>): string | undefined {
  if (path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  if (files.has(path)) return path;
  return files.has(`${path}/index.html`) ? `${path}/index.html` : undefined;
}

/**
 * Checks every link of every HTML and XML file in a built site: the target file must exist and a
 * `#fragment` must name an id on the target page. Linear in the site's size: files are read once,
 * and only the links that carry a fragment wait for the second pass.
 */
export function checkLinks(dir: string, siteUrl: string): LinkReport {
  const all = listSiteFiles(dir);
  const files = new Set(all);
  const ids = new Map<string, Set<string>>();
  const withFragment: Array<{ page: string; href: string; file: string; fragment: string }> = [];
  const broken: BrokenLink[] = [];
  let links = 0;
  const pages = all.filter((f) => f.endsWith('.html') || f.endsWith('.xml'));
  for (const page of pages) {
    const text = readFileSync(join(dir, page), 'utf8');
    const pageUrl = page.endsWith('/index.html') ? page.slice(0, -'index.html'.length) : page;
    if (page.endsWith('.html')) ids.set(page, extractIds(text));
    for (const href of extractLinks(text)) {
      links++;
      const link = resolveLink(href, pageUrl, siteUrl);
      if (!link) continue;
      const file = link.outside ? undefined : targetFile(link.path, files);
      if (link.outside) broken.push({ page, href, reason: `outside the site's folder (pathPrefix ${folderOf(siteUrl)})` });
      else if (!file) broken.push({ page, href, reason: 'no such file' });
      else if (link.fragment && file.endsWith('.html')) withFragment.push({ page, href, file, fragment: link.fragment });
    }
  }
  for (const l of withFragment) {
    if (!ids.get(l.file)?.has(l.fragment)) broken.push({ page: l.page, href: l.href, reason: `no id "${l.fragment}" on ${l.file}` });
  }
  return { files: pages.length, links, broken };
}
