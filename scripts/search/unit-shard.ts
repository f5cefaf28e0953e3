import type { CustomRecord } from 'pagefind';
import { ShardCache, type UnitCache } from './cache.ts';
import { mergeUnits, TAIL_CHUNK_SIZE } from './merge-units.ts';
import { shardKeyOf, type ShardKeys } from './unit-keys.ts';
import { isIndexFile, ENTRY_FILE } from './pagefind-format.ts';
import { indexRecords, writeBundle, type ShardOutput } from './pagefind-shard.ts';
import { packBundle, PACK_FILE, unpackBundle } from './unit-pack.ts';
import type { BundleFile } from './compact-names.ts';

/**
 * A shard built from units: where it goes, its unit sizes (newest first), whether it is the tail,
 * and its cache keys when the caller made them from the catalog (`shardKeys`; else they are
 * hashed from the records).
 */
export interface UnitJob {
  readonly dir: string;
  readonly units: readonly number[];
  readonly tail?: boolean;
  readonly keys?: ShardKeys;
}

/** The records of the listed units of a shard (indexes, ascending), in order; of all its units when none are listed. */
export type UnitRecords = (units?: readonly number[]) => readonly CustomRecord[] | Promise<readonly CustomRecord[]>;

/** What building one shard from units did: its output, whether it came whole from the cache, stories Pagefind indexed. */
export interface UnitShardResult {
  output: ShardOutput;
  reused: boolean;
  indexed: number;
}

/**
 * One shard of the site from its units (`shards.ts`): the shard whole from the cache when its
 * units are all unchanged; otherwise each unit from the cache or from Pagefind, joined by
 * `mergeUnits`, and the result cached. Records are asked for only for the units Pagefind must
 * index, when `job.keys` are given (`unit-keys.ts`); without them a unit's key is
 * `ShardCache.key` of its records (both cover the Pagefind version and this folder's code). A
 * shard's key hashes its units' keys, and its first 8 digits name the shard's chunk files. Same
 * records, same bytes, whichever of the three ways a shard was made (tested).
 */
export async function unitShard(
  job: UnitJob,
  recordsOf: UnitRecords,
  cache: UnitCache | undefined,
  process: number,
): Promise<UnitShardResult> {
  const pages = job.units.reduce((a, b) => a + b, 0);
  let all: CustomRecord[][] | undefined;
  let keys = job.keys;
  if (!keys) {
    all = split(await recordsOf(), job.units, job.dir);
    const units = all.map((r) => ShardCache.key(r, { unit: true }));
    keys = { shard: shardKeyOf(units, job.tail === true), units };
  }
  const tag = keys.shard.slice(0, 8);
  const reused = cache?.restore(keys.shard, job.dir);
  if (reused) {
    cache!.touch(keys.units);
    return { output: reused, reused: true, indexed: 0 };
  }
  const found = keys.units.map((k) => unpacked(cache?.readFiles(k)));
  const missing = found.flatMap((f, i) => (f ? [] : [i]));
  let fresh: CustomRecord[][] = [];
  if (missing.length > 0) {
    fresh = all
      ? missing.map((i) => all[i]!)
      : split(
          await recordsOf(missing),
          missing.map((i) => job.units[i]!),
          job.dir,
        );
  }
  let indexed = 0;
  // Pagefind indexes the missing units one after another, never waiting for the join: mergeUnits
  // decodes each unit as soon as it is there, while Pagefind indexes the next (it was one after the
  // other: on a cold build, 40 units' decoding was added to Pagefind's time on the search's critical path).
  let queue: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const units = keys.units.map((key, k) => {
    const files = found[k];
    if (files) return { tag: key.slice(0, 8), files };
    const slice = fresh[missing.indexOf(k)]!;
    const run = queue.then(async () => {
      if (stopped) throw new Error(`${job.dir}: stopped`);
      const files = (await indexRecords(slice, job.dir, undefined, process)).filter((f) => isIndexFile(f.path) || f.path === ENTRY_FILE);
      indexed += slice.length;
      cache?.storeFiles(key, [{ path: PACK_FILE, content: packBundle(files) }]);
      return { tag: key.slice(0, 8), files };
    });
    // Awaited by mergeUnits in order; a later unit's failure after an earlier one's is not news.
    run.catch(() => {});
    queue = run;
    return run;
  });
  let merged: Awaited<ReturnType<typeof mergeUnits>>;
  try {
    merged = job.tail ? await mergeUnits(units, tag, 'content', TAIL_CHUNK_SIZE) : await mergeUnits(units, tag, 'unit');
  } finally {
    stopped = true;
  }
  const output: ShardOutput = { ...writeBundle(merged.files, job.dir, false), pages, names: tag };
  cache?.store(keys.shard, job.dir, output);
  return { output, reused: false, indexed };
}

/** Records cut into consecutive slices of the given sizes. */
function split(records: readonly CustomRecord[], sizes: readonly number[], dir: string): CustomRecord[][] {
  const slices: CustomRecord[][] = [];
  let at = 0;
  for (const n of sizes) {
    slices.push(records.slice(at, at + n));
    at += n;
  }
  if (at !== records.length) throw new Error(`units of ${dir} hold ${at} of ${records.length} records`);
  return slices;
}

/** A unit's files as the cache returned them: unpacked from its one file (`unit-pack.ts`). */
function unpacked(files: BundleFile[] | undefined): BundleFile[] | undefined {
  const pack = files?.length === 1 && files[0]!.path === PACK_FILE ? files[0]!.content : undefined;
  return pack ? unpackBundle(pack) : files;
}
