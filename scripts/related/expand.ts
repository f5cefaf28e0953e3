import type { Neighbours } from './candidates.ts';
import { selectKth } from './select.ts';
import type { Vectors } from './vectors.ts';

/**
 * Weight of the centroid of a story's nearest neighbours added to its own term vector (which
 * weighs 1) before the final comparison. Stories on one topic then share their neighbourhoods'
 * words, not only their own: headlines and briefs gain most. 0 compares the stories' own vectors.
 */
export const EXPANSION = 1;

/** How many nearest neighbours (from the first stage, at most `CANDIDATES`) expand a story's vector. */
export const EXPANSION_NEIGHBOURS = 30;

/**
 * Strongest terms kept per expanded vector: bounds memory (about 8 bytes per term and story) and
 * the work of each final comparison.
 */
export const EXPANDED_TERMS = 180;

/** Options of `expandVectors` (defaults above; the resolved related config carries them). */
export interface ExpandOptions {
  /** Weight of the neighbours' centroid against the story's own vector (which weighs 1). */
  readonly weight: number;
  /** Nearest neighbours whose vectors are added. */
  readonly neighbours: number;
  /** Strongest terms kept per expanded vector: bounds memory and the cost of each comparison. */
  readonly terms: number;
}

/**
 * Document expansion (pseudo-relevance feedback on both sides, after Rocchio): each story's vector
 * plus `weight` × the similarity-weighted centroid of its `neighbours` nearest stories' vectors,
 * cut to its `terms` strongest terms and scaled to unit length. Two stories on one topic that
 * happen to share few words (a headline, a short brief, different names for the same event) still
 * share their neighbours' words, while a one-word coincidence between two stories on different
 * topics is diluted by everything else their neighbourhoods say. Linear: `neighbours` × the
 * stored terms per story. Deterministic: neighbours in their fixed order, ties at the cut in the order terms were met.
 * Expands stories [lo, hi) (default all; `nb` holds every story's neighbours): the result's i-th
 * vector is story lo + i's.
 */
export function expandVectors(
  vectors: Vectors,
  nb: Neighbours,
  termCount: number,
  options: ExpandOptions,
  lo = 0,
  hi = vectors.offsets.length - 1,
): Vectors {
  return expandList(
    vectors,
    nb,
    termCount,
    options,
    Int32Array.from({ length: hi - lo }, (_, i) => lo + i),
  );
}

/** `expandVectors` for the stories `list` (any order): the result's i-th vector is story list[i]'s. */
export function expandList(vectors: Vectors, nb: Neighbours, termCount: number, options: ExpandOptions, list: Int32Array): Vectors {
  const { offsets: vOffsets, terms: vTerms, weights: vWeights } = vectors;
  const acc = new Float64Array(termCount);
  const touched = new Int32Array(termCount);
  const offsets = new Int32Array(list.length + 1);
  let values = new Float64Array(1024);
  // Room for every expanded vector at its largest (own and neighbours' terms, at most `terms`),
  // allocated once: no growing copies of buffers that reach 150 MB at 100,000 stories.
  let room = 0;
  for (const d of list) {
    let size = vOffsets[d + 1]! - vOffsets[d]!;
    const m = size > 0 ? Math.min(nb.count[d]!, options.neighbours) : 0;
    for (let k = d * nb.size; k < d * nb.size + m; k++) size += vOffsets[nb.docs[k]! + 1]! - vOffsets[nb.docs[k]!]!;
    room += Math.min(size, options.terms);
  }
  const terms = new Int32Array(room);
  const weights = new Float32Array(room);
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    const d = list[i]!;
    let seen = 0;
    const base = d * nb.size;
    // A story without indexed words of its own is not expanded: it would become a copy of its
    // neighbourhood (found through tags alone, say) and match it perfectly.
    const m = vOffsets[d + 1]! > vOffsets[d]! ? Math.min(nb.count[d]!, options.neighbours) : 0;
    let total = 0;
    for (let k = base; k < base + m; k++) total += nb.sims[k]!;
    // k === base - 1 stands for the story itself, weight 1; then each neighbour by its similarity,
    // the centroid weighing `weight` in all (less when the similarities add up to less than 1).
    for (let k = base - 1; k < base + m; k++) {
      const from = k < base ? d : nb.docs[k]!;
      const w = k < base ? 1 : (options.weight * nb.sims[k]!) / Math.max(total, 1);
      if (w === 0) continue;
      for (let j = vOffsets[from]!; j < vOffsets[from + 1]!; j++) {
        const t = vTerms[j]!;
        const before = acc[t]!;
        if (before === 0) touched[seen++] = t;
        acc[t] = before + w * vWeights[j]!;
      }
    }
    const keep = Math.min(seen, options.terms);
    // The weight of the keep-th strongest term: stronger ones are kept, and of those equal to it as
    // many as fit, in the order they were first met (own terms first), so the cut is deterministic.
    let floor = -Infinity;
    if (keep < seen) {
      if (values.length < seen) values = new Float64Array(seen * 2);
      for (let i = 0; i < seen; i++) values[i] = acc[touched[i]!]!;
      floor = selectKth(values, seen, seen - keep);
    }
    let above = 0;
    for (let i = 0; i < seen; i++) if (acc[touched[i]!]! > floor) above++;
    let ties = keep - above;
    let norm = 0;
    let out = at;
    for (let i = 0; i < seen; i++) {
      const t = touched[i]!;
      const w = acc[t]!;
      acc[t] = 0;
      if (w < floor || (w === floor && ties-- <= 0)) continue;
      terms[out] = t;
      weights[out++] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let j = at; j < out; j++) weights[j] = weights[j]! / norm;
    at = out;
    offsets[i + 1] = at;
  }
  return { offsets, terms: terms.subarray(0, at), weights: weights.subarray(0, at) };
}
