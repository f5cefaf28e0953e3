import type { SiteModel } from './site-model.ts';
import type { Article } from '../catalog/types.ts';
import { renderMarkdown } from '../content/markdown.ts';
import { formatHindiDate, formatHindiDateTime } from '../hindi/dates.ts';

interface EleventyConfigLike {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
}

/** Template filters: each a one-line wrapper over a pure function. */
export function filtersPlugin(eleventyConfig: EleventyConfigLike, model: () => SiteModel): void {
  eleventyConfig.addFilter('hindiDate', (iso: string) => formatHindiDate(iso));
  eleventyConfig.addFilter('hindiDateTime', (iso: string) => formatHindiDateTime(iso));
  eleventyConfig.addFilter('markdown', (source: string) => renderMarkdown(source));
  eleventyConfig.addFilter('absoluteUrl', (path: string) => new URL(path, `${model().site.url}/`).href);
  eleventyConfig.addFilter('related', (article: Article) => model().related.get(article.id) ?? []);
}
