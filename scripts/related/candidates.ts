import { MinHeap } from './heap.ts';
import type { Keys } from './keys.ts';
import type { Postings } from './postings.ts';
import type { Vectors } from './vectors.ts';

/**
 * Nearest stories by text and tags (first stage) of every story, or of a range of stories
 * (`findNeighbours` on one thread's share), packed: `size` slots per story.
 */
export interface Neighbours {
  readonly size: number;
  /** The i-th story's neighbours are at [i * size, i * size + count[i]), closest first. */
  readonly docs: Int32Array;
  readonly sims: Float32Array;
  readonly count: Int32Array;
}

/**
 * Nearest stories kept per story by the first stage: the pool the final list is taken from, and
 * the neighbourhood that expands each story's vector (expand.ts).
 */
export const CANDIDATES = 30;

/**
 * Posting entries read per story at most, strongest terms first: the hard bound on work per
 * story, whatever the archive's size.
 */
export const MAX_SCAN = 4000;

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
 * Least share of the cosine a posting entry must add to be read (0.003 of 1): such entries cannot
 * move a story into anyone's nearest 30. Measured: up to 0.004 changes no precision@5 figure of the
 * eval corpora by more than 0.001; 0.008 costs bbc 0.02. It saves little time on the eval corpora
 * (their posting lists are short or evenly weighted), more on archives with long, skewed lists.
 */
export const MIN_CONTRIBUTION = 0.003;

/**
 * For each story of [lo, hi) (default all), the `size` most similar eligible stories other than
 * itself: text cosine over the story's distinctive terms (read through the inverted index, never
 * all pairs) plus tag overlap. Work per story is bounded by `maxScan` posting entries, whatever the
 * archive size. The result's i-th entry is story lo + i; its neighbours are indices of the archive.
 */
export function findNeighbours(input: CandidateInput, lo = 0, hi = input.eligible.length): Neighbours {
  return neighboursOf(
    input,
    Int32Array.from({ length: hi - lo }, (_, i) => lo + i),
  );
}

/** `findNeighbours` for the stories `list` (any order): the result's i-th entry is story list[i]'s. */
export function neighboursOf(input: CandidateInput, list: Int32Array): Neighbours {
  const { vectors, postings, keys, eligible, idRank, size, maxScan } = input;
  const n = eligible.length;
  const docs = new Int32Array(list.length * size);
  const sims = new Float32Array(list.length * size);
  const count = new Int32Array(list.length);
  const text = new Float64Array(n);
  const tags = new Float64Array(n);
  const touched = new Int32Array(n);
  const heap = new MinHeap(size, idRank);
  // Locals, so the hot loop reads typed arrays without property lookups.
  const { offsets: vOffsets, terms: vTerms, weights: vWeights } = vectors;
  const { offsets: pOffsets, lengths: pLengths, docs: pDocs, weights: pWeights } = postings;
  for (let i = 0; i < list.length; i++) {
    const d = list[i]!;
    let seen = 0;
    let budget = maxScan;
    const last = vOffsets[d + 1]!;
    for (let j = vOffsets[d]!; j < last && budget > 0; j++) {
      const t = vTerms[j]!;
      const wq = vWeights[j]!;
      const from = pOffsets[t]!;
      const len = pLengths[t]!;
      const to = from + (len < budget ? len : budget);
      budget -= to - from;
      // Lists are strongest first: once an entry would add less than `minContribution` to the
      // cosine, the rest of the list would too, so it is skipped (its budget stays spent).
      const least = MIN_CONTRIBUTION / wq;
      for (let p = from; p < to && pWeights[p]! >= least; p++) {
        const e = pDocs[p]!;
        const before = text[e]!;
        if (before === 0) touched[seen++] = e;
        text[e] = before + wq * pWeights[p]!;
      }
    }
    const myTags = keys.tags[d]!;
    // Tag hits are counted in `tags`; a story reached by tags only is marked in `text` by a tiny
    // value so the single `text[e] === 0` test above still finds every new candidate.
    for (const tag of myTags) {
      for (const e of keys.tagPostings[tag]!) {
        if (text[e] === 0) {
          touched[seen++] = e;
          text[e] = Number.MIN_VALUE;
        }
        tags[e] = tags[e]! + 1;
      }
    }
    heap.clear();
    const wText = input.weights.text;
    const wTags = myTags.length > 0 ? input.weights.tags / Math.sqrt(keys.tagCount[d]!) : 0;
    let floor = -Infinity;
    for (let k = 0; k < seen; k++) {
      const e = touched[k]!;
      const t = text[e]!;
      let sim = t === Number.MIN_VALUE ? 0 : wText * t;
      text[e] = 0;
      if (tags[e]! > 0) {
        sim += (wTags * tags[e]!) / Math.sqrt(keys.tagCount[e]!);
        tags[e] = 0;
      }
      if (sim < floor || sim <= 0 || e === d || eligible[e] === 0) continue;
      heap.offer(e, sim);
      floor = heap.floor();
    }
    count[i] = heap.drainInto(docs, sims, i * size);
  }
  return { size, docs, sims, count };
}
