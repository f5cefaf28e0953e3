import type { Neighbours } from './candidates.ts';
import type { RelatedConfig } from './config.ts';
import type { Keys } from './keys.ts';

/** Everything `rankOne` reads; built once per archive by `buildRelated`. */
export interface ScoreContext {
  readonly config: RelatedConfig;
  readonly neighbours: Neighbours;
  readonly keys: Keys;
  readonly timestamps: Float64Array;
  /** Position of each story's id in code-unit order: the last tie-break, compared as integers. */
  readonly idRank: Int32Array;
  /** 1 when a story may be offered as related (not a draft, not in the future). */
  readonly eligible: Uint8Array;
}

/** A ranked candidate: story index and rounded score. */
export interface Ranked {
  readonly doc: number;
  readonly score: number;
}

const DAY = 86_400_000;

/** Reusable per-run buffers, so scoring an archive allocates once, not once per story. */
export interface Scratch {
  readonly sim: Float64Array;
  readonly touched: Int32Array;
}

export function makeScratch(n: number): Scratch {
  return { sim: new Float64Array(n), touched: new Int32Array(n) };
}

/** Orders hits: score descending, then newer first, then id ascending. Total, so output is stable. */
export function compareRanked(ctx: ScoreContext, a: Ranked, b: Ranked): number {
  return b.score - a.score || ctx.timestamps[b.doc]! - ctx.timestamps[a.doc]! || ctx.idRank[a.doc]! - ctx.idRank[b.doc]!;
}

/**
 * The best matches of story `d`, at most `config.count`, best first. The similarity is smoothed
 * over the story's nearest neighbours (one step of diffusion on the neighbour graph): a story that
 * the neighbours of `d` also find close gains, a one-word coincidence loses. This is what makes the
 * list hang together on a topic. A candidate must reach `minScore` on that similarity, then gains
 * the key bonuses (district, category, author) and is scaled by recency.
 */
export function rankOne(ctx: ScoreContext, scratch: Scratch, d: number): Ranked[] {
  const { config, neighbours: nb, keys } = ctx;
  const { sim, touched } = scratch;
  const alpha = config.smoothing;
  let seen = 0;
  const add = (from: number, weight: number): void => {
    const base = from * nb.size;
    for (let k = base; k < base + nb.count[from]!; k++) {
      const e = nb.docs[k]!;
      if (sim[e] === 0) touched[seen++] = e;
      sim[e] = sim[e]! + weight * nb.sims[k]!;
    }
  };
  add(d, 1 - alpha);
  const base = d * nb.size;
  const m = Math.min(nb.count[d]!, config.smoothingNeighbours);
  let total = 0;
  for (let k = base; k < base + m; k++) total += nb.sims[k]!;
  if (alpha > 0 && total > 0) for (let k = base; k < base + m; k++) add(nb.docs[k]!, (alpha * nb.sims[k]!) / total);
  const w = config.weights;
  const top: Ranked[] = [];
  for (let i = 0; i < seen; i++) {
    const e = touched[i]!;
    const s = sim[e]!;
    sim[e] = 0;
    if (e === d || s < config.minScore) continue;
    let score = s;
    if (keys.district[e] === keys.district[d]) score += w.district;
    if (keys.category[e] === keys.category[d]) score += w.category;
    if (keys.author[e] === keys.author[d]) score += w.author;
    const days = Math.abs(ctx.timestamps[d]! - ctx.timestamps[e]!) / DAY;
    score *= 1 - w.recency + w.recency * 0.5 ** (days / config.recencyHalfLifeDays);
    insert(ctx, top, { doc: e, score: Math.round(score * 1e6) / 1e6 }, config.count);
  }
  return top;
}

/** Keeps `top` sorted and at most `limit` long; the list is tiny, so insertion beats a heap. */
function insert(ctx: ScoreContext, top: Ranked[], hit: Ranked, limit: number): void {
  if (top.length === limit && compareRanked(ctx, hit, top[limit - 1]!) >= 0) return;
  let i = top.length;
  while (i > 0 && compareRanked(ctx, hit, top[i - 1]!) < 0) i--;
  top.splice(i, 0, hit);
  if (top.length > limit) top.pop();
}
