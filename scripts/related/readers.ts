import { MIN_CONTRIBUTION } from './candidates.ts';
import type { Postings } from './postings.ts';
import type { Vectors } from './vectors.ts';

/**
 * Posting lists in another numbering: terms through `termMap` (old id → new; new terms get empty
 * lists), stories through `storyMap` (-1 for a removed story, which marks its list as changed).
 */
export function remapPostings(p: Postings, terms: number, termMap: Int32Array, storyMap: Int32Array): Postings {
  const offsets = new Int32Array(terms);
  const lengths = new Int32Array(terms);
  termMap.forEach((t, o) => {
    offsets[t] = p.offsets[o]!;
    lengths[t] = p.lengths[o]!;
  });
  const docs = new Int32Array(p.docs.length);
  for (let i = 0; i < docs.length; i++) docs[i] = storyMap[p.docs[i]!]!;
  return { offsets, lengths, docs, weights: p.weights };
}

/** The lists of `fresh` for the terms marked in `affected`, the others from `old`, packed. */
export function mergePostings(fresh: Postings, old: Postings, affected: Uint8Array): Postings {
  const terms = affected.length;
  const pick = (t: number): Postings => (affected[t] ? fresh : old);
  const offsets = new Int32Array(terms);
  const lengths = new Int32Array(terms);
  let size = 0;
  for (let t = 0; t < terms; t++) {
    offsets[t] = size;
    size += lengths[t] = pick(t).lengths[t]!;
  }
  const docs = new Int32Array(size);
  const weights = new Float32Array(size);
  for (let t = 0; t < terms; t++) {
    const p = pick(t);
    docs.set(p.docs.subarray(p.offsets[t]!, p.offsets[t]! + lengths[t]!), offsets[t]!);
    weights.set(p.weights.subarray(p.offsets[t]!, p.offsets[t]! + lengths[t]!), offsets[t]!);
  }
  return { offsets, lengths, docs, weights };
}

/** Per term, the first position where its list differs between `old` and `cur`; -1 where it does not. */
export function changedLists(old: Postings, cur: Postings, affected: Uint8Array): Int32Array {
  const at = new Int32Array(affected.length).fill(-1);
  affected.forEach((a, t) => {
    if (!a) return;
    const [lo, lc, fo, fc] = [old.lengths[t]!, cur.lengths[t]!, old.offsets[t]!, cur.offsets[t]!];
    let p = 0;
    while (p < lo && p < lc && old.docs[fo + p] === cur.docs[fc + p] && Object.is(old.weights[fo + p], cur.weights[fc + p])) p++;
    if (p < lo || p < lc) at[t] = p;
  });
  return at;
}

/** What `readersOfChanges` compares. Story ids are the new archive's unless named old. */
export interface ChangeInput {
  readonly toOld: Int32Array;
  readonly vecChanged: Uint8Array;
  /** From `keyChanges` (key-changes.ts). */
  readonly keyChanged: Uint8Array;
  /** Stories holding an indexed tag whose list may have changed (key-changes.ts). */
  readonly tagReaders: Uint8Array;
  readonly flipped: Uint8Array;
  readonly vectors: Vectors;
  readonly old: Postings;
  readonly postings: Postings;
  /** From `changedLists`; updated here with the places of stories whose eligibility flipped. */
  readonly changedAt: Int32Array;
  readonly maxScan: number;
  /** The finer test of a story that reads a changed part (reader-check.ts); none when a story's eligibility flipped. */
  readonly check?: { mayChange(d: number): boolean } | undefined;
}

/**
 * The stories whose nearest-story search (candidates.ts `findNeighbours`) may come out
 * differently: their vector or keys changed, they share a tag whose list changed, or their scan
 * reads a changed part of a posting list. The scan is replayed on list lengths alone: with the
 * same window lengths, a story reads the same positions of each list, and positions before a
 * list's first change hold the same entries, so a story whose every window ends before the first
 * change (or whose reading stops there, under MIN_CONTRIBUTION) finds exactly what it found before.
 */
export function readersOfChanges(c: ChangeInput): Uint8Array {
  const n = c.toOld.length;
  // A story now offered or no longer offered: every list it is in changes for its readers there.
  const { offsets: vo, terms: vt, weights: vw } = c.vectors;
  for (let d = 0; d < n; d++) {
    if (!c.flipped[d]) continue;
    for (let j = vo[d]!; j < vo[d + 1]!; j++) {
      const t = vt[j]!;
      const p = position(c.postings, t, d);
      if (p >= 0 && (c.changedAt[t]! < 0 || p < c.changedAt[t]!)) c.changedAt[t] = p;
    }
  }
  const dirty = new Uint8Array(n);
  const prefixMin = new Map<number, Float32Array>();
  for (let d = 0; d < n; d++) {
    if (c.vecChanged[d] || c.keyChanged[d] || c.tagReaders[d]) dirty[d] = 1;
    else if (readsChange(c, d, vo, vt, vw, prefixMin) && (!c.check || c.check.mayChange(d))) dirty[d] = 1;
  }
  return dirty;
}

/** Whether story d's scan (same vector as before) reads a changed part of a list. */
function readsChange(
  c: ChangeInput,
  d: number,
  vo: Int32Array,
  vt: Int32Array,
  vw: Float32Array,
  prefixMin: Map<number, Float32Array>,
): boolean {
  let before = c.maxScan;
  let after = c.maxScan;
  for (let j = vo[d]!; j < vo[d + 1]! && (before > 0 || after > 0); j++) {
    const t = vt[j]!;
    const wOld = Math.min(c.old.lengths[t]!, before);
    const wNew = Math.min(c.postings.lengths[t]!, after);
    if (wOld !== wNew) return true;
    const at = c.changedAt[t]!;
    if (at >= 0 && at < wNew) {
      if (at === 0) return true;
      let mins = prefixMin.get(t);
      if (!mins) prefixMin.set(t, (mins = minima(c.postings, t)));
      // Reading a list stops at its first entry under the story's least contribution.
      if (mins[at - 1]! >= MIN_CONTRIBUTION / vw[j]!) return true;
    }
    before -= wOld;
    after -= wNew;
  }
  return false;
}

/** Running minimum of list t's weights (lists are strongest first only up to rounding). */
function minima(p: Postings, t: number): Float32Array {
  const out = new Float32Array(p.lengths[t]!);
  let m = Infinity;
  for (let i = 0; i < out.length; i++) out[i] = m = Math.min(m, p.weights[p.offsets[t]! + i]!);
  return out;
}

/** Position of story d in list t, or -1. */
function position(p: Postings, t: number, d: number): number {
  for (let i = 0; i < p.lengths[t]!; i++) if (p.docs[p.offsets[t]! + i] === d) return i;
  return -1;
}
