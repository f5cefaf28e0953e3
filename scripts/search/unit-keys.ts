import { createHash } from 'node:crypto';
import type { Article } from '../catalog/types.ts';
import { keyHash } from './cache.ts';
import { recordFields } from './records.ts';
import { textDigest } from './text-digests.ts';

/** Cache keys of one shard built from units: each unit's, and the shard's (which also names its chunk files). */
export interface ShardKeys {
  readonly shard: string;
  readonly units: readonly string[];
}

/**
 * The keys of a shard's units, hashed from what each story's record is made of (`recordFields` and
 * a digest of its text) rather than from the records: a merge that changes one story then makes
 * one unit's records, not every story's (building a record hides the function words of its whole
 * text, and the records were copied to the search worker). The key covers the code that makes
 * records (`keyHash`'s stamp) and `maxChars`, so equal keys still mean equal records, hence equal
 * Pagefind bytes. `units` are sizes, newest first, summing to the article count. `digestOf` is
 * `textDigest` of the story's text, or a memo of it (`TextDigests`).
 */
export function shardKeys(
  articles: readonly Article[],
  units: readonly number[],
  tail: boolean,
  maxChars?: number,
  digestOf: (article: Article) => string = (a) => textDigest(a.text),
): ShardKeys {
  const keys: string[] = [];
  let at = 0;
  for (const n of units) {
    const h = keyHash({ unit: 'fields', maxChars: maxChars ?? null });
    for (let i = at; i < at + n; i++) h.update(`${JSON.stringify(recordFields(articles[i]!))}\n${digestOf(articles[i]!)}\n`);
    keys.push(h.digest('hex').slice(0, 32));
    at += n;
  }
  if (at !== articles.length) throw new Error(`units hold ${at} of ${articles.length} stories`);
  return { shard: shardKeyOf(keys, tail), units: keys };
}

/** A shard's key from its units' keys: its first 8 digits name the shard's chunk files. */
export function shardKeyOf(unitKeys: readonly string[], tail: boolean): string {
  return createHash('sha256')
    .update(`${tail ? 'tail' : 'shard'}\n${unitKeys.join('\n')}`)
    .digest('hex')
    .slice(0, 32);
}

/** Indexes of the units of `keys` a build must index again (not in the cache); none when the whole shard is there. */
export function missingUnits(keys: ShardKeys, has: ((key: string) => boolean) | undefined): number[] {
  if (has?.(keys.shard)) return [];
  return keys.units.flatMap((k, i) => (has?.(k) ? [] : [i]));
}

/** The stories of the listed units (indexes, ascending) of a shard whose unit sizes are `units`, in order. */
export function unitArticles<T>(articles: readonly T[], units: readonly number[], which: readonly number[]): T[] {
  const starts: number[] = [];
  let at = 0;
  for (const n of units) {
    starts.push(at);
    at += n;
  }
  return which.flatMap((u) => articles.slice(starts[u]!, starts[u]! + units[u]!));
}
