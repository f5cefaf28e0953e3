import type { Neighbours } from './candidates.ts';
import type { RankedRange } from './score.ts';
import type { CountSummary } from './terms.ts';
import type { Vectors } from './vectors.ts';

/**
 * Joining what threads computed for consecutive ranges of stories (see threads.ts) into what one
 * thread would have computed for all of them, bit for bit: the related lists must not depend on
 * how many cores the build machine has.
 */

/** The archive's vocabulary joined from consecutive ranges' counts (see `mergeVocabularies`). */
export interface MergedVocabulary {
  readonly vocabulary: readonly string[];
  /** Stories containing each term, by the archive's term id. */
  readonly df: Int32Array;
  /** Per range: its term id → the archive's. */
  readonly archiveIds: readonly Int32Array[];
}

/**
 * The vocabulary of consecutive ranges as one archive's. Ids are given in order of first
 * appearance, range by range, which is the order one pass over the whole archive gives them, so the
 * first range's ids are already the archive's. Only the vocabularies travel between threads: each
 * range's counts stay where they were made and are weighed there (vectors.ts `weighStories`).
 */
export function mergeVocabularies(parts: readonly CountSummary[]): MergedVocabulary {
  if (parts.length === 1) {
    const only = parts[0]!;
    return { vocabulary: only.vocabulary, df: only.df, archiveIds: [Int32Array.from(only.vocabulary, (_, i) => i)] };
  }
  const vocabulary: string[] = [];
  const byTerm = new Map<string, number>();
  const dfs: number[] = [];
  const archiveIds = parts.map((p) => {
    const ids = new Int32Array(p.vocabulary.length);
    p.vocabulary.forEach((term, local) => {
      let id = byTerm.get(term);
      if (id === undefined) {
        id = vocabulary.length;
        vocabulary.push(term);
        byTerm.set(term, id);
        dfs.push(0);
      }
      ids[local] = id;
      dfs[id] = dfs[id]! + p.df[local]!;
    });
    return ids;
  });
  return { vocabulary, df: Int32Array.from(dfs), archiveIds };
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
