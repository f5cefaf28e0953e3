import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { KnownFiles } from '../../scripts/build/known-files.ts';
import { tempDir } from '../helpers/archive.ts';

const known = suite('KnownFiles: the new site listed without reading unchanged folders');

const PAGES = ['2026/11/nahar/index.html', '2026/11/pul/index.html', 'khel/index.html', 'khel/p/2/index.html'];

function site(files: readonly string[]): string {
  const dir = tempDir();
  for (const rel of files) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), `जालोर ${rel}`);
  }
  // Made a minute ago, as a page cache's links are before the other stages write: else a folder made
  // in the same tick of the file system's clock as seal() is read (safely) and the test proves less.
  const past = new Date(Date.now() - 60_000);
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isDirectory()) utimesSync(join(e.parentPath, e.name), past, past);
  return dir;
}

const listing = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

const changes: Array<[string, (dir: string) => void]> = [
  ['nothing', () => {}],
  ['a file written beside a known page', (dir) => writeFileSync(join(dir, 'khel/feed.xml'), 'फ़ीड')],
  [
    'a new folder inside a known one',
    (dir) => (mkdirSync(join(dir, '2026/11/nahar/amp')), writeFileSync(join(dir, '2026/11/nahar/amp/index.html'), 'x')),
  ],
  ['a known page removed', (dir) => rmSync(join(dir, '2026/11/pul/index.html'))],
  ['a known folder removed', (dir) => rmSync(join(dir, 'khel/p'), { recursive: true })],
  ['a known page renamed', (dir) => renameSync(join(dir, 'khel/index.html'), join(dir, 'khel/old.html'))],
  [
    'files at the top and in a new top folder',
    (dir) => (
      writeFileSync(join(dir, 'index.html'), 'मुख'), mkdirSync(join(dir, 'pagefind')), writeFileSync(join(dir, 'pagefind/a.pf'), 'x')
    ),
  ],
];

for (const [name, change] of changes)
  known(`after ${name}: every file there is, and no other`, () => {
    const dir = site(PAGES);
    const k = new KnownFiles(dir, PAGES);
    k.seal();
    change(dir);
    assert.equal(k.list().sort(), listing(dir));
  });

// [case, empty folder made before seal(), file written into it after]: made in the same tick of the
// file system's clock as seal() or an earlier one (its parent's time set back here to make sure).
const emptyAtSeal: Array<[string, string, string]> = [
  ['in a folder with known files', 'khel/p/3', 'khel/p/3/index.html'],
  ['in a folder known only as a parent', '2026/12', '2026/12/index.html'],
  ['two levels down', 'khel/p/9/amp', 'khel/p/9/amp/index.html'],
];

for (const [name, folder, file] of emptyAtSeal)
  known(`a folder made empty before seal() and filled after (${name}) is listed`, () => {
    const dir = site(PAGES);
    const k = new KnownFiles(dir, PAGES);
    const first = mkdirSync(join(dir, folder), { recursive: true })!;
    const past = new Date(Date.now() - 30_000);
    utimesSync(dirname(first), past, past);
    k.seal();
    writeFileSync(join(dir, file), 'x');
    assert.equal(k.list().sort(), listing(dir));
  });

known('a folder unchanged since seal() is not read (its known files are trusted)', () => {
  // A file no build would leave undeclared: it shows that the folder was taken from what was known.
  const dir = site([...PAGES, 'khel/p/2/undeclared.html']);
  const k = new KnownFiles(dir, PAGES);
  k.seal();
  assert.equal(k.list().sort(), [...PAGES].sort());
});

known('a skipped folder is not walked, known or not', () => {
  const dir = site([...PAGES, 'pagefind/2019/index/x_1.pf_index', 'pagefind/manifest.json']);
  const files = new KnownFiles(dir, PAGES);
  files.seal();
  const skip = new Set(['pagefind/2019', 'khel']);
  assert.equal(files.list(skip).sort(), ['2026/11/nahar/index.html', '2026/11/pul/index.html', 'pagefind/manifest.json']);
});

known.run();
