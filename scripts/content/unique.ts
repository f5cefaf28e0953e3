import { ContentError } from './errors.ts';
import { fieldLine, type ValidArticle } from './validate.ts';
import type { Article } from '../catalog/types.ts';

/**
 * Paths the site generates from the archive itself: year and month archives, pages 2+ of any
 * listing, and the folders of assets, pictures, the search index and the CMS.
 */
const GENERATED = /^\/(\d{4}\/(\d{2}\/)?|.*\/page\/\d+\/|(assets|img|images|pagefind|admin|feeds?)\/.*)$/;

/** A URL path with a trailing slash, as pages are written (`/a/b` and `/a/b/` are one page). */
export function canonicalPath(path: string): string {
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}

/**
 * Two articles may not share a URL, and an alias may not point over a live page or another alias:
 * either would silently replace a published story.
 */
export function checkUniqueUrls(articles: readonly Article[], valid: ReadonlyMap<string, ValidArticle>, reserved: ReadonlySet<string>, errors: ContentError[]): void {
  const byUrl = new Map<string, Article[]>();
  const line = (a: Article, field: string) => {
    const v = valid.get(a.id);
    if (!v) return 1;
    // A URL comes from the slug when there is one, else from the title.
    return fieldLine(v.raw, field === 'url' ? (v.fm.slug ? 'slug' : 'title') : field);
  };
  const file = (a: Article) => valid.get(a.id)?.raw.file ?? a.id;
  for (const a of articles) {
    const list = byUrl.get(a.url);
    if (list) list.push(a);
    else byUrl.set(a.url, [a]);
  }
  const owner = new Map<string, Article>();
  for (const [url, list] of byUrl) {
    owner.set(url, list[0]!);
    if (list.length < 2) continue;
    // Every file involved gets the message: the editor who added the new one may be looking at either.
    for (const a of list) {
      const others = list.filter((b) => b !== a).map(file).join(', ');
      errors.push(new ContentError(file(a), line(a, 'url'), `this article's URL ${url} is also used by ${others}`,
        'give one of them a different "slug:" (or a different title or date)', 'slug'));
    }
  }
  for (const path of reserved) if (owner.has(path)) {
    const a = owner.get(path)!;
    errors.push(new ContentError(file(a), line(a, 'url'), `the URL ${path} belongs to a page of the site itself`, 'choose another "slug:"', 'slug'));
  }
  const aliasOwner = new Map<string, Article>();
  for (const a of articles) {
    for (const alias of a.aliases.map(canonicalPath)) {
      const live = owner.get(alias);
      const twice = aliasOwner.get(alias);
      if (live) errors.push(new ContentError(file(a), line(a, 'aliases'), `the alias ${alias} is the URL of a live article, ${file(live)}`, 'remove the alias, or rename that article first', 'aliases'));
      else if (reserved.has(alias) || GENERATED.test(alias)) errors.push(new ContentError(file(a), line(a, 'aliases'), `the alias ${alias} is a page of the site itself`, 'remove the alias', 'aliases'));
      else if (twice && twice !== a) errors.push(new ContentError(file(a), line(a, 'aliases'), `the alias ${alias} is also claimed by ${file(twice)}`, 'an old URL can redirect to one article only', 'aliases'));
      else aliasOwner.set(alias, a);
    }
  }
}
