import type { TermCounts } from './terms.ts';

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
  const n = counts.ids.length;
  const maxDf = n < MIN_DOCS_FOR_CAP ? n : Math.max(2, Math.floor(options.maxDocFrequency * n));
  const idf = new Float64Array(counts.df.length);
  for (let t = 0; t < idf.length; t++) {
    const df = counts.df[t]!;
    idf[t] = df >= 2 && df <= maxDf ? Math.log((n + 1) / df) ** options.idfExponent : 0;
  }
  const lengths = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    for (const c of counts.counts[i]!) lengths[i] = lengths[i]! + c;
    total += lengths[i]!;
  }
  const average = total / Math.max(1, n) || 1;
  const offsets = new Int32Array(n + 1);
  const terms: number[] = [];
  const weights: number[] = [];
  const picked: Array<{ term: number; weight: number }> = [];
  for (let i = 0; i < n; i++) {
    const ids = counts.ids[i]!;
    const tf = counts.counts[i]!;
    picked.length = 0;
    const norm1 = K1 * (1 - B + (B * lengths[i]!) / average);
    for (let j = 0; j < ids.length; j++) {
      const term = ids[j]!;
      const w = idf[term]!;
      const f = tf[j]!;
      if (w > 0) picked.push({ term, weight: ((f * (K1 + 1)) / (f + norm1)) * w });
    }
    // Ties broken by term id, so the kept set does not depend on sort stability.
    picked.sort((a, b) => b.weight - a.weight || a.term - b.term);
    const keep = Math.min(picked.length, options.queryTerms);
    let norm = 0;
    for (let j = 0; j < keep; j++) norm += picked[j]!.weight ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < keep; j++) {
      terms.push(picked[j]!.term);
      weights.push(picked[j]!.weight / norm);
    }
    offsets[i + 1] = terms.length;
  }
  return { offsets, terms: Int32Array.from(terms), weights: Float32Array.from(weights) };
}
