import type { SiteModel } from './model.ts';
import type { Article } from '../catalog/types.ts';
import { renderMarkdown } from '../content/markdown.ts';
import { bodyPictureRenderer } from './body-pictures.ts';
import { formatHindiDate, formatHindiDateTime } from '../hindi/dates.ts';
import { absoluteUrl } from '../catalog/url-paths.ts';

interface EleventyConfigLike {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
}

/** Caches a pure one-argument function: 100,000 pages print the same few thousand dates. */
function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = fn(key);
      cache.set(key, v);
    }
    return v;
  };
}

/** Template filters: each a one-line wrapper over a pure function. */
export function filtersPlugin(eleventyConfig: EleventyConfigLike, model: () => SiteModel): void {
  eleventyConfig.addFilter('hindiDate', memo(formatHindiDate));
  eleventyConfig.addFilter('hindiDateTime', memo(formatHindiDateTime));
  eleventyConfig.addFilter('markdown', (source: string) => renderMarkdown(source, bodyPictureRenderer(eleventyConfig)));
  // Not new URL(path, url): a root-relative path would drop the url's pathPrefix.
  eleventyConfig.addFilter('absoluteUrl', (path: string) => absoluteUrl(model().site.url, path));
  eleventyConfig.addFilter('topicUrl', (tag: string) => model().topics.url(tag));
  eleventyConfig.addFilter('related', (article: Article) => model().related.get(article.id) ?? []);
}
