import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ContentError } from '../content/errors.ts';
import type { SiteModel } from './model.ts';
import { errorPage, ERROR_CSS, ERROR_CSS_URL } from './dev-error-page.ts';

/** What the dev server shows instead of pages while the content has errors. */
export interface DevErrors {
  readonly errors: readonly ContentError[];
  /** URL paths (`/2026/11/x/`) that show the error page, or `'all'` for every page. */
  readonly pages: ReadonlySet<string> | 'all';
}

let current: DevErrors | undefined;

/** Sets (or, with undefined, clears) the errors the dev server shows; dev-model.ts calls it after each re-read. */
export function setDevErrors(state: DevErrors | undefined): void {
  current = state;
}

/** The errors shown now (for tests). */
export function devErrors(): DevErrors | undefined {
  return current;
}

/** The page a request path asks for, as the site's URLs are written: `/a/b/index.html` → `/a/b/`. */
export function pagePath(url: string): string {
  const path = url.split(/[?#]/, 1)[0]!;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Whether a request is for a page (not a stylesheet, picture, feed or search file). */
const isPage = (path: string) => path.endsWith('/') || path.endsWith('.html');

/**
 * The CSP hash of the dev server's live-reload script. Eleventy Dev Server writes it inline into
 * any page it serves with a status other than 200, so the error page's policy allows exactly that
 * script and nothing else: the page clears itself when the file is fixed.
 */
function reloadScriptHash(): string {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@11ty/eleventy-dev-server/package.json'));
  const script = readFileSync(join(dir, 'client/reload-client.js'));
  return `'sha512-${createHash('sha512').update(script).digest('base64')}'`;
}
let hash: string | undefined;

/**
 * Dev server middleware: while the content has errors, a page they affect is answered with the
 * Hindi error page (status 500) listing every problem; every other page is served as usual.
 */
export function showContentErrors(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const path = pagePath(req.url ?? '/');
  if (path === ERROR_CSS_URL) {
    res.setHeader('Content-Type', 'text/css; charset=utf-8');
    res.end(ERROR_CSS);
    return;
  }
  const state = current;
  if (!state || !isPage(path) || (state.pages !== 'all' && !state.pages.has(path))) return next();
  res.statusCode = 500;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(errorPage(state.errors, (hash ??= reloadScriptHash())));
}

/**
 * The pages a set of errors affects, against the last good model: a broken story's own page; a new
 * story that never had a page, on the home page (where it would appear); anything else (a data
 * file, a static page, a picture), every page, since the whole site is built from it.
 */
export function affectedPages(errors: readonly ContentError[], last: SiteModel): Set<string> | 'all' {
  const articlesDir = resolve(last.input.contentDir, 'articles');
  const pageOf = new Map(last.catalog.articles.map((a) => [resolve(a.sourcePath), a.url] as const));
  const pages = new Set<string>();
  for (const e of errors) {
    const file = resolve(e.file);
    if (!file.startsWith(articlesDir + sep) || !file.endsWith('.md')) return 'all';
    pages.add(pageOf.get(file) ?? '/');
  }
  return pages;
}
