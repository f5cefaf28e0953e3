import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedBy, outputFile } from '../catalog/url-paths.ts';
import { OLD_URLS_FILE, oldUrlKey } from '../content/old-urls.ts';
import { normalizeText } from '../hindi/normalize.ts';
import { decodeName, type ImportMap, type Vocab } from './import-map.ts';
import type { WriteOutcome } from './write.ts';
import type { WxrAuthor, WxrTerm } from './wxr-reader.ts';
import { archivePath, mapBases } from './bases.ts';
import { authorNicenames } from './nicename.ts';
import { categoryTargets } from './category-targets.ts';

/** The path (and query) of an old permalink, percent-escapes in capitals as browsers send them; undefined when not a URL. */
export function linkPath(link: string): string | undefined {
  try {
    const u = new URL(link);
    return (u.pathname + u.search).replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase());
  } catch {
    return undefined;
  }
}

/**
 * Whether an old permalink can be an article's alias (a redirect page of its own): a path the build
 * never fills. `/khel/purani-khabar/` under a category, or one with a query, goes to the map instead.
 */
export function aliasable(path: string, categories: ReadonlySet<string>): boolean {
  if (path.includes('?') || path === '/') return false;
  const file = outputFile(path);
  return typeof file === 'string' && generatedBy(file, categories) === undefined;
}

/**
 * The archive addresses of the export's categories, tags and authors, each to the listing the map
 * sends it to: `/category/parent/child/` (and `/category/child/`, which WordPress also answers),
 * `/?cat=ID`, `/tag/x/`, `/?tag=x`, `/author/<nicename>/`, `/?author=ID`, under the map's `bases`
 * (`/khabar/x/` for a category base `khabar`). An author's nicename is the map's, else derived from
 * the login as WordPress does (nicename.ts). A category leads where category-targets.ts says (a parent
 * with no posts of its own: where its children lead); `exists` says which listings the site has.
 */
export function archiveUrls(
  terms: readonly WxrTerm[],
  authors: readonly WxrAuthor[],
  map: ImportMap,
  exists: (target: string) => boolean = () => true,
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const bases = mapBases(map);
  const nicenames = authorNicenames(authors);
  const parentOf = new Map(terms.filter((t) => t.kind === 'category').map((t) => [t.nicename, t.parent] as const));
  const categories = categoryTargets(terms, map, exists);
  for (const t of terms) {
    const name = decodeName(t.nicename);
    if (t.kind === 'category') {
      const target = categories.get(t.nicename);
      if (!target) continue;
      const chain = [t.nicename];
      for (let p = t.parent; p && chain.length < 10 && !chain.includes(p); p = parentOf.get(p) ?? '') chain.unshift(p);
      out.push([archivePath(bases.category, chain.join('/')), target]);
      if (chain.length > 1) out.push([archivePath(bases.category, t.nicename), target]);
      out.push([`/?cat=${t.termId}`, target]);
    } else {
      const m = map.tags[name];
      const target = m?.district ? `district:${m.district}` : `topic:${normalizeText(m?.name || t.name)}`;
      out.push([archivePath(bases.tag, t.nicename), target], [`/?tag=${t.nicename}`, target]);
    }
  }
  for (const a of authors) {
    const m = map.authors[a.login];
    if (!m) continue;
    out.push([archivePath(bases.author, m.nicename?.trim() || nicenames.get(a.login)!), `author:${m.slug}`]);
    if (a.id) out.push([`/?author=${a.id}`, `author:${m.slug}`]);
  }
  return out;
}

/**
 * Writes `_data/wordpress-redirects.json`, one entry a line and sorted, so a second run with the same
 * export changes nothing and a diff shows what a newer one added. Entries already in the file are
 * kept (an editor may have pointed one elsewhere) unless the export gives the address again. A listing
 * target the data files do not declare (a category no imported post uses) is left out.
 */
export function writeOldUrls(contentDir: string, found: ReadonlyMap<string, string>): { outcome: WriteOutcome; entries: number } {
  const path = join(contentDir, '_data', OLD_URLS_FILE);
  const had = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const all = new Map<string, string>(Object.entries(had ? (JSON.parse(had) as Record<string, string>) : {}));
  const exists = declaredListings(contentDir);
  for (const [url, target] of found) {
    const key = oldUrlKey(url);
    if (key && exists(target)) all.set(key, target);
  }
  const keys = [...all.keys()].sort();
  const text = keys.length ? `{\n${keys.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(all.get(k))}`).join(',\n')}\n}\n` : '';
  if (!text || text === had) return { outcome: 'unchanged', entries: keys.length };
  writeFileSync(path, text);
  return { outcome: had === undefined ? 'written' : 'updated', entries: keys.length };
}

/** Whether a target's category, district or author is in the content folder's `_data/` (any other target: yes). */
export function declaredListings(contentDir: string): (target: string) => boolean {
  const declared = (kind: string) => {
    const file = join(contentDir, '_data', `${kind}.json`);
    const list = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Vocab[]) : [];
    return new Set(list.map((v) => v.slug));
  };
  const known: Record<string, Set<string>> = {
    category: declared('categories'),
    district: declared('districts'),
    author: declared('authors'),
  };
  return (target) => {
    const [kind, slug] = target.split(/:(.*)/s);
    return !(kind! in known && !known[kind!]!.has(slug!));
  };
}
