import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PageCache, pageFile } from '../../scripts/build/page-cache.ts';
import { tempDir } from '../helpers/archive.ts';

const cache = suite('PageCache: pages by digest, linked into the next build');

const page = (url: string, digest: string) => ({ url, digest });
const write = (dir: string, url: string, text: string) => {
  const file = pageFile(dir, url);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
};

cache('a page rendered once is linked, not rendered, by the next build; its digest changed, it is rendered', () => {
  const c = new PageCache(join(tempDir(), 'pages'));
  const first = tempDir();
  const pages = [page('/2026/11/nahar/', 'aa11'), page('/khel/', 'bb22')];
  assert.equal(c.reuse(first, pages), [0, 1]);
  write(first, '/2026/11/nahar/', 'नहर की ख़बर');
  write(first, '/khel/', 'खेल');
  assert.is(c.store(first, pages), 2);
  const next = tempDir();
  assert.equal(c.reuse(next, [page('/2026/11/nahar/', 'aa11'), page('/khel/', 'cc33')]), [1]);
  assert.is(readFileSync(join(next, '2026/11/nahar/index.html'), 'utf8'), 'नहर की ख़बर');
  assert.is(statSync(join(next, '2026/11/nahar/index.html')).ino, statSync(join(first, '2026/11/nahar/index.html')).ino);
});

cache('entries no page of this build used are listed for deletion, leftovers of a killed build too', () => {
  const dir = join(tempDir(), 'pages');
  const c = new PageCache(dir);
  const site = tempDir();
  write(site, '/a/', 'क');
  write(site, '/b/', 'ख');
  c.store(site, [page('/a/', 'aa11'), page('/b/', 'bb22')]);
  writeFileSync(join(dir, 'aa', 'aa99.123'), 'अधूरा');
  assert.equal(c.unused(new Set(['aa11'])).sort(), [join(dir, 'aa', 'aa99.123'), join(dir, 'bb', 'bb22')]);
  // One listing serves both the pages to store and the entries to remove (incremental.ts finish).
  const listed = c.entries();
  assert.equal([...listed.keys()].sort(), ['aa11', 'aa99.123', 'bb22']);
  assert.is(listed.get('bb22'), 'bb');
  assert.equal(c.unused(new Set(['aa99.123', 'bb22']), listed), [join(dir, 'aa', 'aa11')]);
});

cache('an empty or missing cache lists no entries', () => {
  assert.equal(new PageCache(join(tempDir(), 'nothing')).entries().size, 0);
});

const folders = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

// [case, pages already in the site, pages asked for (none cached), folders after]
const unmade: Array<[string, string[], string[], string[]]> = [
  ['its own folder', ['/2026/11/pul/'], ['/2026/11/nahar/'], ['2026', '2026/11', '2026/11/pul']],
  // #23: `khel/p/` left empty, then filled by the render after seal(): `khel/p/2/index.html` missing from the site's list.
  ['the folders made above it', ['/khel/'], ['/khel/p/2/'], ['khel']],
  ['a whole new branch', ['/khel/'], ['/jila/barmer/p/1/'], ['khel']],
  ['folders two of its pages made', ['/khel/'], ['/khel/p/2/', '/khel/p/3/'], ['khel']],
  ['but a folder holding a page of an earlier one', ['/khel/p/1/'], ['/khel/p/2/'], ['khel', 'khel/p', 'khel/p/1']],
];

for (const [name, before, asked, after] of unmade)
  cache(`a page to render leaves no folder made for it (${name}): Eleventy makes them, after KnownFiles.seal()`, () => {
    const c = new PageCache(join(tempDir(), 'pages'));
    const site = tempDir();
    for (const url of before) write(site, url, `पुल ${url}`);
    const pages = asked.map((url, i) => page(url, `aa1${i}`));
    assert.equal(
      c.reuse(site, pages),
      pages.map((_, i) => i),
      'none cached',
    );
    assert.equal(folders(site), after);
    for (const url of before) assert.ok(existsSync(pageFile(site, url)), `${url} stays`);
  });

cache('a page whose digest the listing lacks is rendered, with no system call: the listing is taken before the build stores pages', () => {
  const c = new PageCache(join(tempDir(), 'pages'));
  const site = tempDir();
  const before = c.entries();
  write(site, '/2026/11/nahar/', 'नहर की ख़बर');
  c.store(site, [page('/2026/11/nahar/', 'aa11')]);
  const next = tempDir();
  assert.equal(c.reuse(next, [page('/2026/11/nahar/', 'aa11')], undefined, undefined, before), [0]);
  assert.not.ok(existsSync(join(next, '2026')), 'no folder made for it');
  assert.equal(c.reuse(next, [page('/2026/11/nahar/', 'aa11')]), [], 'linked with a listing taken now');
});

cache.run();
