/**
 * The worker thread of `indexShardsInWorker`: runs `indexShards` and asks the main thread for each
 * shard's records when it needs them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CustomRecord } from 'pagefind';
import { PagefindError } from './pagefind-shard.ts';
import { indexShards, type FromWorker, type ShardJob, type ShardSettings, type ToWorker } from './shard-runner.ts';

const port = parentPort!;
const { jobs, settings } = workerData as { jobs: ShardJob[]; settings: ShardSettings };
const waiting = new Map<number, (records: CustomRecord[]) => void>();
port.on('message', (m: ToWorker) => {
  waiting.get(m.index)?.(m.records);
  waiting.delete(m.index);
});
const send = (m: FromWorker) => port.postMessage(m);
const recordsOf = (index: number) => new Promise<CustomRecord[]>((resolve) => {
  waiting.set(index, resolve);
  send({ type: 'records', index });
});

try {
  send({ type: 'done', ...(await indexShards(jobs, recordsOf, settings)) });
} catch (e) {
  const err = e instanceof Error ? e : new Error(String(e));
  send({
    type: 'error', name: err.name, message: err.message, ...(err.stack ? { stack: err.stack } : {}),
    ...(err instanceof PagefindError ? { pagefind: { what: err.what, errors: [...err.errors] } } : {}),
  });
}
port.close();
