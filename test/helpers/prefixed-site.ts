import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { tempDir } from './archive.ts';

/** The day after the sample archive's newest story: the same pages on every run. */
const SAMPLE_NOW = Date.parse('2026-12-03T12:00:00+05:30');

/**
 * The sample archive (content/: pictures, aliases, static pages, ads) built into a temp folder with
 * `pathPrefix` written into its site.json (none when undefined). Returns the site and a clean-up.
 */
export async function buildSampleWithPrefix(pathPrefix: string | undefined): Promise<{ out: string; remove: () => void }> {
  const content = tempDir('samachar-prefix-content-');
  cpSync(resolve(import.meta.dirname, '../../content'), content, { recursive: true });
  const siteJson = join(content, '_data/site.json');
  const site = JSON.parse(readFileSync(siteJson, 'utf8')) as Record<string, unknown>;
  if (pathPrefix !== undefined) writeFileSync(siteJson, JSON.stringify({ ...site, pathPrefix }));
  const out = tempDir('samachar-prefix-site-');
  await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: SAMPLE_NOW }, out);
  return { out, remove: () => [content, out].forEach((d) => rmSync(d, { recursive: true, force: true })) };
}

/** Every file below `dir`, as paths relative to it, sorted. */
export function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** A URL found in a built file that is neither under the prefix nor on another site. */
export interface Stray {
  file: string;
  url: string;
}

const ATTR = /\s([a-z][a-z0-9:-]*)="([^"]*)"/g;
// The output transform rewrites double-quoted URL attributes only (scripts/eleventy/path-prefix.ts).
const UNQUOTED = /\s(href|src|srcset|action|formaction|poster|cite|ping|data)=(?!")([^\s>]*)/g;
const CSS_URL = /url\(\s*['"]?([^'")\s]+)/g;
const ABSOLUTE = /https?:\/\/[^\s"'<>)\\]+/g;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every URL of a built site that escapes `prefix`: root-relative attribute values (href, src, each
 * srcset candidate, action, data-*, a refresh's url=) and CSS url()s must start with it; absolute
 * URLs on the site's own host (`siteUrl` is origin + prefix), in any text file — pages, JSON-LD,
 * feeds, sitemaps, robots.txt, the CMS config, JSON — and share links (percent-encoded) must
 * continue with it.
 */
export function straysOutside(dir: string, prefix: string, siteUrl: string): Stray[] {
  const origin = new URL(siteUrl).origin;
  const onHost = new RegExp(`^${escapeRe(origin)}(/|$)`);
  const encodedHost = new RegExp(`${escapeRe(encodeURIComponent(origin))}((%2F|/)[^"&\\s]*)?`, 'gi');
  const strays: Stray[] = [];
  const rooted = (file: string, url: string) => {
    if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith(prefix)) strays.push({ file, url });
  };
  for (const file of filesOf(dir)) {
    if (!/\.(html|xml|json|txt|yml|css|webmanifest)$/.test(file) || file === '_redirects' || file === '_headers') continue;
    const text = readFileSync(join(dir, file), 'utf8');
    if (file.endsWith('.html')) {
      for (const [, name, value] of text.matchAll(UNQUOTED)) strays.push({ file, url: `${name}=${value} (not double-quoted)` });
      for (const [, name, raw] of text.matchAll(ATTR)) {
        const value = raw!.replace(/&amp;/g, '&');
        if (name === 'srcset' || name === 'imagesrcset') for (const part of value.split(',')) rooted(file, part.trim().split(/\s+/)[0]!);
        else if (name === 'content' && /^\d+;\s*url=/i.test(value)) rooted(file, value.replace(/^\d+;\s*url=/i, ''));
        else rooted(file, value);
      }
    }
    if (file.endsWith('.css')) for (const [, url] of text.matchAll(CSS_URL)) rooted(file, url!);
    for (const [url] of text.matchAll(ABSOLUTE)) if (onHost.test(url) && !`${url}/`.startsWith(`${siteUrl}/`)) strays.push({ file, url });
    for (const [url] of text.matchAll(encodedHost))
      if (!decodeURIComponent(url).startsWith(`${siteUrl}/`)) strays.push({ file, url: decodeURIComponent(url) });
  }
  return strays;
}
