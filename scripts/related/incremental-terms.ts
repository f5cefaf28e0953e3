import { referenceTotals, textSource } from './full.ts';
import { invert } from './postings.ts';
import type { Postings } from './postings.ts';
import { changedLists, mergePostings, remapPostings } from './readers.ts';
import type { RelatedConfig } from './resolve.ts';
import { list, type Rows, rowsOf, sameRow, spliceRows, vectorsOf, widenVocabulary } from './rows.ts';
import { referenceSet, type TermStats, termStats } from './stats.ts';
import type { RelatedState, StoredCounts } from './state.ts';
import { countTerms } from './terms.ts';
import type { RelatedDoc } from './types.ts';
import { type Vectors, weighStories } from './vectors.ts';

/** What the first stages of an incremental update (incremental.ts) made. */
export interface TermUpdate {
  readonly vocabulary: string[];
  /** Old term id → new. */
  readonly termMap: Int32Array;
  readonly counts: StoredCounts;
  readonly stats: TermStats;
  readonly df: Int32Array;
  readonly dfRef: Int32Array;
  readonly ref: Uint8Array;
  readonly timestamps: Float64Array;
  readonly vectors: Vectors;
  /** 1 for stories whose vector differs from before (and new stories). */
  readonly vecChanged: Uint8Array;
  readonly postings: Postings;
  /** The previous lists in the new numbering. */
  readonly oldPostings: Postings;
  /** Per term, where its list first differs from before (-1: it does not). */
  readonly changedAt: Int32Array;
  readonly edited: number;
  readonly reweighed: number;
}

/**
 * Term counts of edited and new stories; the statistics (undefined when their rounded story count
 * or mean length moved: every weight moves then); vectors of edited stories and of stories holding
 * a term whose weight moved; the posting lists those vectors enter, leave or move in.
 */
export function updateTerms(
  docs: readonly RelatedDoc[],
  toOld: Int32Array,
  toNew: Int32Array,
  textChanged: Uint8Array,
  config: RelatedConfig,
  now: number,
  prev: RelatedState,
  step: (name: string) => void,
): TermUpdate | undefined {
  const n = docs.length;
  // Term counts: only edited and new stories are counted again.
  const timestamps = Float64Array.from(docs, (d) => d.timestamp);
  const ref = referenceSet(timestamps, now);
  const edited = list(textChanged);
  const termOptions = { titleWeight: config.titleWeight, bodyChars: config.bodyChars, subwordBelow: config.subwordBelow };
  const fresh = countTerms(
    Array.from(edited, (d) => textSource(docs[d]!, config.bodyChars, false)),
    termOptions,
  );
  const { vocabulary, oldToNew: termMap, id } = widenVocabulary(prev.vocabulary, fresh.vocabulary);
  const freshIds = Int32Array.from(fresh.vocabulary, id);
  const freshRow = new Int32Array(n).fill(-1);
  edited.forEach((d, i) => (freshRow[d] = i));
  const freshRows: Rows = { offsets: fresh.offsets, ids: fresh.ids, values: fresh.counts };
  const oldCounts: Rows = { offsets: prev.counts.offsets, ids: prev.counts.ids, values: prev.counts.counts };
  const countRows = spliceRows(
    n,
    { rows: oldCounts, at: toOld, map: termMap },
    { rows: freshRows, at: freshRow, map: freshIds },
    (k) => new Float32Array(k),
  );
  const lengths = Float64Array.from(toOld, (o, d) => (freshRow[d]! >= 0 ? fresh.lengths[freshRow[d]!]! : prev.counts.lengths[o]!));
  const counts = { offsets: countRows.offsets, ids: countRows.ids, counts: countRows.values, lengths };

  step('counts');
  // Statistics: if the rounded story count or mean length moved, every weight did.
  const terms = vocabulary.length;
  const { df, dfRef } = frequencies(prev, termMap, terms, toOld, toNew, textChanged, ref, countRows);
  const stats = termStats(df, dfRef, ...referenceTotals(ref, lengths), config);
  if (stats.stories !== prev.stories || stats.averageLength !== prev.averageLength) return undefined;
  const oldIdf = new Float64Array(terms);
  termMap.forEach((t, o) => (oldIdf[t] = prev.idf[o]!));
  const moved = Uint8Array.from(stats.idf, (w, t) => (w !== oldIdf[t] ? 1 : 0));

  step('statistics');
  // Vectors: stories edited or holding a term whose weight moved.
  const reweigh = Uint8Array.from(textChanged);
  for (let d = 0; d < n; d++) {
    for (let k = counts.offsets[d]!; k < counts.offsets[d + 1]! && !reweigh[d]; k++) if (moved[counts.ids[k]!]) reweigh[d] = 1;
  }
  const weighList = list(reweigh);
  const sub = spliceRows(weighList.length, { rows: countRows, at: weighList }, undefined, (k) => new Float32Array(k));
  const weighed = rowsOf(
    weighStories(
      { offsets: sub.offsets, ids: sub.ids, counts: sub.values, lengths: Float64Array.from(weighList, (d) => lengths[d]!) },
      undefined,
      stats,
      config,
    ),
  );
  const weighRow = new Int32Array(n).fill(-1);
  weighList.forEach((d, i) => (weighRow[d] = i));
  const oldVectors = rowsOf(prev.vectors);
  const vectorRows = spliceRows(
    n,
    { rows: oldVectors, at: toOld, map: termMap },
    { rows: weighed, at: weighRow },
    (k) => new Float32Array(k),
  );
  const vectors = vectorsOf(vectorRows);
  const vecChanged = Uint8Array.from(toOld, (o, d) =>
    o < 0 || (reweigh[d] === 1 && !sameRow(vectorRows, d, oldVectors, o, termMap)) ? 1 : 0,
  );

  step('vectors');
  // Posting lists of the terms those vectors hold, before or after.
  const affected = new Uint8Array(terms);
  const markTerms = (rows: Rows, row: number, map?: Int32Array) => {
    for (let k = rows.offsets[row]!; k < rows.offsets[row + 1]!; k++) affected[map ? map[rows.ids[k]!]! : rows.ids[k]!] = 1;
  };
  vecChanged.forEach((c, d) => {
    if (!c) return;
    markTerms(vectorRows, d);
    if (toOld[d]! >= 0) markTerms(oldVectors, toOld[d]!, termMap);
  });
  toNew.forEach((d, o) => d < 0 && markTerms(oldVectors, o, termMap));
  const oldPostings = remapPostings(prev.postings, terms, termMap, toNew);
  const postings = invert(vectors, terms, config.maxPostings, affected);
  const merged = mergePostings(postings, oldPostings, affected);
  const changedAt = changedLists(oldPostings, merged, affected);
  const [edited_, reweighed] = [edited.length, weighList.length];
  return {
    vocabulary,
    termMap,
    counts,
    stats,
    df,
    dfRef,
    ref,
    timestamps,
    vectors,
    vecChanged,
    postings: merged,
    oldPostings,
    changedAt,
    edited: edited_,
    reweighed,
  };
}

/**
 * Document frequencies (all stories, reference set) from the previous ones: only the rows of stories
 * new, removed, edited or moved in or out of the reference set are taken off and added again, not
 * every row of the archive. Counts of integers, so the same as counting afresh.
 */
function frequencies(
  prev: RelatedState,
  termMap: Int32Array,
  terms: number,
  toOld: Int32Array,
  toNew: Int32Array,
  textChanged: Uint8Array,
  ref: Uint8Array,
  rows: Rows,
): { df: Int32Array; dfRef: Int32Array } {
  const [df, dfRef] = [new Int32Array(terms), new Int32Array(terms)];
  termMap.forEach((t, o) => {
    df[t] = prev.df[o]!;
    dfRef[t] = prev.dfRef[o]!;
  });
  const take = (r: Rows, row: number, by: number, inRef: number, map?: Int32Array) => {
    for (let k = r.offsets[row]!; k < r.offsets[row + 1]!; k++) {
      const t = map ? map[r.ids[k]!]! : r.ids[k]!;
      df[t] = df[t]! + by;
      if (inRef) dfRef[t] = dfRef[t]! + by;
    }
  };
  const old = prev.counts;
  const oldRows: Rows = { offsets: old.offsets, ids: old.ids, values: old.counts };
  for (let d = 0; d < toOld.length; d++) {
    const o = toOld[d]!;
    if (o >= 0 && !textChanged[d] && ref[d] === prev.ref[o]) continue;
    if (o >= 0) take(oldRows, o, -1, prev.ref[o]!, termMap);
    take(rows, d, 1, ref[d]!);
  }
  toNew.forEach((d, o) => d < 0 && take(oldRows, o, -1, prev.ref[o]!, termMap));
  return { df, dfRef };
}
