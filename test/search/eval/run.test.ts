import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { SearchEngine } from '../../../scripts/search/browser/engine.ts';
import { openBuiltSearch } from '../../../scripts/search/eval/node-runtime.ts';
import { runEval } from '../../../scripts/search/eval/run.ts';
import { buildSearchIndex } from '../../../scripts/search/index.ts';
import { searchArticles } from '../../fixtures/search/archive.ts';
import { tempDir } from '../../helpers/archive.ts';

// The fixture archive in shards of two stories, its URLs mapped back to the stories' ids.
const outDir = tempDir('samachar-run-eval-');
const articles = searchArticles();
await buildSearchIndex({ outDir, articles, maxShardArticles: 2 });
const urlToId = new Map(articles.map((a) => [a.url, a.id]));
const idOf = (slug: string) => articles.find((a) => a.slug === slug)!.id;
const QUERIES = [
  { type: 'headline', query: 'सरसों की खरीद', relevant: [idOf('sarson-kharid')] },
  { type: 'headline', query: 'ट्रैक्टर गिरोह', relevant: [idOf('chori')] },
  { type: 'romanized', query: 'marudhar cup', relevant: [idOf('cricket')] },
  { type: 'typo', query: 'बारीश जीरा', relevant: [idOf('barish')] },
  { type: 'absent', query: 'हवाईअड्डा', relevant: [] },
];

const run = suite('runEval');
run('an engine opened per query scores every query as one engine kept for all of them', async () => {
  const kept = await runEval(QUERIES, urlToId, (await openBuiltSearch(outDir)).engine);
  let opened = 0;
  const fresh = await runEval(QUERIES, urlToId, async (): Promise<SearchEngine> => {
    opened += 1;
    return (await openBuiltSearch(outDir)).engine;
  });
  assert.is(opened, QUERIES.length);
  assert.equal(fresh, kept);
  assert.is(kept.all.queries, 4);
  assert.ok(kept.all.mrr10 > 0.5, JSON.stringify(kept.all));
  assert.equal(kept.honesty, { absent: { queries: 1, share: 1 } });
});
run.run();
