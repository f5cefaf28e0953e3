import { GENERATED_ROOT_FILES } from '../content/file-types.ts';
import { RESERVED_SLUGS } from '../content/site-config.ts';
import { msg, type Msg } from '../content/messages.ts';

/** Longest name of one file or folder, in bytes: the limit of ext4, APFS, NTFS and most others. */
export const MAX_SEGMENT_BYTES = 255;
/**
 * Longest URL path, in bytes after decoding. Linux allows 4,096 for a whole path, and the site's
 * own folder (a CI checkout, a temp folder) takes part of that; 1,024 leaves room for any of them
 * and is far above any real old URL.
 */
export const MAX_PATH_BYTES = 1024;

/**
 * Files the build writes at the top of the site, besides pages. Host configuration files
 * (`_headers`, `_redirects`, Cloudflare's `_worker.js` and `_routes.json`) are covered by the rule
 * that no top-level name may start with `_`. The list lives in content/ because root/ may not hold them either.
 */
export const TOP_FILES: readonly string[] = GENERATED_ROOT_FILES;
/** Top-level folders the build fills: listings, search, pictures, the CMS, sitemaps, and every name a category may not take. */
const TOP_FOLDERS = new Set([...RESERVED_SLUGS, 'sitemaps']);

/** `/2026/11/mandi-bhav/`: a year, a month, a slug (a-z, 0-9, hyphens) far below MAX_SEGMENT_BYTES. */
const STORY_URL = /^\/\d{4}\/\d{2}\/[a-z0-9-]{1,200}\/$/;

/** A path as [message, hint], when an editor must change it. */
export type PathProblem = [Msg, Msg];

/** `/a/b` and `/a/b/` are one page, written as `a/b/index.html`; `/a/b.html` is the file itself. */
export function canonicalPath(path: string): string {
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}

/**
 * The file a URL path is written to, relative to the site folder and decoded as a host decodes a
 * request (`/a/` → `a/index.html`), or a problem when no file system can hold it safely.
 */
export function outputFile(path: string): string | PathProblem {
  // Every story's own URL has this shape, which passes each check below: 100,000 of them skip the rest.
  if (STORY_URL.test(path)) return `${path.slice(1)}index.html`;
  let decoded: string;
  try {
    decoded = decodeURIComponent(canonicalPath(path));
  } catch {
    return [msg('path.escape'), msg('path.escapeHint')];
  }
  if (/%2f|%5c/i.test(path) || decoded.includes('\\')) return [msg('path.slash'), msg('path.slashHint')];
  // %00 would cut a file name short where the name reaches C; other controls are never in a real URL.
  if (/[\x00-\x1f\x7f]/.test(decoded)) return [msg('path.control'), msg('path.controlHint')];
  const file = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const segments = file.slice(1).split('/');
  if (segments.some((s) => s === '')) return [msg('path.empty'), msg('path.emptyHint')];
  if (segments.some((s) => s === '.' || s === '..')) return [msg('path.dots'), msg('path.dotsHint')];
  if (segments.some((s) => s.startsWith('.'))) return [msg('path.dotStart'), msg('path.dotStartHint')];
  if (segments[0]!.startsWith('_')) return [msg('path.underscore'), msg('path.underscoreHint')];
  const long = segments.find((s) => Buffer.byteLength(s) > MAX_SEGMENT_BYTES);
  if (long) return [msg('path.longPart', { bytes: Buffer.byteLength(long), max: MAX_SEGMENT_BYTES }), msg('path.shortenHint')];
  if (Buffer.byteLength(file) > MAX_PATH_BYTES)
    return [msg('path.long', { bytes: Buffer.byteLength(file), max: MAX_PATH_BYTES }), msg('path.shortenHint')];
  return segments.join('/');
}

/**
 * The key two files collide under on a case-insensitive disk (macOS and Windows, where editors run
 * `npm start`) or under Unicode normalisation (macOS stores names decomposed): NFC, lower case.
 */
export function foldKey(file: string): string {
  return file.normalize('NFC').toLowerCase();
}

/**
 * Why a site file (from `outputFile`) is one the build makes itself, or undefined. Year and month
 * archives count for every year, not only those the archive has today: a story dated in a new
 * year creates its archive, which an alias must not already hold.
 */
export function generatedBy(file: string, categories: ReadonlySet<string>): Msg | undefined {
  const key = foldKey(file);
  const s = key.split('/');
  if (s.length === 1 && TOP_FILES.includes(key)) return msg('generated.topFile');
  if (s.length > 1 && (TOP_FOLDERS.has(s[0]!) || categories.has(s[0]!))) return msg('generated.folder', { folder: s[0]! });
  // `p/N/`: listing pages numbered from the oldest; `page/N/`: the numbering before #23, now redirects.
  if (/^\d{4}\/((\d{2}\/)?(page|p)\/\d+\/|\d{2}\/)?index\.html$/.test(key)) return msg('generated.archive');
  if (/(^|\/)(page|p)\/\d+\/index\.html$/.test(key)) return msg('generated.listingPage');
  return undefined;
}

/** The folders a file needs, outermost first: `a/b/c.html` → `a`, `a/b`. */
export function foldersOf(file: string): string[] {
  const out: string[] = [];
  for (let i = file.indexOf('/'); i >= 0; i = file.indexOf('/', i + 1)) out.push(file.slice(0, i));
  return out;
}

/** A site path as an absolute URL on the public address (`site.url` has no trailing slash). */
export function absoluteUrl(siteUrl: string, path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  return siteUrl + (path.startsWith('/') ? path : `/${path}`);
}
