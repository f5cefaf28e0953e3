import { debuglog } from 'node:util';
import { fillFromCategory, latestByCategory } from './fallback.ts';
import type { Computed } from './full.ts';
import type { RelatedConfig } from './resolve.ts';
import type { RelatedDoc, RelatedHit } from './types.ts';

const log = debuglog('samachar:related');

/**
 * Every story's related stories, packed: story d (of `stories`, in id order) has its picks at
 * [starts[d], starts[d + 1]) of `picked` (indices into `stories`), `scores` and `fallback`. The
 * build turns these straight into its page entries: a Map of one object per pick, made twice
 * (hits by id, then entries by article), was the update's largest cost after the update itself.
 */
export interface Picks {
  readonly stories: readonly RelatedDoc[];
  readonly starts: Int32Array;
  readonly picked: Int32Array;
  readonly scores: Float64Array;
  readonly fallback: Uint8Array;
}

/** The ranked matches of every story filled up with fallbacks (fallback.ts). */
export function pickAll(sorted: readonly RelatedDoc[], c: Computed, config: RelatedConfig): Picks {
  const { keys, timestamps, idRank, eligible, neighbours, expanded } = c;
  const ctx = { config, keys, timestamps, idRank, eligible, neighbours, expanded };
  const pools = latestByCategory(ctx);
  const { starts: rs, docs: rd, scores: rv } = c.ranked;
  const n = sorted.length;
  const starts = new Int32Array(n + 1);
  const [picked, scores, fallback] = [[] as number[], [] as number[], [] as number[]];
  for (let d = 0; d < n; d++) {
    const [from, to] = [rs[d]!, rs[d + 1]!];
    for (let k = from; k < to; k++) picked.push(rd[k]!), scores.push(rv[k]!), fallback.push(0);
    if (to - from < config.count) {
      const mine = Array.from(rd.subarray(from, to), (doc, i) => ({ doc, score: rv[from + i]! }));
      for (const e of fillFromCategory(ctx, pools, d, mine)) picked.push(e), scores.push(0), fallback.push(1);
    }
    starts[d + 1] = picked.length;
  }
  log('related for %d stories (%d fallback slots)', n, picked.length - rd.length);
  return {
    stories: sorted,
    starts,
    picked: Int32Array.from(picked),
    scores: Float64Array.from(scores),
    fallback: Uint8Array.from(fallback),
  };
}

/** The picks as lists of hits by story id (what `buildRelated` returns). */
export function hitsOf(p: Picks): Map<string, RelatedHit[]> {
  const out = new Map<string, RelatedHit[]>();
  p.stories.forEach((doc, d) => {
    const hits: RelatedHit[] = [];
    for (let k = p.starts[d]!; k < p.starts[d + 1]!; k++) {
      const id = p.stories[p.picked[k]!]!.id;
      hits.push(p.fallback[k] ? { id, score: 0, fallback: true } : { id, score: p.scores[k]! });
    }
    out.set(doc.id, hits);
  });
  return out;
}
