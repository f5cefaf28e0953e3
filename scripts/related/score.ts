import type { RelatedConfig } from './config.ts';
import type { Keys } from './keys.ts';
import type { Postings } from './postings.ts';
import type { Vectors } from './vectors.ts';

/** Everything `rankOne` reads; built once per archive by `buildRelated`. */
export interface ScoreContext {
  readonly config: RelatedConfig;
  readonly vectors: Vectors;
  readonly postings: Postings;
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
  readonly text: Float64Array;
  readonly tags: Float64Array;
  readonly touched: Int32Array;
}

export function makeScratch(n: number): Scratch {
  return { text: new Float64Array(n), tags: new Float64Array(n), touched: new Int32Array(n) };
}

/** Orders hits: score descending, then newer first, then id ascending. Total, so output is stable. */
export function compareRanked(ctx: ScoreContext, a: Ranked, b: Ranked): number {
  return b.score - a.score || ctx.timestamps[b.doc]! - ctx.timestamps[a.doc]! || ctx.idRank[a.doc]! - ctx.idRank[b.doc]!;
}

/**
 * The best matches of story `d`, at most `config.count`, best first. Candidates are only the
 * stories reached through `d`'s own distinctive terms and indexed tags (never all pairs); each is
 * scored by text cosine and tag overlap, must reach `minScore` on those, then gains the key
 * bonuses and is scaled by recency.
 */
export function rankOne(ctx: ScoreContext, scratch: Scratch, d: number): Ranked[] {
  const { config, vectors, postings, keys } = ctx;
  const { text, tags, touched } = scratch;
  let seen = 0;
  for (let j = vectors.offsets[d]!; j < vectors.offsets[d + 1]!; j++) {
    const t = vectors.terms[j]!;
    const wq = vectors.weights[j]!;
    const from = postings.offsets[t]!;
    const to = from + postings.lengths[t]!;
    for (let p = from; p < to; p++) {
      const e = postings.docs[p]!;
      if (text[e] === 0 && tags[e] === 0) touched[seen++] = e;
      text[e] = text[e]! + wq * postings.weights[p]!;
    }
  }
  for (const tag of keys.tags[d]!) {
    for (const e of keys.tagPostings[tag]!) {
      if (text[e] === 0 && tags[e] === 0) touched[seen++] = e;
      tags[e] = tags[e]! + 1;
    }
  }
  const w = config.weights;
  const top: Ranked[] = [];
  for (let k = 0; k < seen; k++) {
    const e = touched[k]!;
    const tagSim = tags[e]! > 0 ? tags[e]! / Math.sqrt(keys.tagCount[d]! * keys.tagCount[e]!) : 0;
    const sim = w.text * text[e]! + w.tags * tagSim;
    text[e] = 0;
    tags[e] = 0;
    if (e === d || ctx.eligible[e] === 0 || sim < config.minScore || sim === 0) continue;
    let score = sim;
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
