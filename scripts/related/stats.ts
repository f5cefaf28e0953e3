/**
 * The archive-wide statistics that weigh terms (BM25's rarity of each term and mean story length),
 * made so that publishing a story does not move them: they are taken from a reference set, the
 * stories dated before the current month, and rounded to fixed steps. A full computation and an
 * incremental one (incremental.ts) then read the same numbers, and one new story changes no other
 * story's weights except through terms it is the second to use. Without this, one new story moved
 * every score of the archive a little (docs/performance.md § Related stories and exactness).
 */

/**
 * Steps per doubling of the rounded statistics: 64 for the story count and mean length (about
 * 1.1% apart), 32 for a term's document frequency (2.2%). Finer steps change more weights when an
 * old story is edited; coarser ones cost precision (at 16 steps bbc_hindi_cleaned_test lost 0.004).
 */
export const COUNT_STEPS = 64;
export const DF_STEPS = 32;

/** Below this many stories every term is kept: a df cap on a handful of stories drops real topics. */
export const MIN_DOCS_FOR_CAP = 50;

/**
 * `x` rounded to the middle of its step on a log scale with `steps` steps per doubling: a pure
 * function of `x`, so the same archive always gives the same value. Values under 1 are kept.
 */
export function quantise(x: number, steps: number): number {
  return x > 1 ? 2 ** ((Math.floor(steps * Math.log2(x)) + 0.5) / steps) : x;
}

/**
 * Which stories form the reference set: those dated before the first day (UTC) of the month of
 * `now`, so this month's stories, the ones being published and edited, weigh nobody's terms until
 * the month turns (then every list is recomputed once). When that leaves fewer than half the
 * stories (a young archive, or an evaluation corpus without dates) all stories are the reference.
 */
export function referenceSet(timestamps: Float64Array, now: number): Uint8Array {
  const month = new Date(now);
  const cutoff = Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1);
  const ref = Uint8Array.from(timestamps, (t) => (t < cutoff ? 1 : 0));
  let count = 0;
  for (const r of ref) count += r;
  return count * 2 >= timestamps.length ? ref : ref.fill(1);
}

/** Most stories a term or tag may be in and still link stories (see MAX_DOC_FREQUENCY). */
export function maxDocs(stories: number, maxDocFrequency: number): number {
  return stories < MIN_DOCS_FOR_CAP ? stories : Math.max(2, Math.floor(maxDocFrequency * stories));
}

/** Rarity of each term and the mean story length, as every range's weighing reads them. */
export interface TermStats {
  /** Inverse document frequency (raised to `idfExponent`) by term id; 0 for terms that are left out. */
  readonly idf: Float64Array;
  readonly averageLength: number;
  /** The reference set's story count, rounded: when it or `averageLength` moves, every weight moves. */
  readonly stories: number;
}

/**
 * Rarity of every term: from its rounded document frequency in the reference set (at least 1: a
 * term new this month counts as rare). A term in fewer than two stories of the whole archive
 * cannot link two stories, and one in more than the cap share of the reference set links too
 * many; both get 0, which leaves them out (the cap is what keeps posting lists short).
 * `refLength` is the reference set's total length, summed in story order.
 */
export function termStats(
  df: Int32Array,
  dfRef: Int32Array,
  refCount: number,
  refLength: number,
  options: { readonly maxDocFrequency: number; readonly idfExponent: number },
): TermStats {
  const stories = quantise(refCount, COUNT_STEPS);
  const cap = maxDocs(stories, options.maxDocFrequency);
  const idf = new Float64Array(df.length);
  for (let t = 0; t < idf.length; t++) {
    const f = dfRef[t]!;
    idf[t] = df[t]! >= 2 && f <= cap ? Math.log((stories + 1) / quantise(Math.max(f, 1), DF_STEPS)) ** options.idfExponent : 0;
  }
  return { idf, averageLength: quantise(refLength / Math.max(1, refCount) || 1, COUNT_STEPS), stories };
}
