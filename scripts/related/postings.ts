import type { Vectors } from './vectors.ts';

/** Inverted index: for each term, the stories holding it, strongest first (CSR layout). */
export interface Postings {
  /** Term t's stories are at [offsets[t], offsets[t] + lengths[t]). */
  readonly offsets: Int32Array;
  readonly lengths: Int32Array;
  readonly docs: Int32Array;
  readonly weights: Float32Array;
}

/**
 * Inverts the story vectors. Each list is ordered by the term's weight in the story (then story
 * index), and only its first `maxPostings` entries are kept: a story where the term matters little
 * adds little to any score, so cutting there bounds the scan with the least loss.
 */
export function invert(vectors: Vectors, termCount: number, maxPostings: number): Postings {
  const total = new Int32Array(termCount);
  for (const t of vectors.terms) total[t] = total[t]! + 1;
  const start = new Int32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) start[t + 1] = start[t]! + total[t]!;
  const fill = start.slice(0, termCount);
  const docs = new Int32Array(vectors.terms.length);
  const weights = new Float32Array(vectors.terms.length);
  const n = vectors.offsets.length - 1;
  for (let d = 0; d < n; d++) {
    for (let j = vectors.offsets[d]!; j < vectors.offsets[d + 1]!; j++) {
      const t = vectors.terms[j]!;
      const at = fill[t]!;
      docs[at] = d;
      weights[at] = vectors.weights[j]!;
      fill[t] = at + 1;
    }
  }
  const lengths = new Int32Array(termCount);
  for (let t = 0; t < termCount; t++) {
    const from = start[t]!;
    const to = start[t + 1]!;
    if (to - from > maxPostings) sortSlice(docs, weights, from, to);
    lengths[t] = Math.min(to - from, maxPostings);
  }
  return { offsets: start.subarray(0, termCount), lengths, docs, weights };
}

/**
 * Sorts one posting list by weight descending, story index ascending, through packed float64 keys
 * (weight quantised to 2^-24, story index below 2^26) and one native numeric sort. The weights
 * written back are the quantised ones: far finer than any ranking difference, and deterministic.
 */
function sortSlice(docs: Int32Array, weights: Float32Array, from: number, to: number): void {
  const keys = new Float64Array(to - from);
  for (let i = from; i < to; i++) keys[i - from] = Math.round(weights[i]! * 2 ** 24) * 2 ** 26 + (2 ** 26 - 1 - docs[i]!);
  keys.sort();
  for (let k = 0; k < keys.length; k++) {
    const key = keys[keys.length - 1 - k]!;
    docs[from + k] = 2 ** 26 - 1 - (key % 2 ** 26);
    weights[from + k] = Math.floor(key / 2 ** 26) / 2 ** 24;
  }
}
