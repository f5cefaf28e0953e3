import type { Article } from '../catalog/types.ts';
import type { SiteConfig } from '../content/site-config.ts';
import type { Category } from '../content/schema.ts';
import { escapeXml, laterOf, w3cDateTime } from './xml.ts';
import { absoluteUrl } from '../catalog/url-paths.ts';

/** Items per feed: what feed readers and aggregators poll for. */
export const FEED_SIZE = 50;

/** One Atom feed: where it goes and what it lists. */
export interface FeedSpec {
  /** Site path of the feed file: `/feed.xml`, `/rajniti/feed.xml`. */
  path: string;
  title: string;
  subtitle: string;
  /** The HTML page the feed mirrors. */
  pageUrl: string;
  articles: readonly Article[];
}

/** Path of the whole site's feed, or of one category's. */
export function feedPath(categorySlug?: string): string {
  return categorySlug ? `/${categorySlug}/feed.xml` : '/feed.xml';
}

/**
 * The site feed and one per category (even an empty one, so the `<link>` in its page never
 * breaks), each with its newest `size` published articles. One pass over the newest-first
 * catalog, which stops as soon as every feed is full: cheap at 100,000 articles.
 */
export function feedSpecs(articles: readonly Article[], categories: readonly Category[], site: SiteConfig, size = FEED_SIZE): FeedSpec[] {
  const site50: Article[] = [];
  const byCategory = new Map<string, Article[]>(categories.map((c) => [c.slug, []]));
  let open = categories.length + 1;
  for (const a of articles) {
    if (open === 0) break;
    if (a.draft) continue;
    if (site50.length < size && site50.push(a) === size) open--;
    const list = byCategory.get(a.category.slug);
    if (list && list.length < size && list.push(a) === size) open--;
  }
  return [
    { path: feedPath(), title: site.title, subtitle: site.description, pageUrl: '/', articles: site50 },
    ...categories.map((c) => ({
      path: feedPath(c.slug),
      title: `${c.name} — ${site.title}`,
      subtitle: c.description ?? '',
      pageUrl: `/${c.slug}/`,
      articles: byCategory.get(c.slug)!,
    })),
  ];
}

/** When the article last changed: its correction date, else its publication date. */
export function modified(a: Article): string {
  return a.updated ?? a.date;
}

/**
 * An Atom 1.0 document. `updated` is the newest entry's time (or `fallbackUpdated` for an empty
 * feed), never the build machine's clock, so an unchanged archive gives the same bytes.
 */
export function renderAtom(spec: FeedSpec, site: SiteConfig, fallbackUpdated: string): string {
  const abs = (path: string) => escapeXml(absoluteUrl(site.url, path));
  let updated: string | undefined;
  for (const a of spec.articles) updated = laterOf(updated, modified(a));
  const entries = spec.articles.map((a) =>
    [
      '<entry>',
      `<title>${escapeXml(a.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${abs(a.url)}"/>`,
      `<id>${abs(a.url)}</id>`,
      `<published>${w3cDateTime(a.date)}</published>`,
      `<updated>${w3cDateTime(modified(a))}</updated>`,
      // Atom takes one <author> per person; an agency has no page, so no <uri>.
      ...a.byline.map((n) => `<author><name>${escapeXml(n.name)}</name>${n.url ? `<uri>${abs(n.url)}</uri>` : ''}</author>`),
      `<category term="${escapeXml(a.category.slug)}" label="${escapeXml(a.category.name)}"/>`,
      a.summary ? `<summary type="text">${escapeXml(a.summary)}</summary>` : '',
      '</entry>',
    ].join(''),
  );
  return (
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="hi">',
      `<title>${escapeXml(spec.title)}</title>`,
      spec.subtitle ? `<subtitle>${escapeXml(spec.subtitle)}</subtitle>` : '',
      `<link rel="self" type="application/atom+xml" href="${abs(spec.path)}"/>`,
      `<link rel="alternate" type="text/html" href="${abs(spec.pageUrl)}"/>`,
      `<id>${abs(spec.path)}</id>`,
      `<updated>${w3cDateTime(updated ?? fallbackUpdated)}</updated>`,
      `<icon>${abs(site.icon)}</icon>`,
      `<logo>${abs(site.logo)}</logo>`,
      ...entries,
      '</feed>',
    ]
      .filter((line) => line !== '')
      .join('\n') + '\n'
  );
}
