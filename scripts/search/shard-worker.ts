/**
 * The worker thread of `indexShardsInWorker`: runs `indexShards` and asks the main thread for the
 * records it needs that did not come with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CustomRecord } from 'pagefind';
import { PagefindError } from './pagefind-shard.ts';
import {
  deliveryName,
  indexShards,
  type Delivery,
  type FromWorker,
  type ShardJob,
  type ShardSettings,
  type ToWorker,
} from './shard-runner.ts';

const port = parentPort!;
/** What the worker is started with: as its workerData, or as its first message when it was started early (`prestartSearchWorker`). */
type Start = { jobs: ShardJob[]; settings: ShardSettings; early: Array<Delivery & { records: CustomRecord[] }>; coming: string[] };
let begin: (start: Start) => void = () => {};
const started = new Promise<Start>((resolve) => {
  begin = resolve;
});
// Records that came before they were asked for: those sent with the worker or just after (`earlyDeliveries`).
const arrived = new Map<string, readonly CustomRecord[]>();
const waiting = new Map<string, (records: readonly CustomRecord[]) => void>();
port.on('message', (m: ToWorker | ({ type: 'start' } & Start)) => {
  if (m.type === 'start') {
    begin(m);
    return;
  }
  const name = deliveryName(m);
  const resolve = waiting.get(name);
  if (resolve) {
    waiting.delete(name);
    resolve(m.records);
  } else arrived.set(name, m.records);
});
const { jobs, settings, early, coming } = (workerData as Start | undefined) ?? (await started);
for (const d of early) arrived.set(deliveryName(d), d.records);
const onTheirWay = new Set(coming);
// workerData lives as long as the worker; the records need not.
for (const d of early) d.records = [];
const send = (m: FromWorker) => port.postMessage(m);
const recordsOf = (index: number, units?: readonly number[]) =>
  new Promise<readonly CustomRecord[]>((resolve) => {
    const d = { index, ...(units ? { units } : {}) };
    const name = deliveryName(d);
    const records = arrived.get(name);
    if (records) {
      arrived.delete(name);
      resolve(records);
      return;
    }
    waiting.set(name, resolve);
    if (!onTheirWay.delete(name)) send({ type: 'records', ...d });
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
