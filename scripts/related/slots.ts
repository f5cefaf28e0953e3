import type { Neighbours } from './candidates.ts';

/**
 * Every story's nearest stories in the slot layout (`size` slots per story), row d taken from `fresh`
 * (row `freshAt[d]`) where it was searched again, else from `old` (row `toOld[d]`) with the stories
 * renumbered through `toNew`; and which rows differ from before (new stories, or searched again with
 * another result). One pass in the layout the lists are kept in: packing both sides into rows, splicing
 * and unpacking again cost four passes over the archive's 30 slots per story.
 */
export function spliceNeighbours(
  old: Neighbours,
  toOld: Int32Array,
  toNew: Int32Array,
  fresh: Neighbours,
  freshAt: Int32Array,
): { neighbours: Neighbours; changed: Uint8Array } {
  const { size } = old;
  const n = toOld.length;
  const [docs, sims, count, changed] = [new Int32Array(n * size), new Float32Array(n * size), new Int32Array(n), new Uint8Array(n)];
  for (let d = 0; d < n; d++) {
    const [f, o, at] = [freshAt[d]!, toOld[d]!, d * size];
    if (f >= 0) {
      const c = (count[d] = fresh.count[f]!);
      docs.set(fresh.docs.subarray(f * fresh.size, f * fresh.size + c), at);
      sims.set(fresh.sims.subarray(f * fresh.size, f * fresh.size + c), at);
      changed[d] = o < 0 || !sameSlots(docs, sims, at, c, old, o, toNew) ? 1 : 0;
      continue;
    }
    if (o < 0) throw new Error('related stories: a new story was not searched');
    const c = (count[d] = old.count[o]!);
    for (let k = 0; k < c; k++) {
      const e = toNew[old.docs[o * size + k]!]!;
      if (e < 0) throw new Error('related stories: a kept neighbour list names a removed story');
      docs[at + k] = e;
    }
    sims.set(old.sims.subarray(o * size, o * size + c), at);
  }
  return { neighbours: { size, docs, sims, count }, changed };
}

/** Whether the c slots at `at` equal old row o once its stories go through `toNew`. */
function sameSlots(docs: Int32Array, sims: Float32Array, at: number, c: number, old: Neighbours, o: number, toNew: Int32Array): boolean {
  if (old.count[o] !== c) return false;
  for (let k = 0; k < c; k++) {
    const j = o * old.size + k;
    if (docs[at + k] !== toNew[old.docs[j]!] || !Object.is(sims[at + k], old.sims[j])) return false;
  }
  return true;
}

/** Whether any of story d's nearest stories is marked. */
export function anyNeighbourMarked(nb: Neighbours, d: number, mark: Uint8Array): boolean {
  for (let k = d * nb.size; k < d * nb.size + nb.count[d]!; k++) if (mark[nb.docs[k]!]) return true;
  return false;
}
