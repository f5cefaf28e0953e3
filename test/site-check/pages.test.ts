import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pagesForValidator, pickPages } from '../../scripts/site-check/pages.ts';
import { tempDir } from '../helpers/archive.ts';

const pick = suite('pickPages');

/** A built site of these files (path → HTML), and its file list as the checks see it. */
function site(files: Record<string, string>): { dir: string; list: string[] } {
  const dir = tempDir();
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return { dir, list: Object.keys(files).sort() };
}

pick('one page of each kind the site has, the newest article with a picture first', () => {
  const { dir, list } = site({
    '/index.html': '',
    '/rajniti/index.html': '',
    '/rajniti/p/1/index.html': '',
    '/khoj/index.html': '',
    '/2026/11/nayi/index.html': '<p>text</p>',
    '/2026/10/tasvir/index.html': '<picture></picture>',
    '/2026/11/purana-pata/index.html': '<meta http-equiv="refresh" content="0; url=/2026/11/nayi/"><picture>',
    '/jila/jalore/index.html': '',
    '/lekhak/asha/index.html': '',
    '/vishay/dengu/index.html': '',
    '/2026/index.html': '',
    '/2026/11/index.html': '',
    '/archive/index.html': '',
    '/jila/index.html': '',
    '/lekhak/index.html': '',
    '/vishay/index.html': '',
    '/404.html': '',
  });
  assert.equal(pickPages(dir, list, ['rajniti']), {
    home: '/',
    category: '/rajniti/',
    article: '/2026/10/tasvir/',
    'article-without-picture': '/2026/11/nayi/',
    search: '/khoj/',
    district: '/jila/jalore/',
    author: '/lekhak/asha/',
    topic: '/vishay/dengu/',
    'listing-page-2': '/rajniti/p/1/',
    year: '/2026/',
    month: '/2026/11/',
    archive: '/archive/',
    districts: '/jila/',
    authors: '/lekhak/',
    topics: '/vishay/',
    'not-found': '/404.html',
  });
});

pick('kinds the site lacks are left out', () => {
  const { dir, list } = site({ '/index.html': '', '/2026/11/nayi/index.html': '' });
  assert.equal(pickPages(dir, list, ['rajniti']), { home: '/', article: '/2026/11/nayi/', 'article-without-picture': '/2026/11/nayi/' });
});
pick.run();

const validator = suite('pagesForValidator');
validator('every HTML page of a small site, the CMS left out', () => {
  assert.equal(pagesForValidator(['/index.html', '/admin/index.html', '/feed.xml', '/jila/index.html']), [
    '/index.html',
    '/jila/index.html',
  ]);
});
validator('on a large site, the first pages of each top folder', () => {
  const files = [...Array.from({ length: 30 }, (_, i) => `/2026/${i}/index.html`), '/jila/a/index.html', '/index.html'];
  assert.equal(pagesForValidator(files, 10, 2), ['/2026/0/index.html', '/2026/1/index.html', '/jila/a/index.html', '/index.html']);
});
validator.run();
