/**
 * Row-by-row assembly of the packed (CSR) arrays an incremental update reuses: each story's row is
 * taken either from the previous state (with term or story ids renumbered) or from what was just
 * recomputed, and rows are compared bit for bit to tell what changed.
 */

import type { Vectors } from './vectors.ts';

/** Rows of ids with a value each: term vectors, term counts, ranked lists. */
export interface Rows<W extends Float32Array | Float64Array = Float32Array> {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  readonly values: W;
}

/** Rows of `rows` picked per result row: result row d is row `at[d]` (-1: none), ids renumbered through `map` (-1: gone). */
export interface RowPick<W extends Float32Array | Float64Array> {
  readonly rows: Rows<W>;
  readonly at: Int32Array;
  readonly map?: Int32Array | undefined;
}

/**
 * `n` rows, row d taken from `fresh` where `fresh.at[d]` >= 0, else from `old`. Plain loops over
 * typed arrays, no object per row: at 100,000 stories an update splices several arrays of millions
 * of entries, and a closure, an object and two subarrays per row cost more than the copying.
 */
export function spliceRows<W extends Float32Array | Float64Array>(
  n: number,
  old: RowPick<W>,
  fresh: RowPick<W> | undefined,
  make: (size: number) => W,
): Rows<W> {
  const offsets = new Int32Array(n + 1);
  for (let d = 0; d < n; d++) {
    const f = fresh ? fresh.at[d]! : -1;
    const src = f >= 0 ? fresh!.rows.offsets : old.rows.offsets;
    const row = f >= 0 ? f : old.at[d]!;
    offsets[d + 1] = offsets[d]! + src[row + 1]! - src[row]!;
  }
  const ids = new Int32Array(offsets[n]!);
  const values = make(offsets[n]!);
  // Consecutive rows of one source are consecutive in it too (stories keep their order): each such
  // run is copied at once, values by a block copy.
  for (let d = 0; d < n; ) {
    const f = fresh ? fresh.at[d]! : -1;
    const pick = f >= 0 ? fresh! : old;
    const first = f >= 0 ? f : old.at[d]!;
    let last = first;
    for (d++; d < n && (fresh ? fresh.at[d]! : -1) < 0 === f < 0 && pick.at[d] === last + 1; d++) last++;
    const { offsets: so, ids: si, values: sv } = pick.rows;
    const [from, to, map] = [so[first]!, so[last + 1]!, pick.map];
    let at = offsets[d]! - (to - from);
    values.set(sv.subarray(from, to), at);
    if (map) for (let k = from; k < to; k++, at++) ids[at] = map[si[k]!]!;
    else ids.set(si.subarray(from, to), at);
  }
  return { offsets, ids, values };
}

/** Whether row `i` of `a` equals row `j` of `b` once b's ids go through `map`. */
export function sameRow<W extends Float32Array | Float64Array>(a: Rows<W>, i: number, b: Rows<W>, j: number, map?: Int32Array): boolean {
  const [af, at, bf, bt] = [a.offsets[i]!, a.offsets[i + 1]!, b.offsets[j]!, b.offsets[j + 1]!];
  if (at - af !== bt - bf) return false;
  for (let k = 0; k < at - af; k++) {
    const id = map ? map[b.ids[bf + k]!]! : b.ids[bf + k]!;
    if (a.ids[af + k] !== id || !Object.is(a.values[af + k], b.values[bf + k])) return false;
  }
  return true;
}

/**
 * The sorted union of a sorted vocabulary and some terms: `oldToNew` renumbers the old ids (in
 * order, so ties broken by term id stay broken the same way), `id` gives any term's new id.
 */
export function widenVocabulary(
  old: readonly string[],
  terms: Iterable<string>,
): { vocabulary: string[]; oldToNew: Int32Array; id: (term: string) => number } {
  const known = new Map(old.map((t, i) => [t, i]));
  const extra = [...new Set([...terms].filter((t) => !known.has(t)))].sort();
  const vocabulary: string[] = [];
  const oldToNew = new Int32Array(old.length);
  const extraIds = new Map<string, number>();
  let i = 0;
  for (const t of extra) {
    while (i < old.length && old[i]! < t) oldToNew[i] = vocabulary.push(old[i++]!) - 1;
    extraIds.set(t, vocabulary.push(t) - 1);
  }
  while (i < old.length) oldToNew[i] = vocabulary.push(old[i++]!) - 1;
  return { vocabulary, oldToNew, id: (t) => extraIds.get(t) ?? oldToNew[known.get(t)!]! };
}

/** A vector CSR as rows, and back (same arrays). */
export const rowsOf = (v: Vectors): Rows => ({ offsets: v.offsets, ids: v.terms, values: v.weights });
export const vectorsOf = (r: Rows): Vectors => ({ offsets: r.offsets, terms: r.ids, weights: r.values });

/** Indices of the marked stories, ascending. */
export function list(mark: Uint8Array): Int32Array {
  const out: number[] = [];
  mark.forEach((m, i) => m && out.push(i));
  return Int32Array.from(out);
}
