import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../hindi/normalize.ts';
import type { SiteData } from './data-files.ts';
import { ContentError } from './errors.ts';
import { displayPath } from './lines.ts';
import { msg, type Msg } from './messages.ts';

/**
 * `_data/wordpress-redirects.json`: old addresses of a site the archive was imported from, each to
 * what it shows now. Written by `npm run import:wordpress`, editable like any data file, optional.
 * Targets name a file or a listing rather than a URL, so a renamed story or a merged category still
 * resolves when the site is built.
 */
export const OLD_URLS_FILE = 'wordpress-redirects.json';

/** The WordPress query addresses that name one thing: a post, a page, a category, an author, a tag. */
export const OLD_QUERY_NAMES = ['p', 'page_id', 'cat', 'author', 'tag'] as const;

/** What an old address points to: a content file (`articles/…md`, `pages/…md`), a listing, or the district index. */
export type OldUrlTarget =
  | { kind: 'file'; file: string }
  | { kind: 'category' | 'district' | 'author' | 'topic'; value: string }
  | { kind: typeof DISTRICT_INDEX };

/** The target of the district index (`/jila/`): where a WordPress category above the districts leads. */
export const DISTRICT_INDEX = 'districts';

/** One entry of the file, with its line for messages. */
export interface OldUrl {
  from: string;
  target: OldUrlTarget;
  line: number;
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * An old address in the one spelling the file and the 404 page's lookup share: the path decoded,
 * NFC and lower case, with its closing `/` (`/Category/%E0%A4%96/` → `/category/ख/`); a WordPress
 * query on the front page as `/?p=123`. Undefined for anything else (other queries, a fragment, no `/`).
 * layouts/assets/redirect.js spells addresses the same way.
 */
export function oldUrlKey(url: string): string | undefined {
  const q = url.indexOf('?');
  const path = normalizeText(safeDecode(q < 0 ? url : url.slice(0, q))).toLowerCase();
  if (!path.startsWith('/') || url.includes('#') || /[\s\\]/.test(path)) return undefined;
  if (q < 0) return path.endsWith('/') || /\.[a-z0-9]+$/.test(path) ? path : `${path}/`;
  const params = new URLSearchParams(url.slice(q + 1));
  if (path !== '/' && path !== '/index.php') return undefined;
  for (const name of OLD_QUERY_NAMES) {
    const value = params.get(name);
    if (value) return `/?${name}=${normalizeText(value).toLowerCase()}`;
  }
  return undefined;
}

/** A target as written in the file (`articles/2019/05/x.md`, `category:khel`), or undefined when malformed. */
export function parseOldUrlTarget(text: string): OldUrlTarget | undefined {
  if (/^(articles|pages)\/[^\\]+\.md$/.test(text) && !text.split('/').some((s) => s === '' || s === '.' || s === '..'))
    return { kind: 'file', file: text };
  if (text === DISTRICT_INDEX) return { kind: DISTRICT_INDEX };
  const m = /^(category|district|author|topic):(.+)$/.exec(text);
  return m ? { kind: m[1] as 'category', value: m[2]! } : undefined;
}

/** The line of each top-level key, as the import writes the file (one entry a line). */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    const m = /^\s*("(?:[^"\\]|\\.)*")\s*:/.exec(line);
    if (m) lines.set(JSON.parse(m[1]!) as string, i + 1);
  });
  return lines;
}

/**
 * Reads `_data/wordpress-redirects.json` when the archive has one and checks every entry: the old
 * address spelt as `oldUrlKey` spells it, the target well formed, a category, district or author
 * one the data files declare. Whether a target file exists is the catalog's check (catalog/old-urls.ts).
 */
export function loadOldUrls(
  contentDir: string,
  data: Pick<SiteData, 'categories' | 'districts' | 'authors'>,
  errors: ContentError[],
): OldUrl[] {
  const path = join(contentDir, '_data', OLD_URLS_FILE);
  if (!existsSync(path)) return [];
  const file = displayPath(path);
  const text = readFileSync(path, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    errors.push(new ContentError(file, 0, msg('oldUrls.notJson'), msg('oldUrls.notJsonHint'), undefined, (e as Error).message));
    return [];
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    errors.push(new ContentError(file, 1, msg('oldUrls.notObject'), msg('oldUrls.importAgain')));
    return [];
  }
  const lines = keyLines(text);
  const known = {
    category: new Set(data.categories.map((c) => c.slug)),
    district: new Set(data.districts.map((d) => d.slug)),
    author: new Set(data.authors.map((a) => a.slug)),
  };
  const out: OldUrl[] = [];
  for (const [from, value] of Object.entries(parsed)) {
    const line = lines.get(from) ?? 0;
    const add = (message: Msg, hint: Msg) => errors.push(new ContentError(file, line, message, hint));
    const key = oldUrlKey(from);
    const target = typeof value === 'string' ? parseOldUrlTarget(normalizeText(value)) : undefined;
    if (key !== from) add(msg('oldUrls.badFrom', { from }), key ? msg('oldUrls.writeAs', { key }) : msg('oldUrls.writePath'));
    else if (!target) add(msg('oldUrls.badTarget', { from, value: JSON.stringify(value) }), msg('oldUrls.badTargetHint'));
    else if (
      (target.kind === 'category' || target.kind === 'district' || target.kind === 'author') &&
      !known[target.kind].has(target.value)
    )
      add(
        msg('oldUrls.unknown', { from, kind: msg(`oldUrls.kind.${target.kind}`), value: target.value }),
        msg('oldUrls.unknownHint', { kind: msg(`oldUrls.kind.${target.kind}`) }),
      );
    else out.push({ from, target, line });
  }
  return out;
}
