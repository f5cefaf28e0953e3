import { join } from 'node:path';
import { ContentError } from '../content/errors.ts';
import { displayPath } from '../content/lines.ts';
import { msg } from '../content/messages.ts';
import { OLD_URLS_FILE, type OldUrl } from '../content/old-urls.ts';
import { listingUrl } from './group.ts';
import type { Page } from './pages.ts';
import type { Topics } from './topics.ts';
import type { Catalog } from './types.ts';

/** The district index, where a WordPress category above the districts leads (`"districts"`). */
const DISTRICTS_URL = '/jila/';

/** An old address and the site path it leads to now. */
export interface OldUrlRedirect {
  from: string;
  to: string;
  /** The story's, page's or listing's name, for the redirect page. */
  title: string;
}

/**
 * Entries of `_data/wordpress-redirects.json` whose file is not an article or page of the archive
 * (deleted, renamed by hand, or invalid, which its own message reports): each at its line.
 */
export function checkOldUrlFiles(entries: readonly OldUrl[], files: ReadonlySet<string>, contentDir: string, errors: ContentError[]): void {
  // An invalid story has its own messages; the entry is not reported on top of them.
  const reported = errors.map((e) => e.file.replace(/\\/g, '/'));
  for (const e of entries) {
    if (e.target.kind !== 'file' || files.has(e.target.file)) continue;
    const file = e.target.file;
    if (reported.some((r) => r.endsWith(`/${file}`) || r === file)) continue;
    errors.push(
      new ContentError(
        displayPath(join(contentDir, '_data', OLD_URLS_FILE)),
        e.line,
        msg('oldUrls.noFile', { from: e.from, file }),
        msg('oldUrls.noFileHint'),
      ),
    );
  }
}

/**
 * Where each old address leads on this build: a story's or page's URL, a listing, the district
 * index, a topic (else a search for the tag). Entries whose story is not published (a draft, or scheduled later) are left
 * out until it is; so is one that would lead to itself.
 */
export function resolveOldUrls(
  entries: readonly OldUrl[],
  catalog: Pick<Catalog, 'articles' | 'categories' | 'districts' | 'authors'>,
  pages: readonly Page[],
  topics: Pick<Topics, 'url'>,
): OldUrlRedirect[] {
  const named = (list: ReadonlyArray<{ url: string; title: string; id: string }>) => new Map(list.map((x) => [x.id, x] as const));
  const files = named([...catalog.articles, ...pages]);
  const vocab = {
    category: new Map(catalog.categories.map((c) => [c.slug, c.name] as const)),
    district: new Map(catalog.districts.map((d) => [d.slug, d.name] as const)),
    author: new Map(catalog.authors.map((a) => [a.slug, a.name] as const)),
  };
  const out: OldUrlRedirect[] = [];
  for (const { from, target } of entries) {
    let r: { url: string; title: string } | undefined;
    if (target.kind === 'file') r = files.get(target.file);
    else if (target.kind === 'districts') r = { url: DISTRICTS_URL, title: 'ज़िले' };
    else if (target.kind === 'topic')
      r = { url: topics.url(target.value) ?? `/khoj/?q=${encodeURIComponent(target.value)}`, title: target.value };
    else r = { url: listingUrl[target.kind](target.value), title: vocab[target.kind].get(target.value) ?? target.value };
    if (r && r.url !== from) out.push({ from, to: r.url, title: r.title });
  }
  return out;
}
