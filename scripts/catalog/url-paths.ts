import { GENERATED_ROOT_FILES } from '../content/file-types.ts';
import { RESERVED_SLUGS } from '../content/site-config.ts';

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

/** A path as [message, hint], when an editor must change it. */
export type PathProblem = [string, string];

/** `/a/b` and `/a/b/` are one page, written as `a/b/index.html`; `/a/b.html` is the file itself. */
export function canonicalPath(path: string): string {
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}

/**
 * The file a URL path is written to, relative to the site folder and decoded as a host decodes a
 * request (`/a/` → `a/index.html`), or a problem when no file system can hold it safely.
 */
export function outputFile(path: string): string | PathProblem {
  let decoded: string;
  try {
    decoded = decodeURIComponent(canonicalPath(path));
  } catch {
    return ['has a broken %-escape', 'every % must start a complete escape of UTF-8, like %E0%A4%95 for क; or write the path without %'];
  }
  if (/%2f|%5c/i.test(path) || decoded.includes('\\'))
    return ['has an escaped / or a backslash', 'write the path with plain / between its parts'];
  // %00 would cut a file name short where the name reaches C; other controls are never in a real URL.
  if (/[\x00-\x1f\x7f]/.test(decoded)) return ['has a control character', 'remove the %00–%1F escape'];
  const file = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const segments = file.slice(1).split('/');
  if (segments.some((s) => s === '')) return ['has an empty part (//)', 'write a single / between the parts'];
  if (segments.some((s) => s === '.' || s === '..'))
    return ['has a "." or ".." part', "an old URL is a path from the site's root, like /purani-khabar/"];
  if (segments.some((s) => s.startsWith('.'))) return ['has a part starting with "."', 'hosts hide such files; an old URL cannot be one'];
  if (segments[0]!.startsWith('_')) return ['starts with "_"', 'such names are host settings files (_headers, _redirects), not pages'];
  const long = segments.find((s) => Buffer.byteLength(s) > MAX_SEGMENT_BYTES);
  if (long) return [`has a part of ${Buffer.byteLength(long)} bytes; a file name may have at most ${MAX_SEGMENT_BYTES}`, 'shorten it'];
  if (Buffer.byteLength(file) > MAX_PATH_BYTES)
    return [`is ${Buffer.byteLength(file)} bytes long; a path may have at most ${MAX_PATH_BYTES}`, 'shorten it'];
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
export function generatedBy(file: string, categories: ReadonlySet<string>): string | undefined {
  const key = foldKey(file);
  const s = key.split('/');
  if (s.length === 1 && TOP_FILES.includes(key)) return 'a file the build writes';
  if (s.length > 1 && (TOP_FOLDERS.has(s[0]!) || categories.has(s[0]!))) return `inside /${s[0]}/, which the build fills`;
  // `p/N/`: listing pages numbered from the oldest; `page/N/`: the numbering before #23, now redirects.
  if (/^\d{4}\/((\d{2}\/)?(page|p)\/\d+\/|\d{2}\/)?index\.html$/.test(key)) return 'a year or month archive';
  if (/(^|\/)(page|p)\/\d+\/index\.html$/.test(key)) return 'a page of a listing';
  return undefined;
}

/** The folders a file needs, outermost first: `a/b/c.html` → `a`, `a/b`. */
export function foldersOf(file: string): string[] {
  const s = file.split('/');
  return s.slice(0, -1).map((_, i) => s.slice(0, i + 1).join('/'));
}

/** A site path as an absolute URL on the public address (`site.url` has no trailing slash). */
export function absoluteUrl(siteUrl: string, path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  return siteUrl + (path.startsWith('/') ? path : `/${path}`);
}
