import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes a page costs on the wire, gzip level 9 (what static hosts serve), fonts and pictures aside. */
export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

/** The budget for an article page's HTML + CSS, gzip: 25 KB. */
export const ARTICLE_BUDGET = 25 * 1024;

const STYLESHEET = /<link rel="stylesheet" href="([^"]+)"/g;
const SCRIPT = /<script src="([^"]+)"/g;

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/**
 * The gzip size of a page's HTML plus the stylesheets and scripts it links from the same site.
 * `total` is HTML + CSS, the figure the budget is about; scripts are reported beside it. A site built
 * for a folder (`pathPrefix`) links `/repo/assets/…`, which is `assets/…` of `siteDir`.
 */
export function pageWeight(siteDir: string, page: string, cache = new Map<string, number>(), pathPrefix = '/'): PageWeight {
  const html = readFileSync(join(siteDir, page), 'utf8');
  const sizeOf = (url: string) => {
    let n = cache.get(url);
    if (n === undefined) {
      n = gz(readFileSync(join(siteDir, url)));
      cache.set(url, n);
    }
    return n;
  };
  const local = (re: RegExp) =>
    [...html.matchAll(re)]
      .map((m) => m[1]!)
      .filter((u) => u.startsWith(pathPrefix) && !u.startsWith('//'))
      .map((u) => u.slice(pathPrefix.length - 1));
  const css = local(STYLESHEET).reduce((sum, u) => sum + sizeOf(u), 0);
  const js = local(SCRIPT).reduce((sum, u) => sum + sizeOf(u), 0);
  const h = gz(html);
  return { page, html: h, css, js, total: h + css };
}

/** Is this site file an article page (`/2026/11/<slug>/index.html`)? */
export function isArticlePage(file: string): boolean {
  return /^\/\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(file);
}
