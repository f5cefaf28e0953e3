import type { TermCounts } from './terms.ts';
import { selectKth } from './select.ts';

/** Every story's distinctive terms with unit-length TF-IDF weights, packed (CSR layout). */
export interface Vectors {
  /** Story i's entries are at [offsets[i], offsets[i + 1]), strongest first. */
  readonly offsets: Int32Array;
  readonly terms: Int32Array;
  readonly weights: Float32Array;
}

/**
 * Distinctive terms kept per story (highest TF-IDF first). They are both the story's query and
 * what the index holds about it, so they bound the work per story.
 */
export const QUERY_TERMS = 100;

/**
 * Terms (and tags) found in more than this share of stories are dropped: they match everything
 * and cost the most (boilerplate such as "फेसबुक ट्विटर पर फॉलो करें"). Applies from
 * `MIN_DOCS_FOR_CAP` stories on.
 */
export const MAX_DOC_FREQUENCY = 0.3;

/**
 * Exponent of the inverse document frequency. 1 is classic TF-IDF; lower values let topic words
 * (बजट, क्रिकेट) count more against one-off names.
 */
export const IDF_EXPONENT = 0.7;

/** Options of `weighTerms` (defaults above; the resolved related config carries them). */
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

/** Archive-wide statistics every range's weighing reads: rarity of each term and the average story length. */
export interface TermStats {
  /** Inverse document frequency (raised to `idfExponent`) by term id; 0 for terms that are left out. */
  readonly idf: Float64Array;
  readonly averageLength: number;
}

/**
 * Rarity of every term of the archive from its document frequencies, and the average length of
 * `lengths` (every story's, in story order, so the sum is the same however the archive was cut).
 * Terms in one story only cannot link two stories and terms above the document frequency cap
 * link too many; both get 0, which leaves them out (the cap is what keeps posting lists short).
 */
export function termStats(df: Int32Array, lengths: readonly Float64Array[], options: VectorOptions): TermStats {
  const n = lengths.reduce((sum, part) => sum + part.length, 0);
  const maxDf = n < MIN_DOCS_FOR_CAP ? n : Math.max(2, Math.floor(options.maxDocFrequency * n));
  const idf = new Float64Array(df.length);
  for (let t = 0; t < idf.length; t++) {
    const f = df[t]!;
    idf[t] = f >= 2 && f <= maxDf ? Math.log((n + 1) / f) ** options.idfExponent : 0;
  }
  let total = 0;
  for (const part of lengths) for (const length of part) total += length;
  return { idf, averageLength: total / Math.max(1, n) || 1 };
}

/** Every story's vector of an archive counted in one piece. */
export function weighTerms(counts: TermCounts, options: VectorOptions): Vectors {
  return weighStories(counts, undefined, termStats(counts.df, [counts.lengths], options), options);
}

/**
 * Weighs each story's terms by BM25 term frequency (saturating, length-normalised) × `stats.idf`,
 * keeps the `queryTerms` strongest, and scales them to unit length, so that a dot product of two
 * vectors is their cosine. `counts` may be one range's, with its own term ids: `archiveIds` maps
 * them to the archive's (omitted: they are the archive's already). A story's vector depends only
 * on its counts and `stats`, so ranges weighed apart and joined equal the archive weighed whole.
 */
export function weighStories(counts: TermCounts, archiveIds: Int32Array | undefined, stats: TermStats, options: VectorOptions): Vectors {
  const n = counts.offsets.length - 1;
  const { idf, averageLength } = stats;
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
    const norm1 = K1 * (1 - B + (B * counts.lengths[i]!) / averageLength);
    let m = 0;
    for (let j = from; j < to; j++) {
      const term = archiveIds ? archiveIds[counts.ids[j]!]! : counts.ids[j]!;
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
