import type { Neighbours } from './candidates.ts';
import type { RankedRange } from './score.ts';
import type { StoredCounts } from './state.ts';
import type { CountSummary, TermCounts } from './terms.ts';
import type { Vectors } from './vectors.ts';

/**
 * Joining what threads computed for consecutive ranges of stories (see threads.ts) into what one
 * thread would have computed for all of them, bit for bit: the related lists must not depend on
 * how many cores the build machine has.
 */

/** The archive's vocabulary joined from consecutive ranges' counts (see `mergeVocabularies`). */
export interface MergedVocabulary {
  /** Every term, in code-unit order: a term's id is its rank, whatever the order stories come in. */
  readonly vocabulary: readonly string[];
  /** Stories containing each term, by the archive's term id. */
  readonly df: Int32Array;
  /** Stories of the reference set containing each term (stats.ts). */
  readonly dfRef: Int32Array;
  /** Per range: its term id → the archive's. */
  readonly archiveIds: readonly Int32Array[];
}

/**
 * The vocabulary of consecutive ranges as one archive's, sorted. Ties between equal weights are
 * broken by term id (vectors.ts), so ids must not depend on which story used a term first: sorted
 * ids make the lists a function of the archive's content alone, and an incremental update
 * (incremental.ts) that adds terms keeps the order of the others. Only the vocabularies travel
 * between threads: each range's counts stay where they were made and are weighed there.
 */
export function mergeVocabularies(parts: readonly CountSummary[]): MergedVocabulary {
  const vocabulary = [...new Set(parts.flatMap((p) => p.vocabulary))].sort();
  const rank = new Map(vocabulary.map((term, i) => [term, i]));
  const df = new Int32Array(vocabulary.length);
  const dfRef = new Int32Array(vocabulary.length);
  const archiveIds = parts.map((p) =>
    Int32Array.from(p.vocabulary, (term, local) => {
      const id = rank.get(term)!;
      df[id] = df[id]! + p.df[local]!;
      dfRef[id] = dfRef[id]! + p.dfRef[local]!;
      return id;
    }),
  );
  return { vocabulary, df, dfRef, archiveIds };
}

/** Vectors of consecutive ranges as one CSR. */
export function concatVectors(parts: readonly Vectors[]): Vectors {
  if (parts.length === 1) return parts[0]!;
  const n = parts.reduce((s, p) => s + p.offsets.length - 1, 0);
  const size = parts.reduce((s, p) => s + p.terms.length, 0);
  const offsets = new Int32Array(n + 1);
  const terms = new Int32Array(size);
  const weights = new Float32Array(size);
  let doc = 0;
  let at = 0;
  for (const p of parts) {
    for (let i = 1; i < p.offsets.length; i++) offsets[++doc] = at + p.offsets[i]!;
    terms.set(p.terms, at);
    weights.set(p.weights, at);
    at += p.terms.length;
  }
  return { offsets, terms, weights };
}

/** Neighbour lists of consecutive ranges as one. */
export function concatNeighbours(parts: readonly Neighbours[]): Neighbours {
  if (parts.length === 1) return parts[0]!;
  const size = parts[0]!.size;
  const concat = <T extends Int32Array | Float32Array>(make: (n: number) => T, pick: (p: Neighbours) => T): T => {
    const out = make(parts.reduce((s, p) => s + pick(p).length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(pick(p), at);
      at += pick(p).length;
    }
    return out;
  };
  return {
    size,
    docs: concat(
      (k) => new Int32Array(k),
      (p) => p.docs,
    ),
    sims: concat(
      (k) => new Float32Array(k),
      (p) => p.sims,
    ),
    count: concat(
      (k) => new Int32Array(k),
      (p) => p.count,
    ),
  };
}

/** Ranked lists of consecutive ranges, one array of hits per story, in story order. */
export function unpackRanked(parts: readonly RankedRange[]): { doc: number; score: number }[][] {
  const out: { doc: number; score: number }[][] = [];
  for (const p of parts) {
    for (let i = 0; i + 1 < p.starts.length; i++) {
      const list: { doc: number; score: number }[] = [];
      for (let k = p.starts[i]!; k < p.starts[i + 1]!; k++) list.push({ doc: p.docs[k]!, score: p.scores[k]! });
      out.push(list);
    }
  }
  return out;
}

/** Ranges' packed lists as one. */
export function concatRanked(parts: readonly RankedRange[]): RankedRange {
  const lists = unpackRanked(parts);
  const starts = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (starts[i + 1] = starts[i]! + l.length));
  const flat = lists.flat();
  return { starts, docs: Int32Array.from(flat, (r) => r.doc), scores: Float64Array.from(flat, (r) => r.score) };
}

/** Ranges' counts, each already in the archive's term ids, as one. */
export function concatCounts(parts: readonly StoredCounts[]): StoredCounts {
  const v = concatVectors(parts.map((p) => ({ offsets: p.offsets, terms: p.ids, weights: p.counts })));
  const lengths = new Float64Array(v.offsets.length - 1);
  let at = 0;
  for (const p of parts) {
    lengths.set(p.lengths, at);
    at += p.lengths.length;
  }
  return { offsets: v.offsets, ids: v.terms, counts: v.weights, lengths };
}

/** A range's counts with its term ids replaced by the archive's. */
export function toArchiveIds(counts: TermCounts, archiveIds: Int32Array): StoredCounts {
  return { offsets: counts.offsets, ids: counts.ids.map((id) => archiveIds[id]!), counts: counts.counts, lengths: counts.lengths };
}
