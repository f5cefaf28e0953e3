import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ShardJob } from '../../scripts/search/shard-runner.ts';
import { planShards } from '../../scripts/search/shards.ts';
import { shardKeys } from '../../scripts/search/unit-keys.ts';
import { startVocabulary } from '../../scripts/search/vocab-stage.ts';
import { searchArticles } from '../fixtures/search/archive.ts';
import { tempDir } from '../helpers/archive.ts';

const articles = searchArticles();
const stage = suite('startVocabulary: the romanised map and typo buckets beside the shards');

// Small shards and units, so that the archive has several of each.
const plans = planShards(articles, 4, 4, 2);
const jobs = (keyed: boolean): ShardJob[] =>
  plans.map((p) => ({
    id: p.id,
    dir: '',
    withRuntime: false,
    size: p.articles.length,
    ...(keyed && p.units.length > 0 ? { units: p.units, keys: shardKeys(p.articles, p.units, p.tail === true) } : {}),
  }));

stage('from every article, from keyed units, and from their cached parts: the same buckets', async () => {
  assert.ok(
    plans.some((p) => p.units.length > 1),
    'the plan has units',
  );
  const want = await startVocabulary(articles, plans, jobs(false), undefined);
  assert.ok(want.roman.length > 0 && want.typos.length > 0);
  const cacheDir = tempDir('samachar-vocab-stage-');
  assert.equal(await startVocabulary(articles, plans, jobs(true), undefined), want);
  assert.equal(await startVocabulary(articles, plans, jobs(true), cacheDir), want, 'cold cache');
  assert.equal(await startVocabulary(articles, plans, jobs(true), cacheDir), want, 'warm cache');
});

stage('a failure rejects the promise instead of throwing where it was started', async () => {
  const broken = [{ ...jobs(true)[0]!, keys: { shard: 'x', units: [] } }] as unknown as ShardJob[];
  const made = startVocabulary(articles, plans, broken, undefined);
  let error: unknown;
  try {
    await made;
  } catch (e) {
    error = e;
  }
  assert.instance(error, Error);
});

stage.run();
