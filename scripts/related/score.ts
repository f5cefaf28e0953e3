import type { Neighbours } from './candidates.ts';
import type { RelatedConfig } from './resolve.ts';
import type { Keys } from './keys.ts';
import type { Vectors } from './vectors.ts';

/** Everything `rankOne` reads; built once per archive by `buildRelated`. */
export interface ScoreContext {
  readonly config: RelatedConfig;
  /** The first stage's nearest stories of each story: the pool its list is taken from. */
  readonly neighbours: Neighbours;
  /** Each story's expanded term vector (expand.ts), unit length: the final text similarity. */
  readonly expanded: Vectors;
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

/**
 * Multiplier of the text similarity (cosine of the expanded term vectors, 0..1): the unit every
 * other weight and `minScore` are read against, so it stays 1.
 */
export const TEXT_WEIGHT = 1;

/** Bonus when both stories have the same author: weak, since a reporter covers many beats. */
export const AUTHOR_WEIGHT = 0.01;

/** Reusable per-run buffer (one weight per term), so scoring an archive allocates once. */
export interface Scratch {
  readonly dense: Float64Array;
}

export function makeScratch(termCount: number): Scratch {
  return { dense: new Float64Array(termCount) };
}

/** Orders hits: score descending, then newer first, then id ascending. Total, so output is stable. */
export function compareRanked(ctx: ScoreContext, a: Ranked, b: Ranked): number {
  return b.score - a.score || ctx.timestamps[b.doc]! - ctx.timestamps[a.doc]! || ctx.idRank[a.doc]! - ctx.idRank[b.doc]!;
}

/**
 * The best matches of story `d`, at most `config.count`, best first, taken from its first-stage
 * neighbours. Each is scored again by the cosine of the two expanded vectors (see expand.ts): a
 * story that the neighbourhood of `d` also speaks of gains, a one-word coincidence loses. A
 * candidate must reach `minScore` on that text similarity plus tag overlap, then gains the key
 * bonuses (district, category, author) and is scaled by recency. Work: `candidates` × `expandedTerms`.
 */
export function rankOne(ctx: ScoreContext, scratch: Scratch, d: number): Ranked[] {
  const { config, neighbours: nb, keys, expanded } = ctx;
  const { offsets, terms, weights } = expanded;
  const { dense } = scratch;
  for (let j = offsets[d]!; j < offsets[d + 1]!; j++) dense[terms[j]!] = weights[j]!;
  const w = config.weights;
  const myTags = keys.tags[d]!;
  const wTags = myTags.length > 0 ? w.tags / Math.sqrt(keys.tagCount[d]!) : 0;
  const top: Ranked[] = [];
  const base = d * nb.size;
  for (let k = base; k < base + nb.count[d]!; k++) {
    const e = nb.docs[k]!;
    let text = 0;
    for (let j = offsets[e]!; j < offsets[e + 1]!; j++) text += dense[terms[j]!]! * weights[j]!;
    let s = config.textWeight * text;
    if (wTags > 0 && keys.tags[e]!.length > 0) s += (wTags * shared(myTags, keys.tags[e]!)) / Math.sqrt(keys.tagCount[e]!);
    if (s < config.minScore) continue;
    let score = s;
    if (keys.district[e] === keys.district[d]) score += w.district;
    if (keys.category[e] === keys.category[d]) score += w.category;
    if (keys.author[e] === keys.author[d]) score += config.authorWeight;
    const days = Math.abs(ctx.timestamps[d]! - ctx.timestamps[e]!) / DAY;
    score *= 1 - w.recency + w.recency * 0.5 ** (days / config.recencyHalfLifeDays);
    insert(ctx, top, e, Math.round(score * 1e6) / 1e6, config.count);
  }
  for (let j = offsets[d]!; j < offsets[d + 1]!; j++) dense[terms[j]!] = 0;
  return top;
}

/** How many ids two ascending lists share. */
function shared(a: Int32Array, b: Int32Array): number {
  let count = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      count++;
      i++;
      j++;
    }
  }
  return count;
}

/**
 * Keeps `top` sorted and at most `limit` long; the list is tiny, so insertion beats a heap. A
 * candidate that would not enter allocates nothing (most of the pool, on a large archive).
 */
function insert(ctx: ScoreContext, top: Ranked[], doc: number, score: number, limit: number): void {
  if (top.length === limit && compareRanked(ctx, { doc, score }, top[limit - 1]!) >= 0) return;
  const hit = { doc, score };
  let i = top.length;
  while (i > 0 && compareRanked(ctx, hit, top[i - 1]!) < 0) i--;
  top.splice(i, 0, hit);
  if (top.length > limit) top.pop();
}

/** The ranked lists of a range of stories, packed: story lo + i's hits are at [starts[i], starts[i + 1]). */
export interface RankedRange {
  readonly starts: Int32Array;
  readonly docs: Int32Array;
  readonly scores: Float64Array;
}

/** `rankOne` for stories [lo, hi) (`termCount`: size of the vocabulary), packed for sending between threads. */
export function rankRange(ctx: ScoreContext, termCount: number, lo: number, hi: number): RankedRange {
  const scratch = makeScratch(termCount);
  const starts = new Int32Array(hi - lo + 1);
  const docs = new Int32Array((hi - lo) * ctx.config.count);
  const scores = new Float64Array(docs.length);
  let at = 0;
  for (let d = lo; d < hi; d++) {
    for (const r of rankOne(ctx, scratch, d)) {
      docs[at] = r.doc;
      scores[at++] = r.score;
    }
    starts[d - lo + 1] = at;
  }
  return { starts, docs: docs.slice(0, at), scores: scores.slice(0, at) };
}
