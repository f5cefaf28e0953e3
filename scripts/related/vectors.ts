import type { TermCounts } from './terms.ts';
import { selectKth } from './select.ts';

/** Every story's distinctive terms with unit-length TF-IDF weights, packed (CSR layout). */
export interface Vectors {
  /** Story i's entries are at [offsets[i], offsets[i + 1]), strongest first. */
  readonly offsets: Int32Array;
  readonly terms: Int32Array;
  readonly weights: Float32Array;
}

/** Options of `weighTerms`, from the related config. */
export interface VectorOptions {
  readonly queryTerms: number;
  readonly maxDocFrequency: number;
  /** Exponent of the inverse document frequency: below 1 favours topic words over names. */
  readonly idfExponent: number;
}

/** BM25's usual constants: term frequency saturates (k1), long stories are discounted (b). */
const K1 = 1.2;
const B = 0.75;

/** Below this many stories every term is kept: a df cap on a handful of stories drops real topics. */
export const MIN_DOCS_FOR_CAP = 50;

/**
 * Weighs each story's terms by BM25 term frequency (saturating, length-normalised) × inverse
 * document frequency (raised to `idfExponent`), keeps the
 * `queryTerms` strongest, and scales them to unit length, so that a dot product of two vectors is
 * their cosine. Terms in one story only cannot link two stories and terms above the document
 * frequency cap link too many; both are left out (the cap is what keeps posting lists short).
 */
export function weighTerms(counts: TermCounts, options: VectorOptions): Vectors {
  const n = counts.offsets.length - 1;
  const maxDf = n < MIN_DOCS_FOR_CAP ? n : Math.max(2, Math.floor(options.maxDocFrequency * n));
  const idf = new Float64Array(counts.df.length);
  for (let t = 0; t < idf.length; t++) {
    const df = counts.df[t]!;
    idf[t] = df >= 2 && df <= maxDf ? Math.log((n + 1) / df) ** options.idfExponent : 0;
  }
  const lengths = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    for (let j = counts.offsets[i]!; j < counts.offsets[i + 1]!; j++) lengths[i] = lengths[i]! + counts.counts[j]!;
    total += lengths[i]!;
  }
  const average = total / Math.max(1, n) || 1;
  const offsets = new Int32Array(n + 1);
  // Room for every story's terms at most `queryTerms` each, allocated once (no growing copies).
  let room = 0;
  for (let i = 0; i < n; i++) room += Math.min(options.queryTerms, counts.offsets[i + 1]! - counts.offsets[i]!);
  const terms = new Int32Array(room);
  const weights = new Float32Array(room);
  let keys = new Float64Array(256);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const [from, to] = [counts.offsets[i]!, counts.offsets[i + 1]!];
    if (keys.length < to - from) keys = new Float64Array((to - from) * 2);
    const norm1 = K1 * (1 - B + (B * lengths[i]!) / average);
    let m = 0;
    for (let j = from; j < to; j++) {
      const term = counts.ids[j]!;
      const w = idf[term]!;
      const f = counts.counts[j]!;
      if (w > 0) keys[m++] = packKey(((f * (K1 + 1)) / (f + norm1)) * w, term);
    }
    // Packed (weight, term) keys: the queryTerms strongest are selected in linear time, then one
    // native numeric sort orders them strongest first, ties by term id.
    const keep = Math.min(m, options.queryTerms);
    let sorted = keys.subarray(0, m);
    if (keep < m) {
      const floor = selectKth(keys, m, m - keep);
      let k = 0;
      for (let j = 0; j < m; j++) if (keys[j]! >= floor) keys[k++] = keys[j]!;
      sorted = keys.subarray(0, k);
    }
    sorted.sort();
    const last = sorted.length - 1;
    let norm = 0;
    for (let j = 0; j < keep; j++) {
      const key = sorted[last - j]!;
      const w = Math.floor(key / TERM_SPACE) / WEIGHT_SCALE;
      terms[at + j] = TERM_SPACE - 1 - (key % TERM_SPACE);
      weights[at + j] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let j = at; j < at + keep; j++) weights[j] = weights[j]! / norm;
    at += keep;
    offsets[i + 1] = at;
  }
  return { offsets, terms: terms.subarray(0, at), weights: weights.subarray(0, at) };
}

/**
 * Weight quantised to 2^-16 and term id (< 2^26) in one float64, exact below 2^53, that is for
 * weights under 2048 (BM25 × IDF stays under 500 even at idfExponent 2 and a million stories).
 * Finer than any ranking difference, and ties order by term id without a comparator function.
 */
const WEIGHT_SCALE = 2 ** 16;
const TERM_SPACE = 2 ** 26;

function packKey(weight: number, term: number): number {
  return Math.round(weight * WEIGHT_SCALE) * TERM_SPACE + (TERM_SPACE - 1 - term);
}
