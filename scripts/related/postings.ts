import { selectKth } from './select.ts';
import type { Vectors } from './vectors.ts';

/**
 * Longest posting list read per term: a term's stories are kept in order of its weight in them,
 * and only the first `MAX_POSTINGS` are scanned, so one common term cannot use up `MAX_SCAN`
 * (candidates.ts). Also caps how many stories one tag links (keys.ts).
 */
export const MAX_POSTINGS = 250;

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
 * adds little to any score, so cutting there bounds the scan with the least loss. The kept entries
 * are found by selection, not by sorting the whole list (a common term of a 100,000-story archive
 * is in tens of thousands), and only they are stored. With `only`, just the lists of the terms
 * marked 1 (the others come out empty): what an incremental update recomputes.
 */
export function invert(vectors: Vectors, termCount: number, maxPostings: number, only?: Uint8Array): Postings {
  const total = new Int32Array(termCount);
  for (const t of vectors.terms) if (!only || only[t] === 1) total[t] = total[t]! + 1;
  const start = new Int32Array(termCount + 1);
  let longest = 0;
  for (let t = 0; t < termCount; t++) {
    start[t + 1] = start[t]! + total[t]!;
    longest = Math.max(longest, total[t]!);
  }
  // Every entry, list by list in story order (the order the vectors are read in) ...
  const fill = start.slice(0, termCount);
  // Sized for the lists made: an update makes a few of them, and every entry of the archive was 8 bytes a build.
  const allDocs = new Int32Array(start[termCount]!);
  const allWeights = new Float32Array(start[termCount]!);
  const n = vectors.offsets.length - 1;
  for (let d = 0; d < n; d++) {
    for (let j = vectors.offsets[d]!; j < vectors.offsets[d + 1]!; j++) {
      const t = vectors.terms[j]!;
      if (only && only[t] !== 1) continue;
      const at = fill[t]!;
      allDocs[at] = d;
      allWeights[at] = vectors.weights[j]!;
      fill[t] = at + 1;
    }
  }
  // ... then each list's strongest `maxPostings`, strongest first, packed.
  const lengths = new Int32Array(termCount);
  const offsets = new Int32Array(termCount);
  let kept = 0;
  for (let t = 0; t < termCount; t++) {
    offsets[t] = kept;
    lengths[t] = Math.min(total[t]!, maxPostings);
    kept += lengths[t]!;
  }
  const docs = new Int32Array(kept);
  const weights = new Float32Array(kept);
  const keys = new Float64Array(longest);
  for (let t = 0; t < termCount; t++) {
    strongest(allDocs, allWeights, start[t]!, start[t + 1]!, lengths[t]!, keys, docs, weights, offsets[t]!);
  }
  return { offsets, lengths, docs, weights };
}

/** Weight quantum of a posting's sort key, and room for a position in a list (< 2^26 stories). */
const QUANTUM = 2 ** 24;
const POSITIONS = 2 ** 26;

/**
 * The `keep` strongest entries of the list [from, to), weight descending then story ascending, written
 * at `out`. Packed float64 keys (weight quantised to 2^-24, position in the list; positions follow story
 * order) are ordered by one native numeric sort, after a linear selection when the list is cut.
 * A cut list stores the quantised weights, which makes the order exact to the stored values; a
 * whole list keeps its weights as they were.
 */
function strongest(
  allDocs: Int32Array,
  allWeights: Float32Array,
  from: number,
  to: number,
  keep: number,
  keys: Float64Array,
  docs: Int32Array,
  weights: Float32Array,
  out: number,
): void {
  const len = to - from;
  for (let i = 0; i < len; i++) keys[i] = Math.round(allWeights[from + i]! * QUANTUM) * POSITIONS + (POSITIONS - 1 - i);
  let m = len;
  if (keep < len) {
    const floor = selectKth(keys, len, len - keep);
    m = 0;
    for (let i = 0; i < len; i++) if (keys[i]! >= floor) keys[m++] = keys[i]!;
  }
  const sorted = keys.subarray(0, m).sort();
  for (let k = 0; k < m; k++) {
    const key = sorted[m - 1 - k]!;
    const pos = POSITIONS - 1 - (key % POSITIONS);
    docs[out + k] = allDocs[from + pos]!;
    weights[out + k] = keep < len ? Math.floor(key / POSITIONS) / QUANTUM : allWeights[from + pos]!;
  }
}
