import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aliasable, archiveUrls, linkPath, writeOldUrls } from '../../scripts/import/old-urls.ts';
import type { ImportMap } from '../../scripts/import/import-map.ts';
import { copyArchive } from '../helpers/archive.ts';

const urls = suite('import/old-urls');

urls('linkPath keeps path and query, escapes in capitals', () => {
  assert.is(linkPath('https://marudhar.example/2019/05/%e0%a4%a8/'), '/2019/05/%E0%A4%A8/');
  assert.is(linkPath('https://marudhar.example/?p=12'), '/?p=12');
  assert.is(linkPath('not a url'), undefined);
});

urls('aliasable: not under a listing folder, a year archive, a query or the root', () => {
  const categories = new Set(['khel']);
  const table: Array<[string, boolean]> = [
    ['/2019/05/12/nahar/', true],
    ['/%E0%A4%A8%E0%A4%B9%E0%A4%B0/', true],
    ['/khel/nahar/', false],
    ['/jila/jalore/nahar/', false],
    ['/2019/05/', false],
    ['/?p=3', false],
    ['/', false],
    ['/a/../b/', false],
  ];
  for (const [path, ok] of table) assert.is(aliasable(path, categories), ok, path);
});

const map: ImportMap = {
  categories: {
    samachar: { name: 'समाचार', posts: 1, category: 'rajniti', district: null },
    jalore: { name: 'जालोर', posts: 1, category: null, district: 'jalore' },
    'कुछ-भी': { name: 'कुछ भी', posts: 1, category: null, district: null },
  },
  tags: { barmer: { name: 'बाड़मेर', posts: 1, district: 'barmer' }, बिजली: { name: 'बिजली', posts: 1, district: null } },
  authors: { sunita: { name: 'सुनीता', posts: 1, slug: 'asha-meena' } },
  defaults: { category: null, district: null },
};

urls('archiveUrls: nested categories by their chain and alone, tags, authors, their query forms; undecided categories none', () => {
  const terms = [
    { kind: 'category' as const, termId: '4', nicename: 'samachar', name: 'समाचार', parent: '' },
    { kind: 'category' as const, termId: '5', nicename: 'jalore', name: 'जालोर', parent: 'samachar' },
    { kind: 'category' as const, termId: '6', nicename: '%e0%a4%95', name: 'कुछ भी', parent: '' },
    { kind: 'tag' as const, termId: '9', nicename: 'barmer', name: 'बाड़मेर', parent: '' },
    { kind: 'tag' as const, termId: '10', nicename: '%e0%a4%ac%e0%a4%bf%e0%a4%9c%e0%a4%b2%e0%a5%80', name: 'बिजली', parent: '' },
  ];
  const out = archiveUrls(terms, [{ kind: 'author', id: '2', login: 'sunita', displayName: 'सुनीता' }], map);
  assert.equal(out, [
    ['/category/samachar/', 'category:rajniti'],
    ['/?cat=4', 'category:rajniti'],
    ['/category/samachar/jalore/', 'district:jalore'],
    ['/category/jalore/', 'district:jalore'],
    ['/?cat=5', 'district:jalore'],
    ['/tag/barmer/', 'district:barmer'],
    ['/?tag=barmer', 'district:barmer'],
    ['/tag/%e0%a4%ac%e0%a4%bf%e0%a4%9c%e0%a4%b2%e0%a5%80/', 'topic:बिजली'],
    ['/?tag=%e0%a4%ac%e0%a4%bf%e0%a4%9c%e0%a4%b2%e0%a5%80', 'topic:बिजली'],
    ['/author/sunita/', 'author:asha-meena'],
    ['/?author=2', 'author:asha-meena'],
  ]);
});

urls('archiveUrls under the map’s bases: none for categories, a custom tag base, an author’s nicename from the map', () => {
  const terms = [
    { kind: 'category' as const, termId: '4', nicename: 'samachar', name: 'समाचार', parent: '' },
    { kind: 'category' as const, termId: '5', nicename: 'jalore', name: 'जालोर', parent: 'samachar' },
    { kind: 'tag' as const, termId: '9', nicename: 'barmer', name: 'बाड़मेर', parent: '' },
  ];
  const custom: ImportMap = {
    ...map,
    authors: { sunita: { ...map.authors.sunita!, nicename: 'sunita-c' } },
    bases: { category: '', tag: 'vishay', author: 'author' },
  };
  const paths = archiveUrls(terms, [{ kind: 'author', id: '2', login: 'sunita', displayName: 'सुनीता' }], custom)
    .map(([from]) => from)
    .filter((from) => !from.includes('?'));
  assert.equal(paths, ['/samachar/', '/samachar/jalore/', '/jalore/', '/vishay/barmer/', '/author/sunita-c/']);
});

urls(
  'writeOldUrls: sorted, one a line; a second run changes nothing; entries an editor added stay; undeclared listings are left out',
  () => {
    const dir = copyArchive();
    const file = join(dir, '_data/wordpress-redirects.json');
    const found = new Map([
      ['/?p=2', 'articles/2026/11/mandi-bhav.md'],
      ['/category/%E0%A4%95/', 'category:khel'],
      ['/category/x/', 'category:no-such'],
    ]);
    assert.equal(writeOldUrls(dir, found), { outcome: 'written', entries: 2 });
    const text = readFileSync(file, 'utf8');
    assert.is(text, '{\n  "/?p=2": "articles/2026/11/mandi-bhav.md",\n  "/category/क/": "category:khel"\n}\n');
    assert.equal(writeOldUrls(dir, found), { outcome: 'unchanged', entries: 2 });
    writeFileSync(file, text.replace('{\n', '{\n  "/purana/": "category:khel",\n'));
    assert.equal(writeOldUrls(dir, found), { outcome: 'updated', entries: 3 });
    assert.match(readFileSync(file, 'utf8'), '"/purana/": "category:khel"');
  },
);

urls.run();
