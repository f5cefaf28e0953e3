import { Worker } from 'node:worker_threads';

/**
 * The worker's first lines. The project runs its TypeScript through tsx, whose loader a worker
 * thread does not inherit: the worker registers it, then imports its module.
 */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./shard-worker.ts', import.meta.url).href)}); })`;

/** A worker started ahead of its work, loading its modules meanwhile; undefined once taken or if it stopped. */
let early: Worker | undefined;

/**
 * Starts the search worker now, before there is a catalog: loading its modules through tsx (each
 * import a round trip to tsx's loader) took 0.5-2.3 s of wall time after the catalog, on the
 * search stage's path, while the main thread validated nothing. Started at the start of a build,
 * it loads them beside validation, then waits for its jobs (`searchWorker`). It does not keep the
 * process alive while it waits. Does nothing when one is waiting already. Returns the waiting
 * worker's thread id.
 */
export function prestartSearchWorker(): number {
  if (early) return early.threadId;
  const worker = new Worker(WORKER_BOOT, { eval: true });
  worker.unref();
  const forget = () => {
    if (early === worker) early = undefined;
  };
  // One that fails before it is taken is replaced by a new one then, which reports the failure.
  worker.once('error', forget);
  worker.once('exit', forget);
  early = worker;
  return worker.threadId;
}

/**
 * A search worker given `start` (the jobs, settings and the records that go with it): the one
 * `prestartSearchWorker` started, sent `start` as its first message, or a new one with `start` as
 * its `workerData`. The caller listens to it and terminates it.
 */
export function searchWorker(start: object): Worker {
  const worker = early;
  early = undefined;
  if (!worker) return new Worker(WORKER_BOOT, { eval: true, workerData: start });
  worker.ref();
  worker.postMessage({ type: 'start', ...start });
  return worker;
}
