import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { articleRecord } from '../../scripts/search/records.ts';
import { shardKeys, unitArticles } from '../../scripts/search/unit-keys.ts';
import { indexShards, indexShardsInWorker, type ShardJob } from '../../scripts/search/shard-runner.ts';
import { searchArticles } from '../fixtures/search/archive.ts';
import { tempDir, treeHash } from '../helpers/archive.ts';

const articles = searchArticles();
const halves = [articles.slice(0, 5), articles.slice(5)];
const jobsIn = (root: string): ShardJob[] =>
  halves.map((list, i) => ({ id: `s${i}`, dir: join(root, `s${i}`), withRuntime: i === 0, size: list.length }));
const recordsOf = (i: number) => halves[i]!.map((a) => articleRecord(a));

const runner = suite('indexShards');

runner('on a worker thread: the same files and outputs as on this thread', async () => {
  const here = tempDir('samachar-shards-');
  const there = tempDir('samachar-shards-');
  const a = await indexShards(jobsIn(here), recordsOf, { concurrency: 2 });
  const b = await indexShardsInWorker(jobsIn(there), recordsOf, { concurrency: 2 });
  assert.equal(b, a);
  assert.is(treeHash(there), treeHash(here));
  assert.equal(
    a.outputs.map((o) => o.pages),
    [5, halves[1]!.length],
  );
});

runner("the largest shard's records are made before the call returns (the caller may be busy next), the rest when asked", async () => {
  const root = tempDir('samachar-shards-');
  const asked: number[] = [];
  const running = indexShardsInWorker(
    jobsIn(root),
    (i) => {
      asked.push(i);
      return recordsOf(i);
    },
    { concurrency: 1 },
  );
  // halves[0] has 5 stories, halves[1] the rest (fewer): shard 0 is the largest.
  assert.equal(asked, [0]);
  const done = await running;
  assert.equal(asked, [0, 1]);
  assert.equal(
    done.outputs.map((o) => o.pages),
    [5, halves[1]!.length],
  );
});

runner("records made asynchronously, the first shard's too", async () => {
  const here = tempDir('samachar-shards-');
  const there = tempDir('samachar-shards-');
  await indexShards(jobsIn(here), recordsOf, { concurrency: 2 });
  await indexShardsInWorker(jobsIn(there), async (i) => recordsOf(i), { concurrency: 2 });
  assert.is(treeHash(there), treeHash(here));
});

runner('with keys, a merge makes the records of its changed units only, all of them before the worker starts', async () => {
  const cacheDir = tempDir('samachar-cache-');
  const sizes = [2, 3];
  const jobsFor = (list: typeof articles, root: string): ShardJob[] => [
    { id: 'u', dir: join(root, 'u'), withRuntime: false, size: list.length, units: sizes, keys: shardKeys(list, sizes, false) },
  ];
  const asked: unknown[] = [];
  const recordsFor = (list: typeof articles) => (_: number, units?: readonly number[]) => {
    asked.push(units ?? 'all');
    return (units ? unitArticles(list, sizes, units) : list).map((a) => articleRecord(a));
  };
  const first = halves[0]!;
  await indexShards(jobsFor(first, tempDir('samachar-shards-')), recordsFor(first), { concurrency: 1, cacheDir });
  assert.equal(asked, [[0, 1]]);
  const edited = first.map((a, i) => (i === 3 ? { ...a, text: `${a.text} पुलिस ने मामला दर्ज किया।` } : a));
  asked.length = 0;
  const out = tempDir('samachar-shards-');
  const running = indexShardsInWorker(jobsFor(edited, out), recordsFor(edited), { concurrency: 1, cacheDir });
  assert.equal(asked, [[1]], 'made before the call returns');
  const r = await running;
  assert.equal([asked, r.indexed, r.cached], [[[1]], 3, 0]);
  const fresh = tempDir('samachar-shards-');
  await indexShards(jobsFor(edited, fresh), recordsFor(edited), { concurrency: 1 });
  assert.is(treeHash(out), treeHash(fresh));
  asked.length = 0;
  await indexShardsInWorker(jobsFor(edited, tempDir('samachar-shards-')), recordsFor(edited), { concurrency: 1, cacheDir });
  assert.equal(asked, [], 'the whole shard from the cache: no records');
});

runner('an error in the worker reaches the caller with its name and message', async () => {
  const root = tempDir('samachar-shards-');
  const bad = { url: '/x/', content: 'क', language: 'hi', meta: { title: 5 as unknown as string } };
  try {
    await indexShardsInWorker([{ id: 'bad', dir: join(root, 'bad'), withRuntime: true, size: 1 }], () => [bad], { concurrency: 1 });
    assert.unreachable('should have thrown');
  } catch (e) {
    assert.is((e as Error).name, 'Error');
    assert.match((e as Error).message, /Pagefind.*invalid type/s);
  }
});

runner('a failure to make the records on the main thread rejects (never throws), and the worker stops', async () => {
  const root = tempDir('samachar-shards-');
  for (const failOn of [0, 1]) {
    const running = indexShardsInWorker(
      jobsIn(root),
      (i) => {
        if (i === failOn) throw new Error('कैटलॉग नहीं मिला');
        return recordsOf(i);
      },
      { concurrency: 1 },
    );
    assert.instance(running, Promise);
    try {
      await running;
      assert.unreachable('should have thrown');
    } catch (e) {
      assert.match((e as Error).message, /कैटलॉग नहीं मिला/);
    }
  }
});

runner.run();
