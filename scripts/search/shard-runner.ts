import { debuglog } from 'node:util';
import type { CustomRecord } from 'pagefind';
import { ShardCache, UnitCache } from './cache.ts';
import { PreviousIndex } from './previous-index.ts';
import { unitShard } from './unit-shard.ts';
import { missingUnits, type ShardKeys } from './unit-keys.ts';
import { buildShard, closePagefind, PagefindError, type ShardOutput } from './pagefind-shard.ts';
import { searchWorker } from './worker-start.ts';

const log = debuglog('samachar:search');

/**
 * One shard to index: where it goes, whether it carries Pagefind's runtime (`pagefindRuntime`), how
 * many stories; `units` (sizes, newest first) and `tail` as `ShardPlan` has them; `keys`, the
 * units' cache keys made from the catalog (`shardKeys`), so that only missing units need records.
 */
export interface ShardJob {
  id: string;
  dir: string;
  withRuntime: boolean;
  size: number;
  units?: readonly number[];
  tail?: boolean;
  keys?: ShardKeys;
}

/** How shards are indexed: processes at once, fragment bundling, the cache folder, the previous site's index (`PreviousIndex`). */
export interface ShardSettings {
  concurrency: number;
  maxFragments?: number;
  cacheDir?: string;
  previous?: string;
}

/** What indexing the shards did: each shard's output in job order, how many came whole from the cache, stories Pagefind indexed. */
export interface ShardResults {
  outputs: ShardOutput[];
  cached: number;
  indexed: number;
}

/**
 * The records of job `i` (built by whoever holds the catalog): of its listed units only (indexes,
 * ascending, in order), when `units` is given (only for jobs with `keys`).
 */
export type RecordsOf = (i: number, units?: readonly number[]) => readonly CustomRecord[] | Promise<readonly CustomRecord[]>;

/** The order shards are indexed in: largest first (so the processes finish together), then as given. */
export function shardOrder(jobs: readonly ShardJob[]): number[] {
  return jobs.map((_, i) => i).sort((a, b) => jobs[b]!.size - jobs[a]!.size || a - b);
}

/**
 * Indexes the shards with Pagefind, `concurrency` at a time (each in its own Pagefind process),
 * largest first so that the processes finish together; a shard whose records are in the cache is
 * linked from there instead. Throws `PagefindError` on any error Pagefind reports.
 */
export async function indexShards(jobs: readonly ShardJob[], recordsOf: RecordsOf, settings: ShardSettings): Promise<ShardResults> {
  const outputs: Array<ShardOutput | undefined> = [];
  // A shard restored from the cache takes over the previous site's folder of it, when that holds it.
  const previous = settings.previous ? new PreviousIndex(settings.previous) : undefined;
  const cache = settings.cacheDir ? new UnitCache(settings.cacheDir, previous) : undefined;
  let cached = 0;
  let indexed = 0;
  const order = shardOrder(jobs);
  let next = 0;
  const work = async (process: number) => {
    for (let k = next++; k < order.length; k = next++) {
      const i = order[k]!;
      const job = jobs[i]!;
      const t = performance.now();
      let reused: boolean;
      if (joinsUnits(job, settings)) {
        const unitJob = { dir: job.dir, units: job.units!, ...(job.tail ? { tail: true } : {}), ...(job.keys ? { keys: job.keys } : {}) };
        const r = await unitShard(unitJob, (units) => recordsOf(i, units), cache, process);
        outputs[i] = r.output;
        reused = r.reused;
        indexed += r.indexed;
      } else {
        const records = await recordsOf(i);
        const key = cache && ShardCache.key(records, { withRuntime: job.withRuntime, maxFragments: settings.maxFragments ?? null });
        const restored = key ? cache!.restore(key, job.dir) : undefined;
        outputs[i] = restored ?? (await buildShard(records, job.dir, job.withRuntime, settings.maxFragments, process));
        if (key && !restored) cache!.store(key, job.dir, outputs[i]!);
        reused = restored !== undefined;
        if (!reused) indexed += records.length;
      }
      if (reused) cached++;
      log(
        'shard %s: %d articles, %d files in %ss%s',
        job.id,
        job.size,
        outputs[i]!.files,
        ((performance.now() - t) / 1000).toFixed(1),
        reused ? ' (cached)' : '',
      );
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(settings.concurrency, jobs.length)) }, (_, k) => work(k)));
  } finally {
    await closePagefind();
  }
  return { outputs: outputs as ShardOutput[], cached, indexed };
}

/** Messages between the main thread and the shard worker: records of a job (of its listed units only, when `units` is given). */
export type ToWorker = { type: 'records'; index: number; units?: readonly number[]; records: readonly CustomRecord[] };
export type FromWorker =
  | { type: 'records'; index: number; units?: readonly number[] }
  | ({ type: 'done' } & ShardResults)
  | { type: 'error'; name: string; message: string; stack?: string; pagefind?: { what: string; errors: string[] } };

/** Whether `indexShards` builds the job from units (Pagefind's runtime cannot read joined units, nor are bundled page files joined). */
function joinsUnits(job: ShardJob, settings: ShardSettings): boolean {
  return job.units !== undefined && !job.withRuntime && !settings.maxFragments;
}

/** Records sent with the worker beyond the first shard's: a merge's few changed units all go at once. */
const EARLY_RECORDS = 1000;

/** One delivery of records: a job's, of its listed units only when `units` is given. */
export interface Delivery {
  index: number;
  units?: readonly number[];
}

/** The name a delivery is matched by in the worker. */
export const deliveryName = (d: Delivery) => `${d.index}:${d.units?.join(',') ?? '*'}`;

/**
 * The records the worker will need that go with it: in `shardOrder`, the first job that needs any
 * and then the missing units of jobs with keys while they add up to at most `EARLY_RECORDS` stories. A job with keys needs the
 * records of the units the cache lacks (none when the whole shard is there); without keys, all.
 */
export function earlyDeliveries(jobs: readonly ShardJob[], settings: ShardSettings, has?: (key: string) => boolean): Delivery[] {
  const out: Delivery[] = [];
  let count = 0;
  for (const i of shardOrder(jobs)) {
    const job = jobs[i]!;
    const units = job.keys && joinsUnits(job, settings) ? missingUnits(job.keys, has) : undefined;
    if (units?.length === 0) continue;
    const n = units ? units.reduce((sum, u) => sum + job.units![u]!, 0) : job.size;
    // Beyond the first, only a few units' records: a job without keys needs all of its records.
    if (out.length > 0 && (!units || count + n > EARLY_RECORDS)) continue;
    out.push(units ? { index: i, units } : { index: i });
    count += n;
  }
  return out;
}

/**
 * `indexShards` on a worker thread. Pagefind's Node API is request and response over the Pagefind
 * processes' pipes: on the main thread, while Eleventy renders, the responses wait until the event
 * loop turns, and the Pagefind processes sat idle (sampled: mostly sleeping while Node ran). The
 * worker's event loop does nothing else. The worker asks for records when it starts a shard that
 * needs them, so at most `concurrency` shards of records are copied over at a time, apart from
 * those that go with the worker (`earlyDeliveries`).
 */
export function indexShardsInWorker(jobs: readonly ShardJob[], recordsOf: RecordsOf, settings: ShardSettings): Promise<ShardResults> {
  // The first records go with the worker, made here and now: the caller's thread may then be busy
  // for a while (the build computes related stories next, 2.5 s at 10,000 stories and 28 s at
  // 100,000) and could not answer the worker's request. One Pagefind process indexes meanwhile on
  // the core the main thread leaves idle; the others start when asked for. After a merge, that is
  // every record the worker needs: it never waits for the busy main thread.
  const cache = settings.cacheDir ? new UnitCache(settings.cacheDir) : undefined;
  const due = earlyDeliveries(jobs, settings, cache && ((key) => cache.has(key)));
  const made: Array<{ delivery: Delivery; records: ReturnType<RecordsOf> }> = [];
  try {
    for (const delivery of due) made.push({ delivery, records: recordsOf(delivery.index, delivery.units) });
  } catch (e) {
    return Promise.reject(e);
  }
  const early = made.flatMap(({ delivery, records }) => (records instanceof Promise ? [] : [{ ...delivery, records }]));
  const coming = due.map(deliveryName);
  const worker = searchWorker({ jobs, settings, early, coming });
  return new Promise<ShardResults>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    const send = (d: Delivery, records: ReturnType<RecordsOf>) =>
      Promise.resolve(records).then(
        (r) => worker.postMessage({ type: 'records', ...d, records: r } satisfies ToWorker),
        (e: unknown) => finish(() => reject(e)),
      );
    for (const { delivery, records } of made) if (records instanceof Promise) void send(delivery, records);
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'records') {
        const d = { index: m.index, ...(m.units ? { units: m.units } : {}) };
        void send(
          d,
          Promise.resolve().then(() => recordsOf(d.index, d.units)),
        );
      } else if (m.type === 'done') {
        finish(() => resolve({ outputs: m.outputs, cached: m.cached, indexed: m.indexed }));
      } else {
        const err = m.pagefind ? new PagefindError(m.pagefind.what, m.pagefind.errors) : new Error(m.message);
        if (!m.pagefind) {
          err.name = m.name;
          if (m.stack) err.stack = m.stack;
        }
        finish(() => reject(err));
      }
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`the search worker stopped (exit code ${code}) before it finished`))));
  });
}
