import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isArticlePage } from '../seo/page-weight.ts';

/** The page of each kind the browser checks visit (site paths), by kind. */
export type PageKinds = Record<string, string>;

const url = (file: string) => file.replace(/index\.html$/, '');

/**
 * One page per page type, picked from the built files: the newest article with a lead picture (the
 * heaviest kind), the first category, district, author and topic listings, a second listing page, the
 * year and month archives, the indexes, search and the 404 page. Kinds the site lacks are left out.
 */
export function pickPages(siteDir: string, files: readonly string[], categorySlugs: readonly string[]): PageKinds {
  const has = new Set(files);
  const kinds: PageKinds = {};
  const add = (kind: string, file: string | undefined) => {
    if (file && has.has(file)) kinds[kind] = file.endsWith('index.html') ? url(file) : file;
  };
  add('home', '/index.html');
  add(
    'category',
    categorySlugs.map((s) => `/${s}/index.html`).find((f) => has.has(f)),
  );
  const articles = files.filter(isArticlePage).sort().reverse();
  const text = (f: string) => readFileSync(join(siteDir, f), 'utf8');
  const real = articles.filter((f) => !text(f).includes('http-equiv="refresh"'));
  add('article', real.find((f) => text(f).includes('<picture')) ?? real[0]);
  add(
    'article-without-picture',
    real.find((f) => !text(f).includes('<picture')),
  );
  add('search', '/khoj/index.html');
  add(
    'district',
    files.find((f) => /^\/jila\/[^/]+\/index\.html$/.test(f)),
  );
  add(
    'author',
    files.find((f) => /^\/lekhak\/[^/]+\/index\.html$/.test(f)),
  );
  add(
    'topic',
    files.find((f) => /^\/vishay\/[^/]+\/index\.html$/.test(f)),
  );
  add(
    'listing-page-2',
    // A numbered page (numbered from the oldest, #23); /page/N/ are redirects from the old numbering.
    files.find((f) => /\/p\/\d+\/index\.html$/.test(f)),
  );
  add(
    'year',
    files.find((f) => /^\/\d{4}\/index\.html$/.test(f)),
  );
  add(
    'month',
    files.find((f) => /^\/\d{4}\/\d{2}\/index\.html$/.test(f)),
  );
  add('archive', '/archive/index.html');
  add('districts', '/jila/index.html');
  add('authors', '/lekhak/index.html');
  add('topics', '/vishay/index.html');
  add('not-found', '/404.html');
  return kinds;
}

/** Every HTML page when there are at most `max`, else the first `perKind` of each top folder: vnu stays quick on 100,000 pages. */
export function pagesForValidator(files: readonly string[], max = 2000, perKind = 25): string[] {
  const html = files.filter((f) => f.endsWith('.html') && !f.startsWith('/admin/'));
  if (html.length <= max) return html;
  const byTop = new Map<string, string[]>();
  for (const f of html) {
    const top = f.split('/')[1] ?? '';
    const list = byTop.get(top) ?? [];
    if (list.length < perKind) list.push(f);
    byTop.set(top, list);
  }
  return [...byTop.values()].flat();
}
