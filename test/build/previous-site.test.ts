import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { clearStale, keepPrevious, previousDir, takePrevious } from '../../scripts/build/previous-site.ts';
import { tempDir } from '../helpers/archive.ts';

const prev = suite('previous site: the site a build replaced, updated into the next one');

const FILES = ['index.html', '2026/11/nahar/index.html', '2026/11/pul/index.html', 'khel/index.html', 'feed.xml', 'pagefind/a.pf'];
const PAGES = new Map([
  ['/2026/11/nahar/', 'aa11'],
  ['/2026/11/pul/', 'bb22'],
  ['/khel/', 'cc33'],
]);

/** A work folder with a site at `old` holding FILES (each file's text is its path). */
function setup(): { work: string; out: string; cache: string; old: string } {
  const work = tempDir();
  const old = join(work, 'old-site');
  for (const rel of FILES) {
    mkdirSync(dirname(join(old, rel)), { recursive: true });
    writeFileSync(join(old, rel), `बाड़मेर ${rel}`);
  }
  const cache = join(work, '.cache');
  mkdirSync(cache);
  return { work, out: join(work, '_site'), cache, old };
}

/** Files and folders under `dir`, folders ending in `/`. */
const entries = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => relative(dir, join(e.parentPath, e.name)) + (e.isDirectory() ? '/' : ''))
    .sort();

prev('kept after the swap, taken by the next build with its pages and files, its search index moved out', () => {
  const { work, out, cache, old } = setup();
  keepPrevious(old, out, cache, PAGES, FILES);
  assert.not.ok(existsSync(old));
  assert.ok(existsSync(previousDir(out)));
  const taken = takePrevious(out, cache);
  assert.ok(taken);
  assert.equal([...taken.pages], [...PAGES]);
  assert.equal(taken.files, FILES);
  // A build stopped from here on leaves a temporary folder of its own process, which the next build removes.
  assert.match(basename(taken.dir), new RegExp(`^\\.site-build-_site-${process.pid}-`));
  assert.is(dirname(taken.dir), work);
  assert.not.ok(existsSync(previousDir(out)), 'the kept name is free');
  assert.not.ok(existsSync(join(taken.dir, 'pagefind')), 'the search index is written anew');
  assert.ok(existsSync(join(taken.dir, 'khel/index.html')));
  assert.is(takePrevious(out, cache), undefined, 'taken once');
});

const untrusted: Array<[string, (kept: string, cache: string) => void]> = [
  ['a file added at its top by hand', (kept) => writeFileSync(join(kept, 'extra.html'), 'हाथ से')],
  ['no record (a build stopped between keeping it and recording it)', (_, cache) => writeFileSync(join(cache, 'previous.json'), '{')],
];
for (const [name, change] of untrusted)
  prev(`not taken, and removed, after ${name}`, () => {
    const { out, cache, old } = setup();
    keepPrevious(old, out, cache, PAGES, FILES);
    change(previousDir(out), cache);
    assert.is(takePrevious(out, cache), undefined);
    assert.not.ok(existsSync(previousDir(out)));
  });

prev('not kept without the list of its files or its pages', async () => {
  for (const [pages, files] of [
    [PAGES, undefined],
    [new Map<string, string>(), FILES],
  ] as const) {
    const { out, cache, old } = setup();
    keepPrevious(old, out, cache, pages, files);
    assert.not.ok(existsSync(previousDir(out)));
    // Removed in the background.
    for (let i = 0; i < 200 && existsSync(old); i++) await new Promise((r) => setTimeout(r, 50));
    assert.not.ok(existsSync(old), 'removed');
  }
});

prev('a site kept earlier and never taken is replaced', () => {
  const { work, out, cache, old } = setup();
  keepPrevious(old, out, cache, PAGES, FILES);
  const newer = join(work, 'newer');
  mkdirSync(newer);
  writeFileSync(join(newer, 'index.html'), 'नया');
  keepPrevious(newer, out, cache, PAGES, ['index.html']);
  assert.equal(takePrevious(out, cache)?.files, ['index.html']);
});

prev('clearStale leaves only the pages kept as they are, and no empty folder', () => {
  const { out, cache, old } = setup();
  keepPrevious(old, out, cache, PAGES, FILES);
  const taken = takePrevious(out, cache)!;
  const removed = clearStale(taken, new Set(['2026/11/nahar/index.html']));
  assert.is(removed, 4);
  assert.equal(entries(taken.dir), ['2026/', '2026/11/', '2026/11/nahar/', '2026/11/nahar/index.html']);
});

prev.run();
