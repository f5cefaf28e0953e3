import { hash } from 'node:crypto';
import type { ListingPage } from '../catalog/group.ts';
import { breakingNow } from '../catalog/news-flags.ts';
import type { Article } from '../catalog/types.ts';
import type { SiteModel } from '../eleventy/model.ts';
import { bodyPicturesOf, pictureKey } from '../images/article-pictures.ts';

/** The digest of a picture's bytes by its key (`images/…`), '' when there is no such file. */
export type PictureDigest = (key: string) => string;

// One call per digest, not a Hash object and two updates per part: a merge digests every page of
// the archive (120,000 at 100,000 stories).
const sha = (...parts: string[]) => hash('sha1', parts.join('\0'));

/**
 * What every page reads besides its own data: the code and templates (`code`, see stamps.ts),
 * site.json and the other data files as parsed, the static pages (footer links), the breaking
 * strip in the header, the publish options, and `files`: a digest of the content folder's files
 * other than stories and pictures (data files, pages, content/assets/ with the logo and author
 * photos, content/root/).
 * A change to any of these changes every page's digest, so the whole site is rendered again.
 */
export function siteStamp(model: SiteModel, code: string, files: string): string {
  const { catalog, input } = model;
  const breaking = breakingNow(catalog.articles, input.now).map((a) => [a.url, a.title]);
  const data = [model.site, catalog.categories, catalog.districts, catalog.authors, catalog.sources, model.pages];
  return sha(code, files, JSON.stringify([data, breaking, input.includeDrafts, input.includeFuture]));
}

// A story's fields as a card or a related link may read them: all but its text, whose part a card
// can show (the summary) is a field of its own. `sourcePath` is where this machine keeps the file.
const cardFields = (a: Article) => ({ ...a, body: undefined, text: undefined, sourcePath: undefined });

/**
 * The digest of a story file's bytes, when known (content/story-cache.ts). A story is made from its
 * path, its bytes, the data files and the code alone, and the last two are in every page's stamp, so
 * the file's digest stands for the whole story: nothing of it is serialised to be hashed.
 */
export type SourceDigest = (sourcePath: string) => string | undefined;

/** Digests of every article and listing page: same digest, same bytes (for the same `stamp`). */
export interface PageDigests {
  articles: Map<Article, string>;
  listings: Map<ListingPage, string>;
}

/**
 * A digest per page of exactly the data its template reads, so a page whose digest is unchanged
 * can be taken from an earlier build. The templates are not listed field by field: a page digests
 * the whole Article objects it receives (without their text), so a redesigned card or header
 * reading any other field is covered.
 * - article page: the story itself (body included), its pictures' bytes, its related stories
 *   (each one's card fields and whether it is a fallback; not the score, which no page shows),
 *   and which of its tags have a topic page (that depends on other stories: topics.minStories);
 * - listing page: everything the ListingPage holds (title, counts, pagination), its stories' card
 *   fields and their lead pictures.
 * Both include `stamp` (siteStamp).
 */
export function pageDigests(model: SiteModel, stamp: string, picture: PictureDigest, source?: SourceDigest): PageDigests {
  const cards = new Map<Article, string>();
  const card = (a: Article) => {
    let d = cards.get(a);
    if (d === undefined) {
      const lead = a.image ? pictureKey(a.image.src, false) : undefined;
      const pic = lead ? picture(lead) : '';
      const file = source?.(a.sourcePath);
      // With the file's digest the card is its own key (two hex digests, then the id), not hashed: the
      // page's hash covers it. No control character, so JSON.stringify below keeps its fast path.
      d = file ? `${file}:${pic}:${a.id}` : sha(JSON.stringify(cardFields(a)), pic);
      cards.set(a, d);
    }
    return d;
  };
  const articles = new Map<Article, string>();
  for (const a of model.catalog.articles) {
    // Looked through once per process: the images plugin needs the same (article-pictures.ts).
    const body = bodyPicturesOf(a).map((src) => {
      const key = pictureKey(src, true);
      return key ? picture(key) : '';
    });
    const related = (model.related.get(a.id) ?? []).map((r) => `${card(r.article)}${r.fallback ? '+' : ''}`);
    const topics = a.tags.map((t) => model.topics.url(t) ?? '');
    // With the file's digest, card(a) covers the body too.
    const own = source?.(a.sourcePath) ? '' : a.body;
    articles.set(a, sha('article', stamp, card(a), own, JSON.stringify([body, related, topics])));
  }
  // One digest per shared pageUrls array, not one JSON copy of it per page.
  const urlLists = new Map<readonly string[], string>();
  const listings = new Map<ListingPage, string>();
  for (const l of model.listings) {
    let urls = urlLists.get(l.pageUrls);
    if (urls === undefined) urlLists.set(l.pageUrls, (urls = sha(...l.pageUrls)));
    const own = JSON.stringify({ ...l, items: undefined, pageUrls: undefined });
    listings.set(l, sha('listing', stamp, own, urls, ...l.items.map(card)));
  }
  return { articles, listings };
}
