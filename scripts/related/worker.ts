/**
 * A helper thread of `buildRelated` (threads.ts): computes its range of stories for each stage
 * and keeps what a later stage reads again, so it crosses threads at most once: its range's term
 * counts (only their vocabulary is sent back; the counts are weighed here), and the index
 * (vectors, postings, keys).
 * Bundled to plain JavaScript by threads.ts; it imports only the pure stage functions.
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import { findNeighbours, type CandidateInput } from './candidates.ts';
import { expandVectors } from './expand.ts';
import { rankRange, type ScoreContext } from './score.ts';
import { countTerms, type TermCounts } from './terms.ts';
import type { Task } from './threads.ts';
import { weighStories } from './vectors.ts';
import { toArchiveIds } from './merge.ts';

const { port, done } = workerData as { port: MessagePort; done: Int32Array };
let counts: TermCounts | undefined;
let index: CandidateInput | undefined;
let termCount = 0;
let context: Omit<ScoreContext, 'expanded' | 'neighbours'> | undefined;

function run(task: Task): unknown {
  switch (task.kind) {
    case 'count': {
      counts = countTerms(task.docs, task.options);
      const { vocabulary, df, dfRef, lengths } = counts;
      return { vocabulary, df, dfRef, lengths };
    }
    case 'weigh': {
      const vectors = weighStories(counts!, task.archiveIds, task.stats, task.options);
      const mine = toArchiveIds(counts!, task.archiveIds);
      counts = undefined;
      return { vectors, counts: mine };
    }
    case 'neighbours':
      ({ index, termCount, context } = task);
      return findNeighbours(index, task.lo, task.hi);
    case 'expand':
      return expandVectors(index!.vectors, task.neighbours, termCount, task.options, task.lo, task.hi);
    case 'rank':
      return rankRange({ ...context!, neighbours: task.neighbours, expanded: task.expanded }, termCount, task.lo, task.hi);
  }
}

port.on('message', (task: Task) => {
  let reply: { result?: unknown; error?: string };
  try {
    reply = { result: run(task) };
  } catch (e) {
    reply = { error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
  // The main thread waits synchronously (Atomics.wait): wake it once the reply is queued.
  Atomics.add(done, 0, 1);
  Atomics.notify(done, 0);
});
