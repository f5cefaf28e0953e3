import type { Keys } from './keys.ts';
import type { Postings } from './postings.ts';
import type { Vectors } from './vectors.ts';

/** Every story's nearest stories by text and tags (first stage), packed: `size` slots per story. */
export interface Neighbours {
  readonly size: number;
  /** Story i's neighbours are at [i * size, i * size + count[i]), closest first. */
  readonly docs: Int32Array;
  readonly sims: Float32Array;
  readonly count: Int32Array;
}

/** What the first stage reads. */
export interface CandidateInput {
  readonly vectors: Vectors;
  readonly postings: Postings;
  readonly keys: Keys;
  /** 1 when a story may be offered as related. */
  readonly eligible: Uint8Array;
  readonly idRank: Int32Array;
  readonly weights: { readonly text: number; readonly tags: number };
  /** Neighbours kept per story. */
  readonly size: number;
  /** Posting entries read per story at most: strongest terms first, the rest skipped. */
  readonly maxScan: number;
}

/**
 * For each story, the `size` most similar eligible stories other than itself: text cosine over the
 * story's distinctive terms (read through the inverted index, never all pairs) plus tag overlap.
 * Work per story is bounded by `maxScan` posting entries, whatever the archive size.
 */
export function findNeighbours(input: CandidateInput): Neighbours {
  const { vectors, postings, keys, eligible, idRank, size, maxScan } = input;
  const n = eligible.length;
  const docs = new Int32Array(n * size);
  const sims = new Float32Array(n * size);
  const count = new Int32Array(n);
  const text = new Float64Array(n);
  const tags = new Float64Array(n);
  const touched = new Int32Array(n);
  const heap = new MinHeap(size, idRank);
  for (let d = 0; d < n; d++) {
    let seen = 0;
    let budget = maxScan;
    for (let j = vectors.offsets[d]!; j < vectors.offsets[d + 1]! && budget > 0; j++) {
      const t = vectors.terms[j]!;
      const wq = vectors.weights[j]!;
      const from = postings.offsets[t]!;
      const to = from + Math.min(postings.lengths[t]!, budget);
      budget -= to - from;
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
    heap.clear();
    for (let k = 0; k < seen; k++) {
      const e = touched[k]!;
      const tagSim = tags[e]! > 0 ? tags[e]! / Math.sqrt(keys.tagCount[d]! * keys.tagCount[e]!) : 0;
      const sim = input.weights.text * text[e]! + input.weights.tags * tagSim;
      text[e] = 0;
      tags[e] = 0;
      if (e !== d && eligible[e] === 1 && sim > 0) heap.offer(e, sim);
    }
    count[d] = heap.drainInto(docs, sims, d * size);
  }
  return { size, docs, sims, count };
}

/** A bounded min-heap of (story, sim): keeps the `limit` best, ties to the lower id rank. */
class MinHeap {
  private readonly docs: Int32Array;
  private readonly sims: Float64Array;
  private length = 0;
  constructor(private readonly limit: number, private readonly idRank: Int32Array) {
    this.docs = new Int32Array(limit);
    this.sims = new Float64Array(limit);
  }
  clear(): void {
    this.length = 0;
  }
  /** Whether entry a is worse than entry b (lower sim, or equal sim and later id). */
  private worse(a: number, b: number): boolean {
    const d = this.sims[a]! - this.sims[b]!;
    return d < 0 || (d === 0 && this.idRank[this.docs[a]!]! > this.idRank[this.docs[b]!]!);
  }
  offer(doc: number, sim: number): void {
    if (this.length < this.limit) {
      this.docs[this.length] = doc;
      this.sims[this.length] = sim;
      this.up(this.length++);
      return;
    }
    const top = this.sims[0]!;
    if (sim < top || (sim === top && this.idRank[doc]! > this.idRank[this.docs[0]!]!)) return;
    this.docs[0] = doc;
    this.sims[0] = sim;
    this.down(0);
  }
  /** Writes the entries best first at `at`, empties the heap, returns how many. */
  drainInto(docs: Int32Array, sims: Float32Array, at: number): number {
    const total = this.length;
    for (let i = total - 1; i >= 0; i--) {
      docs[at + i] = this.docs[0]!;
      sims[at + i] = this.sims[0]!;
      this.swap(0, --this.length);
      this.down(0);
    }
    return total;
  }
  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }
  private down(i: number): void {
    for (;;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let m = i;
      if (l < this.length && this.worse(l, m)) m = l;
      if (r < this.length && this.worse(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
  private swap(a: number, b: number): void {
    [this.docs[a], this.docs[b]] = [this.docs[b]!, this.docs[a]!];
    [this.sims[a], this.sims[b]] = [this.sims[b]!, this.sims[a]!];
  }
}
