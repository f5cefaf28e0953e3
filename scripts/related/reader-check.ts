import { MIN_CONTRIBUTION, type Neighbours } from './candidates.ts';
import type { Keys } from './keys.ts';
import type { Postings } from './postings.ts';
import type { Vectors } from './vectors.ts';

/** What `ReaderCheck` reads: the archive now, the posting lists before (in the new numbering) and the stored neighbours. */
export interface ReaderCheckInput {
  readonly toOld: Int32Array;
  readonly toNew: Int32Array;
  readonly vectors: Vectors;
  readonly old: Postings;
  readonly postings: Postings;
  /** Per term, where its list first differs from before (-1: it does not). */
  readonly changedAt: Int32Array;
  readonly keys: Keys;
  readonly eligible: Uint8Array;
  readonly weights: { readonly text: number; readonly tags: number };
  readonly maxScan: number;
  /** The previous neighbour lists, by old story id. */
  readonly oldNeighbours: Neighbours;
}

/** Most a stored (rounded) posting weight exceeds the vector's weight (postings.ts QUANTUM). */
const ROUNDING = 2 ** -24;
/** Relative slack on the stored (float32) least neighbour similarity: near-ties are searched again. */
const SLACK = 1e-6;

/**
 * Whether a story whose scan reads a changed part of a posting list (readers.ts) can find other
 * nearest stories. Its scan is replayed on the old and new lists, and only the entries read
 * differently count: an entry no longer read only lowers that story's similarity (sums of positive
 * terms in a fixed order are monotone), so it matters only for a kept neighbour; an entry newly
 * read matters for a kept neighbour, or when an upper bound of that story's whole similarity (its
 * full dot product, posting rounding included, plus every shared tag) reaches the least kept
 * neighbour's. Not valid when a story's eligibility flipped (the caller searches again then).
 */
export class ReaderCheck {
  private readonly kept: Int32Array;
  private readonly stamp: Int32Array;
  private readonly before: Float32Array;
  private readonly termWeight: Float64Array;
  private story = 0;
  private list = 0;

  constructor(private readonly c: ReaderCheckInput) {
    const n = c.toOld.length;
    [this.kept, this.stamp, this.before] = [new Int32Array(n), new Int32Array(n), new Float32Array(n)];
    this.termWeight = new Float64Array(c.old.lengths.length);
  }

  /** Whether story d (vector, keys and eligibility unchanged) may have other neighbours now. */
  mayChange(d: number): boolean {
    const { c, kept } = this;
    const { size, docs, sims, count } = c.oldNeighbours;
    const o = c.toOld[d]!;
    const mine = ++this.story;
    for (let k = o * size; k < o * size + count[o]!; k++) {
      const e = c.toNew[docs[k]!]!;
      if (e < 0) return true;
      kept[e] = mine;
    }
    const floor = count[o]! < size ? -Infinity : sims[o * size + count[o]! - 1]!;
    const { offsets: vo, terms: vt, weights: vw } = c.vectors;
    let [left, right] = [c.maxScan, c.maxScan];
    for (let j = vo[d]!; j < vo[d + 1]! && (left > 0 || right > 0); j++) {
      const t = vt[j]!;
      const wOld = Math.min(c.old.lengths[t]!, left);
      const wNew = Math.min(c.postings.lengths[t]!, right);
      const at = c.changedAt[t]!;
      // Same window lengths, and the list unchanged up to their end: the same entries are read.
      if ((wOld !== wNew || (at >= 0 && at < wNew)) && this.listMayChange(d, t, wOld, wNew, MIN_CONTRIBUTION / vw[j]!, floor)) return true;
      left -= wOld;
      right -= wNew;
    }
    return false;
  }

  /** Whether the entries d reads of list t (old window wOld, new wNew) differ in a way that matters. */
  private listMayChange(d: number, t: number, wOld: number, wNew: number, least: number, floor: number): boolean {
    const { c, stamp, before, kept } = this;
    const [mine, list] = [this.story, ++this.list];
    const { offsets: ob, docs: od, weights: ow } = c.old;
    const { offsets: nb, docs: nd, weights: nw } = c.postings;
    const [oo, no] = [ob[t]!, nb[t]!];
    for (let p = oo; p < oo + wOld && ow[p]! >= least; p++) {
      if (od[p]! < 0) return true;
      stamp[od[p]!] = list;
      before[od[p]!] = ow[p]!;
    }
    for (let p = no; p < no + wNew && nw[p]! >= least; p++) {
      const e = nd[p]!;
      if (stamp[e] === list && Object.is(before[e], nw[p])) {
        stamp[e] = -list;
        continue;
      }
      // Newly read, or read with another weight.
      if (kept[e] === mine) return true;
      if (e !== d && c.eligible[e] === 1 && this.bound(d, e) >= floor * (1 - SLACK)) return true;
    }
    // No longer read: only a kept neighbour's similarity matters.
    for (let p = oo; p < oo + wOld && ow[p]! >= least; p++) if (stamp[od[p]!] === list && kept[od[p]!] === mine) return true;
    return false;
  }

  /** An upper bound of story e's similarity as d's search computes it (candidates.ts). */
  private bound(d: number, e: number): number {
    const { c, termWeight } = this;
    const { offsets: vo, terms: vt, weights: vw } = c.vectors;
    for (let j = vo[e]!; j < vo[e + 1]!; j++) termWeight[vt[j]!] = vw[j]! + ROUNDING;
    let text = 0;
    for (let j = vo[d]!; j < vo[d + 1]!; j++) text += vw[j]! * termWeight[vt[j]!]!;
    for (let j = vo[e]!; j < vo[e + 1]!; j++) termWeight[vt[j]!] = 0;
    const { tags, tagCount } = c.keys;
    let shared = 0;
    for (const x of tags[d]!) if (tags[e]!.includes(x)) shared++;
    const tagPart = shared > 0 ? (c.weights.tags / Math.sqrt(tagCount[d]!)) * (shared / Math.sqrt(tagCount[e]!)) : 0;
    return (c.weights.text * text + tagPart) * (1 + SLACK) + 1e-12;
  }
}
