import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pruneRecords, readPublished, recordPublished } from '../../scripts/build/published.ts';
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

rec("the replaced site's record takes the live record's body again; bodies no record names are removed", () => {
  const work = tempDir();
  const [live, kept] = [join(work, '_site'), join(work, 'kept')];
  mkdirSync(live);
  mkdirSync(kept);
  const [published, previous] = [join(work, 'published.json'), join(work, 'previous.json')];
  recordPublished(published, live, pages, ['index.html']);
  const first = readPublished(published, live);
  recordPublished(previous, kept, first.pages, first.files, first.body);
  assert.is(readdirSync(join(work, 'records')).length, 1, 'one body for both records');
  assert.equal(readPublished(previous, kept), first);
  recordPublished(published, live, [{ url: '/', digest: 'cc33' }], ['index.html', 'a.html']);
  recordPublished(join(work, 'stale.json'), live, pages, ['x.html']);
  pruneRecords([published, previous]);
  assert.is(readdirSync(join(work, 'records')).length, 2, "the stale record's body is gone");
  assert.equal(readPublished(published, live).files, ['index.html', 'a.html']);
  assert.equal(readPublished(previous, kept).files, ['index.html']);
});

rec('a file name with a line break is no line of a record: nothing is recorded', () => {
  const work = tempDir();
  const site = join(work, '_site');
  mkdirSync(site);
  recordPublished(join(work, 'published.json'), site, pages, ['index.html']);
  recordPublished(join(work, 'published.json'), site, pages, ['index.html', 'ajeeb\nnaam.html']);
  assert.not.ok(existsSync(join(work, 'published.json')));
  assert.equal(readPublished(join(work, 'published.json'), site), { pages: new Map() });
});

rec.run();
