import { debuglog } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { CustomRecord } from 'pagefind';
import { ShardCache, UnitCache } from './cache.ts';
import { unitShard } from './unit-shard.ts';
import { buildShard, closePagefind, PagefindError, type ShardOutput } from './pagefind-shard.ts';

const log = debuglog('samachar:search');

/**
 * One shard to index: where it goes, whether it carries Pagefind's runtime (`pagefindRuntime`), how
 * many stories; `units` (sizes, newest first) and `tail` as `ShardPlan` has them.
 */
export interface ShardJob {
  id: string;
  dir: string;
  withRuntime: boolean;
  size: number;
  units?: readonly number[];
  tail?: boolean;
}

/** How shards are indexed: processes at once, fragment bundling, the cache folder. */
export interface ShardSettings {
  concurrency: number;
  maxFragments?: number;
  cacheDir?: string;
}

/** What indexing the shards did: each shard's output in job order, how many came whole from the cache, stories Pagefind indexed. */
export interface ShardResults {
  outputs: ShardOutput[];
  cached: number;
  indexed: number;
}

/** The records of job `i` (built by whoever holds the catalog). */
export type RecordsOf = (i: number) => CustomRecord[] | Promise<CustomRecord[]>;

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
  const cache = settings.cacheDir ? new UnitCache(settings.cacheDir) : undefined;
  let cached = 0;
  let indexed = 0;
  const order = shardOrder(jobs);
  let next = 0;
  const work = async (process: number) => {
    for (let k = next++; k < order.length; k = next++) {
      const i = order[k]!;
      const job = jobs[i]!;
      const t = performance.now();
      const records = await recordsOf(i);
      let reused: boolean;
      // Pagefind's runtime (the eval's baseline) cannot read joined units, nor are bundled page files joined.
      if (job.units && !job.withRuntime && !settings.maxFragments) {
        const r = await unitShard(records, { dir: job.dir, units: job.units, ...(job.tail ? { tail: true } : {}) }, cache, process);
        outputs[i] = r.output;
        reused = r.reused;
        indexed += r.indexed;
      } else {
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

/** Messages between the main thread and the shard worker. */
export type ToWorker = { type: 'records'; index: number; records: CustomRecord[] };
export type FromWorker =
  | { type: 'records'; index: number }
  | ({ type: 'done' } & ShardResults)
  | { type: 'error'; name: string; message: string; stack?: string; pagefind?: { what: string; errors: string[] } };

/**
 * The worker's first lines. The project runs its TypeScript through tsx, whose loader a worker
 * thread does not inherit: the worker registers it, then imports its module.
 */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./shard-worker.ts', import.meta.url).href)}); })`;

/**
 * `indexShards` on a worker thread. Pagefind's Node API is request and response over the Pagefind
 * processes' pipes: on the main thread, while Eleventy renders, the responses wait until the event
 * loop turns, and the Pagefind processes sat idle (sampled: mostly sleeping while Node ran). The
 * worker's event loop does nothing else. The worker asks for each shard's records when it starts
 * that shard (the largest shard's come with the worker, see below), so at most `concurrency`
 * shards of records are copied over at a time.
 */
export function indexShardsInWorker(jobs: readonly ShardJob[], recordsOf: RecordsOf, settings: ShardSettings): Promise<ShardResults> {
  // The first shard's records go with the worker, made here and now: the caller's thread may then
  // be busy for a while (the build computes related stories next, 2.5 s at 10,000 stories and
  // 28 s at 100,000) and could not answer the worker's request. One Pagefind process indexes
  // meanwhile on the core the main thread leaves idle; the others start when asked for.
  const first = shardOrder(jobs)[0];
  let head: ReturnType<RecordsOf> | undefined;
  try {
    head = first === undefined ? undefined : recordsOf(first);
  } catch (e) {
    return Promise.reject(e);
  }
  const early = head instanceof Promise || head === undefined ? undefined : { index: first!, records: head };
  const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { jobs, settings, early } });
  return new Promise<ShardResults>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    if (head instanceof Promise) {
      head.then(
        (records) => worker.postMessage({ type: 'records', index: first!, records } satisfies ToWorker),
        (e: unknown) => finish(() => reject(e)),
      );
    }
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'records') {
        Promise.resolve()
          .then(() => recordsOf(m.index))
          .then(
            (records) => worker.postMessage({ type: 'records', index: m.index, records } satisfies ToWorker),
            (e: unknown) => finish(() => reject(e)),
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
