import { buildSync } from 'esbuild';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { CandidateInput, Neighbours } from './candidates.ts';
import type { ExpandOptions } from './expand.ts';
import type { ScoreContext } from './score.ts';
import type { TermOptions, TextSource } from './terms.ts';
import type { TermStats, VectorOptions, Vectors } from './vectors.ts';

/** One stage's work for a helper thread: a range [lo, hi) of stories (worker.ts). */
export type Task =
  | { kind: 'count'; docs: TextSource[]; options: TermOptions }
  | { kind: 'weigh'; archiveIds: Int32Array; stats: TermStats; options: VectorOptions }
  | {
      kind: 'neighbours';
      index: CandidateInput;
      termCount: number;
      context: Omit<ScoreContext, 'expanded' | 'neighbours'>;
      lo: number;
      hi: number;
    }
  | { kind: 'expand'; neighbours: Neighbours; options: ExpandOptions; lo: number; hi: number }
  | { kind: 'rank'; neighbours: Neighbours; expanded: Vectors; lo: number; hi: number };

/**
 * Longest wait for a helper's answer. A helper that died without one (its isolate killed) cannot
 * say so while this thread waits, so the build fails after this rather than hang; the largest
 * stage of a 100,000-story archive takes seconds.
 */
const TIMEOUT_MS = 600_000;

let code: string | undefined;

/** worker.ts and the stage functions it imports, as one plain JavaScript file (once per process, ~30 ms). */
function workerCode(): string {
  code ??= buildSync({
    entryPoints: [new URL('./worker.ts', import.meta.url).pathname],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  return code;
}

interface Helper {
  worker: Worker;
  port: MessagePort;
  done: Int32Array;
  sent: number;
}

/**
 * Helper threads for `buildRelated`, driven synchronously: each stage posts one range to every
 * helper, computes the first range on the calling thread, then blocks (Atomics.wait) until each
 * helper's answer is queued and takes it with `receiveMessageOnPort`. So `buildRelated` stays a
 * plain function, and the caller's event loop is not needed while it runs.
 */
export class Helpers {
  private readonly helpers: Helper[];

  /** Starts `count` threads (they boot while the caller starts on its own range). */
  constructor(count: number) {
    const source = workerCode();
    this.helpers = Array.from({ length: count }, () => {
      const { port1, port2 } = new MessageChannel();
      const done = new Int32Array(new SharedArrayBuffer(4));
      const worker = new Worker(source, { eval: true, workerData: { port: port2, done }, transferList: [port2] });
      worker.unref();
      return { worker, port: port1, done, sent: 0 };
    });
  }

  get count(): number {
    return this.helpers.length;
  }

  /** Sends `tasks[i]` to helper i, runs `local` here, and returns its result and then the helpers'. */
  run<L>(tasks: readonly Task[], local: () => L): [L, ...unknown[]] {
    this.helpers.forEach((h, i) => {
      h.port.postMessage(tasks[i]);
      h.sent++;
    });
    const mine = local();
    return [mine, ...this.helpers.map((h) => this.answer(h))];
  }

  private answer(h: Helper): unknown {
    const deadline = performance.now() + TIMEOUT_MS;
    for (let seen = Atomics.load(h.done, 0); seen < h.sent; seen = Atomics.load(h.done, 0)) {
      if (performance.now() > deadline) throw new Error('related stories: a helper thread stopped answering');
      Atomics.wait(h.done, 0, seen, 1000);
    }
    const reply = receiveMessageOnPort(h.port)?.message as { result?: unknown; error?: string } | undefined;
    if (!reply) throw new Error('related stories: a helper thread answered nothing');
    if (reply.error !== undefined) throw new Error(`related stories, helper thread: ${reply.error}`);
    return reply.result;
  }

  close(): void {
    for (const h of this.helpers) {
      h.port.close();
      void h.worker.terminate();
    }
  }
}

/** [lo, hi) of part `i` of `parts` near-equal consecutive ranges of `n` stories. */
export function range(n: number, parts: number, i: number): [number, number] {
  return [Math.floor((n * i) / parts), Math.floor((n * (i + 1)) / parts)];
}
