import type { CustomRecord } from 'pagefind';
import type { Article } from '../catalog/types.ts';
import { formatHindiDate } from '../hindi/dates.ts';
import { hideFunctionWords } from './function-words.ts';

/**
 * One Pagefind record per article, built from the catalog rather than the rendered HTML: the
 * catalog already has the plain text, and parsing 100,000 pages again would double the work.
 *
 * - `content`: the plain text of the body, optionally cut at `maxChars` (see `SearchIndexOptions`),
 *   with the commonest function words hidden from the index (`hideFunctionWords`). The title goes in `meta.title`, which Pagefind indexes
 *   with a higher weight than body text, so it is not repeated in the content (that would put it
 *   twice into every excerpt).
 * - `meta`: what a result shows without loading the page: title, Hindi date, category, district,
 *   image. Names, not slugs, because they are displayed.
 * - `filters`: category, district and author by their Hindi names, the values a reader picks.
 * - no `sort`: records go in newest first, and Pagefind keeps that order, so a search without a
 *   term lists pages by date already (the query code sorts by it). A Pagefind sort key would put
 *   one more number per article into the metadata every reader downloads first: 21 KB of
 *   gzip-resistant counting at 10,000 articles, a fifth of that file.
 */
export function articleRecord(article: Article, maxChars = Infinity): CustomRecord {
  const meta: Record<string, string> = {
    title: article.title,
    date: hindiDate(article.date),
    category: article.category.name,
    district: article.district.name,
  };
  if (article.image) {
    meta.image = article.image.src;
    meta.image_alt = article.image.alt;
  }
  return {
    url: article.url,
    // Pagefind rejects an empty record; an article without body text is still findable by title.
    content: article.text.trim() === '' ? article.title : hideFunctionWords(cut(article.text, maxChars)),
    language: 'hi',
    meta,
    filters: {
      category: [article.category.name],
      district: [article.district.name],
      author: article.byline.map((n) => n.name),
    },
  };
}

/**
 * Everything `articleRecord` reads of an article but its text, in a fixed order: with the same
 * text, the same fields (and code, and `maxChars`) make the same record. The search cache keys
 * units by these and a digest of the text (`unit-keys.ts`), so a build learns which units changed
 * without making a record, or even the text: keep it in step with `articleRecord`.
 */
export function recordFields(article: Article): unknown[] {
  return [
    article.url,
    article.title,
    hindiDate(article.date),
    article.category.name,
    article.district.name,
    article.image ? [article.image.src, article.image.alt] : null,
    article.byline.map((n) => n.name),
  ];
}

/** The text up to `maxChars`, ending at a word boundary. */
function cut(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const end = text.lastIndexOf(' ', maxChars);
  return text.slice(0, end > 0 ? end : maxChars);
}

/** Stories share dates (dozens a day), and formatting one through luxon costs more than the rest of a record. */
const hindiDates = new Map<string, string>();
function hindiDate(iso: string): string {
  let d = hindiDates.get(iso);
  if (d === undefined) {
    d = formatHindiDate(iso);
    hindiDates.set(iso, d);
  }
  return d;
}
