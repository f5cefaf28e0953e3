import { HtmlBasePlugin } from '@11ty/eleventy';
import type { SiteModel } from './model.ts';

interface EleventyConfigLike {
  addPlugin(plugin: unknown, options?: Record<string, unknown>): void;
}

/**
 * A site in a subfolder (`pathPrefix` in site.json): every root-relative URL in every HTML page the
 * build renders (href, src, srcset, action, a refresh's url) gains the prefix as the page is written,
 * so the catalog, the templates and the Markdown keep writing `/rajniti/` and need not know the
 * prefix. Eleventy's HtmlBasePlugin does it; it parses and reprints each page, so it is added only
 * when there is a prefix: at `/` pages are written byte for byte as without it (docs/configuration.md,
 * "A site in a subfolder", has its measured cost).
 */
export function pathPrefixPlugin(eleventyConfig: EleventyConfigLike, model: () => SiteModel): void {
  const prefix = model().site.pathPrefix;
  if (prefix !== '/') eleventyConfig.addPlugin(HtmlBasePlugin, { baseHref: prefix });
}
