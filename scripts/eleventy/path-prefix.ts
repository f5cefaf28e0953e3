import type { SiteModel } from './model.ts';

interface EleventyConfigLike {
  addTransform(name: string, fn: (this: { page: { outputPath?: string | false } }, content: string) => string): void;
}

// The attributes that hold a URL (those of Eleventy's HtmlBasePlugin, from posthtml-urls). The site's
// HTML is ours and always double-quotes them; a quote inside a value is escaped (&quot;), so text of
// an article can never look like an attribute (the link checker, seo/links.ts, relies on the same).
const URL_ATTR = /(\s(?:href|src|action|formaction|poster|cite|ping|data)=")\/(?!\/)/g;
// imagesrcset: a preloaded picture (<link rel="preload" as="image">), which posthtml-urls does not know.
const SRCSET = /(\s(?:image)?srcset=")([^"]*)"/g;
const REFRESH = /(http-equiv="refresh" content="\d+;\s*url=)\/(?!\/)/g;

/**
 * Every root-relative URL of a page under `pathPrefix` (`href="/rajniti/"` → `href="/repo/rajniti/"`):
 * href, src, each srcset (and imagesrcset) candidate, action, formaction, poster, cite, ping, data and a refresh's url=.
 * `//host/…`, absolute, relative and `#fragment` URLs stay as they are.
 */
export function prefixHtml(html: string, pathPrefix: string): string {
  return html
    .replace(URL_ATTR, `$1${pathPrefix}`)
    .replace(SRCSET, (_, head: string, list: string) => `${head}${list.replace(/(^|,)(\s*)\/(?!\/)/g, `$1$2${pathPrefix}`)}"`)
    .replace(REFRESH, `$1${pathPrefix}`);
}

/**
 * A site in a subfolder (`pathPrefix` in site.json): every root-relative URL in every HTML page the
 * build renders gains the prefix as the page is written, so the catalog, the templates and the
 * Markdown keep writing `/rajniti/` and need not know the prefix. Added only when there is a prefix:
 * at `/` pages are written byte for byte as without it.
 *
 * Not Eleventy's HtmlBasePlugin, which does the same by parsing and reprinting each page with
 * posthtml: measured at 4–5 ms of CPU a page on the sample archive, more than the rest of the render
 * (a 10,000-story build renders 12,000 pages in ~38 CPU-seconds), against 0.03 ms here
 * (docs/configuration.md, "A site in a subfolder").
 */
export function pathPrefixPlugin(eleventyConfig: EleventyConfigLike, model: () => SiteModel): void {
  const prefix = model().site.pathPrefix;
  if (prefix === '/') return;
  eleventyConfig.addTransform('pathPrefix', function (content) {
    const out = this.page.outputPath;
    return typeof out === 'string' && out.endsWith('.html') ? prefixHtml(content, prefix) : content;
  });
}
