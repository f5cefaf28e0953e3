/**
 * The worker thread of `indexShardsInWorker`: runs `indexShards` and asks the main thread for each
 * shard's records when it needs them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CustomRecord } from 'pagefind';
import { PagefindError } from './pagefind-shard.ts';
import { indexShards, shardOrder, type FromWorker, type ShardJob, type ShardSettings, type ToWorker } from './shard-runner.ts';

const port = parentPort!;
const { jobs, settings, early } = workerData as {
  jobs: ShardJob[];
  settings: ShardSettings;
  early?: { index: number; records: CustomRecord[] };
};
// Records that came before they were asked for: the first shard's, with the worker or just after.
const arrived = new Map<number, CustomRecord[]>(early ? [[early.index, early.records]] : []);
// workerData lives as long as the worker; the records need not.
if (early) early.records = [];
const waiting = new Map<number, (records: CustomRecord[]) => void>();
port.on('message', (m: ToWorker) => {
  const resolve = waiting.get(m.index);
  if (resolve) {
    waiting.delete(m.index);
    resolve(m.records);
  } else arrived.set(m.index, m.records);
});
const send = (m: FromWorker) => port.postMessage(m);
const recordsOf = (index: number) =>
  new Promise<CustomRecord[]>((resolve) => {
    const records = arrived.get(index);
    if (records) {
      arrived.delete(index);
      resolve(records);
      return;
    }
    waiting.set(index, resolve);
    // The first shard's records are on their way unasked (see indexShardsInWorker).
    if (index !== shardOrder(jobs)[0]) send({ type: 'records', index });
  });

try {
  send({ type: 'done', ...(await indexShards(jobs, recordsOf, settings)) });
} catch (e) {
  const err = e instanceof Error ? e : new Error(String(e));
  send({
    type: 'error',
    name: err.name,
    message: err.message,
    ...(err.stack ? { stack: err.stack } : {}),
    ...(err instanceof PagefindError ? { pagefind: { what: err.what, errors: [...err.errors] } } : {}),
  });
}
port.close();
