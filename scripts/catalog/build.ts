import type { ValidArticle } from '../content/validate.ts';
import type { SiteData } from '../content/data-files.ts';
import type { Article, Catalog } from './types.ts';
import { markdownToText } from '../content/markdown.ts';
import { storySummary } from '../content/summary.ts';
import { slugify } from '../hindi/slug.ts';
import { bylineNames } from './byline.ts';

/** Which articles a build publishes. */
export interface PublishOptions {
  /** Keep `draft: true` articles (the dev server shows them). */
  includeDrafts: boolean;
  /** Keep articles dated after `now` (the dev server shows them). */
  includeFuture: boolean;
  /** The build's clock, in ms; injected so tests and benchmarks are reproducible. */
  now: number;
}

/** Newest first; equal dates fall back to the id so the order never depends on the file system. */
export function compareArticles(a: Article, b: Article): number {
  return b.timestamp - a.timestamp || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The URL path of an article: `/<year>/<month>/<slug>/`, from its date in India. */
export function articleUrl(isoDate: string, slug: string): string {
  return `/${isoDate.slice(0, 4)}/${isoDate.slice(5, 7)}/${slug}/`;
}

/** The lead picture with its caption and credit, each only when written. */
function leadImage(src: string, fm: ValidArticle['fm']): NonNullable<Article['image']> {
  return {
    src,
    alt: fm.image_alt ?? '',
    ...(fm.image_caption ? { caption: fm.image_caption } : {}),
    ...(fm.image_credit ? { credit: fm.image_credit } : {}),
  };
}

/**
 * Derives the URL, slug and summary of one validated article. Its plain text is computed when
 * something first reads it (related stories, search), so `npm run check` never pays for it.
 */
export function toArticle(v: ValidArticle): Article {
  const { fm, raw } = v;
  const slug = fm.slug ?? slugify(fm.title);
  const article: Article = {
    id: raw.id,
    sourcePath: raw.sourcePath,
    title: fm.title,
    summary: v.summary ?? storySummary(fm.summary, raw.body),
    slug,
    url: articleUrl(v.date, slug),
    date: v.date,
    timestamp: v.timestamp,
    ...(v.updated ? { updated: v.updated } : {}),
    ...(v.corrections.length ? { corrections: Object.freeze(v.corrections) } : {}),
    ...(fm.featured ? { featured: true as const } : {}),
    ...(v.breakingUntil ? { breakingUntil: v.breakingUntil } : {}),
    category: v.category,
    district: v.district,
    authors: Object.freeze(v.authors),
    ...(v.source ? { source: v.source } : {}),
    byline: bylineNames(v.authors, v.source),
    tags: fm.tags,
    ...(fm.image ? { image: leadImage(fm.image, fm) } : {}),
    draft: fm.draft,
    ads: fm.ads,
    aliases: fm.aliases,
    ...(v.bodyPictures ? { bodyPictures: Object.freeze(v.bodyPictures) } : {}),
    get body() {
      // Read on first use: a story from the story cache has its text in a file of its own (story-shard.ts).
      const value = raw.body;
      Object.defineProperty(this, 'body', { value, enumerable: true });
      return value;
    },
    get text() {
      // Computed on first use, then kept: related stories, the search records and the romanised
      // map all read it, while `npm run check` never does.
      const value = markdownToText(this.body);
      Object.defineProperty(this, 'text', { value, enumerable: true });
      return value;
    },
  };
  return article;
}

/** Whether a build with these options publishes the article. */
export function isPublished(a: Pick<Article, 'draft' | 'timestamp'>, opts: PublishOptions): boolean {
  return (opts.includeDrafts || !a.draft) && (opts.includeFuture || a.timestamp <= opts.now);
}

/** The frozen catalog of what this build publishes. */
export function buildCatalog(articles: readonly Article[], data: SiteData, opts: PublishOptions): Catalog {
  const published = articles.filter((a) => isPublished(a, opts)).sort(compareArticles);
  return Object.freeze({
    articles: Object.freeze(published),
    categories: Object.freeze([...data.categories]),
    districts: Object.freeze([...data.districts]),
    authors: Object.freeze([...data.authors]),
    sources: Object.freeze([...data.sources]),
  });
}
