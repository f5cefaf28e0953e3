import { debuglog } from 'node:util';
import type { Article } from '../catalog/types.ts';
import { UnitCache } from './cache.ts';
import { archiveVocabulary, buildRomanMap, romanBuckets } from './roman-map.ts';
import type { ShardJob } from './shard-runner.ts';
import type { ShardPlan } from './shards.ts';
import { typoBuckets } from './typo-vocab.ts';
import { unitArticles } from './unit-keys.ts';
import { WordKeys } from './vocab-cache.ts';
import { shardedVocabulary } from './vocab-sums.ts';

const log = debuglog('samachar:search');

/** The romanised map's and the typo vocabulary's buckets (JSON text each), as the manifest lists them. */
export interface VocabularyBuckets {
  roman: string[];
  typos: string[];
}

/**
 * The romanised map and the typo vocabulary of the archive, made on the main thread's next turn,
 * while Pagefind indexes, instead of after the last shard, when it held up the end of every build:
 * both need only the catalog's text, from one pass over it. With every unit keyed (`jobs[i].keys`),
 * the vocabulary is summed from each unit's part, cached by the unit's key in `cacheDir`, and from
 * kept sums of the older shards' (`shardedVocabulary`), so a merge scans its changed units only and
 * reads few parts; otherwise from every article.
 */
export function startVocabulary(
  articles: readonly Article[],
  plans: readonly ShardPlan[],
  jobs: readonly ShardJob[],
  cacheDir: string | undefined,
): Promise<VocabularyBuckets> {
  const made = new Promise<VocabularyBuckets>((resolve, reject) =>
    setImmediate(() => {
      const t = performance.now();
      try {
        const cache = cacheDir ? new UnitCache(cacheDir) : undefined;
        const shards = jobs.every((j) => j.keys)
          ? plans.map((p, i) =>
              p.units.map((_, u) => ({ key: jobs[i]!.keys!.units[u]!, articles: unitArticles(p.articles, p.units, [u]) })),
            )
          : undefined;
        const vocabulary = shards ? shardedVocabulary(shards, cache) : archiveVocabulary(articles);
        const keys = new WordKeys(cache);
        resolve({
          roman: romanBuckets(buildRomanMap(articles, {}, vocabulary, keys.roman)),
          typos: typoBuckets(vocabulary, {}, keys.shelf),
        });
        keys.save();
        log('romanised map and typo vocabulary in %ss', ((performance.now() - t) / 1000).toFixed(1));
      } catch (e) {
        reject(e);
      }
    }),
  );
  // Awaited after the shards; this keeps a failure before then from being reported as unhandled.
  made.catch(() => {});
  return made;
}
