import { createHash } from 'node:crypto';
import type { CustomRecord } from 'pagefind';
import { ShardCache, type UnitCache } from './cache.ts';
import { mergeUnits } from './merge-units.ts';
import { isIndexFile, ENTRY_FILE } from './pagefind-format.ts';
import { indexRecords, writeBundle, type ShardOutput } from './pagefind-shard.ts';

/** A shard built from units: where it goes, its unit sizes (newest first), whether it is the tail. */
export interface UnitJob {
  readonly dir: string;
  readonly units: readonly number[];
  readonly tail?: boolean;
}

/** What building one shard from units did: its output, whether it came whole from the cache, stories Pagefind indexed. */
export interface UnitShardResult {
  output: ShardOutput;
  reused: boolean;
  indexed: number;
}

/**
 * One shard of the site from its units (`shards.ts`): the shard whole from the cache when its
 * units are all unchanged; otherwise each unit from the cache or from Pagefind, joined by
 * `mergeUnits`, and the result cached. Keys: a unit's is `ShardCache.key` of its records (which
 * covers the Pagefind version and this folder's code); a shard's hashes its units' keys, and
 * its first 8 digits name the shard's chunk files. Same records, same bytes, whichever of the
 * three ways a shard was made (tested).
 */
export async function unitShard(
  records: readonly CustomRecord[],
  job: UnitJob,
  cache: UnitCache | undefined,
  process: number,
): Promise<UnitShardResult> {
  const slices: CustomRecord[][] = [];
  let at = 0;
  for (const n of job.units) {
    slices.push(records.slice(at, at + n));
    at += n;
  }
  if (at !== records.length) throw new Error(`units of ${job.dir} hold ${at} of ${records.length} records`);
  const keys = slices.map((r) => ShardCache.key(r, { unit: true }));
  const key = createHash('sha256')
    .update(`${job.tail ? 'tail' : 'shard'}\n${keys.join('\n')}`)
    .digest('hex')
    .slice(0, 32);
  const tag = key.slice(0, 8);
  const reused = cache?.restore(key, job.dir);
  if (reused) {
    cache!.touch(keys);
    return { output: reused, reused: true, indexed: 0 };
  }
  let indexed = 0;
  const units = [];
  for (const [k, slice] of slices.entries()) {
    let files = cache?.readFiles(keys[k]!);
    if (!files) {
      files = (await indexRecords(slice, job.dir, undefined, process)).filter((f) => isIndexFile(f.path) || f.path === ENTRY_FILE);
      indexed += slice.length;
      cache?.storeFiles(keys[k]!, files);
    }
    units.push({ tag: keys[k]!.slice(0, 8), files });
  }
  const merged = await mergeUnits(units, tag, job.tail ? 'content' : 'unit');
  const output: ShardOutput = { ...writeBundle(merged.files, job.dir, false), pages: records.length, names: tag };
  cache?.store(key, job.dir, output);
  return { output, reused: false, indexed };
}
