import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPublished, recordPublished } from '../../scripts/build/published.ts';
import { tempDir } from '../helpers/archive.ts';

const rec = suite('published record: what the next build may know of the live site');

const pages = [
  { url: '/2026/11/nahar/', digest: 'aa11' },
  { url: '/khel/', digest: 'bb22' },
];

rec('the folder recorded gives back its pages and files', () => {
  const work = tempDir();
  const site = join(work, '_site');
  mkdirSync(site);
  recordPublished(join(work, 'published.json'), site, pages, ['index.html', 'khel/index.html']);
  const live = readPublished(join(work, 'published.json'), site);
  assert.equal(
    [...live.pages],
    [
      ['/2026/11/nahar/', 'aa11'],
      ['/khel/', 'bb22'],
    ],
  );
  assert.equal(live.files, ['index.html', 'khel/index.html']);
});

const others: Array<[string, (work: string, site: string) => void]> = [
  [
    'another folder put in its place',
    (work, site) => {
      renameSync(site, join(work, 'old'));
      mkdirSync(site);
    },
  ],
  ['a file added at its top by hand', (_, site) => writeFileSync(join(site, 'extra.html'), 'हाथ से')],
  ['no live site', (work, site) => renameSync(site, join(work, 'gone'))],
  ['no record', (work) => writeFileSync(join(work, 'published.json'), '{')],
];

for (const [name, change] of others)
  rec(`nothing is trusted after ${name}`, () => {
    const work = tempDir();
    const site = join(work, '_site');
    mkdirSync(site);
    recordPublished(join(work, 'published.json'), site, pages, ['index.html']);
    change(work, site);
    assert.equal(readPublished(join(work, 'published.json'), site), { pages: new Map() });
  });

rec.run();
