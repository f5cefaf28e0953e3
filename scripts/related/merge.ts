import type { Neighbours } from './candidates.ts';
import type { RankedRange } from './score.ts';
import type { TermCounts } from './terms.ts';
import type { Vectors } from './vectors.ts';

/**
 * Joining what threads computed for consecutive ranges of stories (see threads.ts) into what one
 * thread would have computed for all of them, bit for bit: the related lists must not depend on
 * how many cores the build machine has.
 */

/** Entries of one story at most (a story's distinct terms): sort keys pack term id and position. */
const POSITIONS = 2 ** 20;

/**
 * Term counts of consecutive ranges as one archive's. Ids are given in order of first appearance,
 * range by range, which is the order one pass over the whole archive gives them; each story's
 * entries are then sorted by id again, as `countTerms` leaves them.
 */
export function mergeCounts(parts: readonly TermCounts[]): TermCounts {
  if (parts.length === 1) return parts[0]!;
  const vocabulary: string[] = [];
  const byTerm = new Map<string, number>();
  let entries = 0;
  for (const p of parts) entries += p.ids.length;
  const n = parts.reduce((s, p) => s + p.offsets.length - 1, 0);
  const offsets = new Int32Array(n + 1);
  const ids = new Int32Array(entries);
  const counts = new Float32Array(entries);
  const dfs: number[] = [];
  let doc = 0;
  let at = 0;
  let keys = new Float64Array(1024);
  for (const p of parts) {
    const map = p.vocabulary.map((term) => {
      let id = byTerm.get(term);
      if (id === undefined) {
        id = vocabulary.length;
        vocabulary.push(term);
        byTerm.set(term, id);
        dfs.push(0);
      }
      return id;
    });
    p.df.forEach((df, local) => {
      const id = map[local]!;
      dfs[id] = dfs[id]! + df;
    });
    if (p === parts[0]) {
      // The first range's ids are already the archive's: copied as they are.
      ids.set(p.ids);
      counts.set(p.counts);
      offsets.set(p.offsets);
      doc = p.offsets.length - 1;
      at = p.ids.length;
      continue;
    }
    for (let i = 0; i + 1 < p.offsets.length; i++) {
      const [from, to] = [p.offsets[i]!, p.offsets[i + 1]!];
      if (keys.length < to - from) keys = new Float64Array((to - from) * 2);
      for (let j = from; j < to; j++) keys[j - from] = map[p.ids[j]!]! * POSITIONS + (j - from);
      const sorted = keys.subarray(0, to - from).sort();
      for (const key of sorted) {
        ids[at] = Math.floor(key / POSITIONS);
        counts[at++] = p.counts[from + (key % POSITIONS)]!;
      }
      offsets[++doc] = at;
    }
  }
  return { offsets, ids, counts, df: Int32Array.from(dfs), vocabulary };
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
    docs: concat((k) => new Int32Array(k), (p) => p.docs),
    sims: concat((k) => new Float32Array(k), (p) => p.sims),
    count: concat((k) => new Int32Array(k), (p) => p.count),
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
