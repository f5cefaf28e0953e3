import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join, resolve } from 'node:path';
import { sampleRecords, writeBenchArchive } from '../../scripts/bench/archive.ts';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { tempDir } from '../helpers/archive.ts';

const SAMPLE = resolve(import.meta.dirname, '../../content');
const bench = suite('writeBenchArchive');

// Regression: site.json names footer pages, a logo and author photos; an archive with only _data
// copied failed its first build once the sample site had them.
bench('a generated archive passes the check with the sample site around it', () => {
  const records = sampleRecords(SAMPLE);
  assert.ok(records.length >= 50, `only ${records.length} sample records`);
  const dir = join(tempDir('samachar-bench-'), 'content');
  writeBenchArchive(dir, records, 120, SAMPLE);
  const loaded = loadArticles(dir);
  assert.equal(
    loaded.errors.map((e) => e.format()),
    [],
  );
  assert.is(loaded.articles.length, 120);
});

bench.run();
