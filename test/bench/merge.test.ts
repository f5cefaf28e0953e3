import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sampleRecords, writeBenchArchive } from '../../scripts/bench/archive.ts';
import { Merges } from '../../scripts/bench/merge.ts';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { tempDir } from '../helpers/archive.ts';

const SAMPLE = resolve(import.meta.dirname, '../../content');
const merges = suite('Merges: the one-story merges the warm bench measures');

const archive = (count: number) => {
  const dir = join(tempDir('samachar-bench-merge-'), 'content');
  writeBenchArchive(dir, sampleRecords(SAMPLE), count, SAMPLE);
  return dir;
};

// The generated archive ends on 2026-11-23; the clock of each case is after it.
// Clocks before the real one only: a later date is a scheduled story, which the check leaves out.
const cases: Array<[string, number, string, string]> = [
  ['a later month (a folder of its own)', Date.UTC(2026, 11, 1, 12, 0), '2026/12', 'date: 2026-12-01T17:29'],
  ['late evening in UTC is the next day in India', Date.UTC(2026, 10, 30, 19, 0), '2026/12', 'date: 2026-12-01T00:29'],
  ["the archive's own month", Date.UTC(2026, 10, 25, 6, 0), '2026/11', 'date: 2026-11-25T11:29'],
];

for (const [name, now, folder, date] of cases) {
  merges(`add dates the story a minute before the merge, in India: ${name}`, () => {
    const dir = archive(40);
    const m = new Merges(dir);
    const path = m.add(1, now);
    assert.ok(path.startsWith(join(dir, 'articles', folder)), path);
    const text = readFileSync(path, 'utf8');
    assert.match(text, new RegExp(`^${date}$`, 'm'));
    assert.match(text, /^title: ".*\(नई ख़बर 1\)"$/m);
    const loaded = loadArticles(dir);
    assert.equal(
      loaded.errors.map((e) => e.format()),
      [],
    );
    assert.is(loaded.articles.length, 41);
    const newest = [...loaded.articles].sort((a, b) => b.timestamp - a.timestamp)[0]!;
    assert.match(newest.title, /\(नई ख़बर 1\)$/, 'the added story is the newest');
    m.restore();
    assert.not.ok(existsSync(path));
    assert.is(existsSync(join(dir, 'articles', '2026', '12')), false, 'no empty month folder is left');
    assert.is(loadArticles(dir).articles.length, 40);
  });
}

merges('edit adds a paragraph to the newest story and restore takes it back', () => {
  const dir = archive(20);
  const m = new Merges(dir);
  const before = loadArticles(dir).articles[0]!;
  m.edit(2);
  assert.match(readFileSync(before.sourcePath, 'utf8'), /बेंचमार्क के लिए जोड़ा गया अनुच्छेद 2।\n$/);
  m.restore();
  assert.not.match(readFileSync(before.sourcePath, 'utf8'), /बेंचमार्क/);
});

merges.run();
