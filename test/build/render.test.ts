import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { planRuns } from '../../scripts/build/render.ts';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { prepareSite } from '../../scripts/build/site-model.ts';
import { FIXTURES, NOW, tempDir, treeHash } from '../helpers/archive.ts';

const input = { contentDir: join(FIXTURES, 'archive'), includeDrafts: false, includeFuture: false, now: NOW };

const plan = suite('planRuns');

plan('splits articles, then listings, into runs of at most N pages', () => {
  const model = prepareSite(input);
  const runs = planRuns(model, 3);
  assert.is(runs.length, Math.ceil((model.catalog.articles.length + model.listings.length) / 3));
  assert.equal(
    runs.flatMap((r) => r.articles),
    [...model.catalog.articles],
  );
  assert.equal(
    runs.flatMap((r) => r.listings),
    [...model.listings],
  );
  for (const r of runs) assert.ok(r.articles.length + r.listings.length <= 3);
  assert.equal(
    runs.map((r) => r.siteFiles),
    runs.map((_, i) => i === 0),
  );
});

plan('an empty archive still gets one run (home, 404, empty listings)', () => {
  const model = prepareSite(input);
  const empty = { ...model, catalog: { ...model.catalog, articles: [] }, listings: [] };
  assert.is(planRuns(empty, 3).length, 1);
});

plan.run();

const chunked = suite('renderSite in several runs');

chunked('gives the same bytes as one run', async () => {
  const one = join(tempDir(), 'one');
  const many = join(tempDir(), 'many');
  const a = await buildSite(input, one);
  const b = await buildSite(input, many, { pagesPerRun: 2 });
  assert.is(a.pages, b.pages);
  assert.is(treeHash(many), treeHash(one));
});

chunked.run();
