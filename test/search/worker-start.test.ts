import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { articleRecord } from '../../scripts/search/records.ts';
import { indexShards, indexShardsInWorker, type ShardJob } from '../../scripts/search/shard-runner.ts';
import { prestartSearchWorker, searchWorker } from '../../scripts/search/worker-start.ts';
import { searchArticles } from '../fixtures/search/archive.ts';
import { tempDir, treeHash } from '../helpers/archive.ts';

const articles = searchArticles();
const halves = [articles.slice(0, 5), articles.slice(5)];
const jobsIn = (root: string): ShardJob[] =>
  halves.map((list, i) => ({ id: `s${i}`, dir: join(root, `s${i}`), withRuntime: false, size: list.length }));
const recordsOf = (i: number) => halves[i]!.map((a) => articleRecord(a));

const start = suite('prestartSearchWorker: the search worker started before its jobs');

start('one worker waits at a time; the next shards are indexed by it, with the same files and outputs', async () => {
  const id = prestartSearchWorker();
  assert.is(prestartSearchWorker(), id, 'the one already waiting');
  const here = tempDir('samachar-worker-start-');
  const there = tempDir('samachar-worker-start-');
  const want = await indexShards(jobsIn(here), recordsOf, { concurrency: 1 });
  // Records asked for after the start message too: none go with the worker beyond the first shard's.
  assert.equal(await indexShardsInWorker(jobsIn(there), async (i) => recordsOf(i), { concurrency: 1 }), want);
  assert.is(treeHash(there), treeHash(here));
  const next = prestartSearchWorker();
  assert.is.not(next, id, 'the waiting worker was taken');
  const taken = searchWorker({});
  assert.is(taken.threadId, next);
  await taken.terminate();
});

start('without one waiting, a new worker is started with its jobs', async () => {
  const here = tempDir('samachar-worker-start-');
  const there = tempDir('samachar-worker-start-');
  const want = await indexShards(jobsIn(here), recordsOf, { concurrency: 2 });
  assert.equal(await indexShardsInWorker(jobsIn(there), recordsOf, { concurrency: 2 }), want);
  assert.is(treeHash(there), treeHash(here));
});

start.run();
