import { createHash } from 'node:crypto';
import type { Neighbours } from './candidates.ts';
import type { Postings } from './postings.ts';
import type { RelatedConfig } from './resolve.ts';
import type { RankedRange } from './score.ts';
import type { RelatedDoc } from './types.ts';
import type { Vectors } from './vectors.ts';

/** Bumped whenever the algorithm or this layout changes: a state of another version is thrown away. */
const STATE_VERSION = 2;

/** Every story's term counts, by the archive's term ids (CSR, as terms.ts makes them). */
export interface StoredCounts {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  readonly counts: Float32Array;
  readonly lengths: Float64Array;
}

/** What a computation of the lists made that the next one may reuse (stories in id order). */
export interface Stored {
  readonly vocabulary: readonly string[];
  readonly counts: StoredCounts;
  readonly idf: Float64Array;
  /** Per term: stories holding it, and those of them in the reference set (stats.ts), so an update counts only changed rows. */
  readonly df: Int32Array;
  readonly dfRef: Int32Array;
  /** Per story: 1 when in the reference set. */
  readonly ref: Uint8Array;
  readonly averageLength: number;
  readonly stories: number;
  readonly vectors: Vectors;
  readonly postings: Postings;
  readonly neighbours: Neighbours;
  readonly expanded: Vectors;
  readonly ranked: RankedRange;
  readonly eligible: Uint8Array;
}

/**
 * The state kept between builds: what `Stored` holds, for stories in id order (the order
 * `buildRelated` works in), and what it was made from. An incremental update reads it,
 * recomputes only what a change reaches, and returns the next state; its lists equal a full
 * computation's.
 */
export interface RelatedState extends Stored {
  /** Version, settings and JavaScript engine the state was made with (`stateKey`). */
  readonly key: string;
  readonly ids: readonly string[];
  /** Per story: what its text was made from (`storySignature`). */
  readonly texts: readonly string[];
  /** Per story: what the ranking reads besides text (`metaSignature`). */
  readonly metas: readonly string[];
}

/**
 * What a state is valid for. The engine's version is part of it: rounding (stats.ts) goes through
 * Math.log2, which one engine computes the same way every time but another need not.
 */
export function stateKey(config: RelatedConfig): string {
  return JSON.stringify({ version: STATE_VERSION, config, engine: process.versions.v8 });
}

/** Digest of the title and the part of the body that term counting reads. */
export function textSignature(doc: RelatedDoc, bodyChars: number): string {
  return createHash('sha1').update(doc.title).update('\u0000').update(doc.text.slice(0, bodyChars)).digest('base64');
}

/**
 * What the state records of a story's text: the caller's signature where it gives one, else a
 * digest of the text (`textSignature`). The two never look alike (a `:` never occurs in base64),
 * so a state made one way and read the other counts a story as edited, never as unchanged.
 */
export function storySignature(doc: RelatedDoc, bodyChars: number, given?: (doc: RelatedDoc) => string | undefined): string {
  const mine = given?.(doc);
  return mine === undefined ? textSignature(doc, bodyChars) : `file:${mine}`;
}

/** Date, tags, keys and draft flag of a story, as one comparable string. */
export function metaSignature(doc: RelatedDoc): string {
  return JSON.stringify([doc.timestamp, doc.tags, doc.category.slug, doc.district.slug, doc.authors[0]?.slug ?? null, doc.draft === true]);
}

/**
 * Share of new or edited stories above which a full computation is done instead of an update: the
 * update runs on this thread alone, a full one on every thread. A change of code re-signs every story
 * (the build's signatures hold the code stamp): at 10,000 stories updating all of them cost this
 * thread 4.0 CPU-s against 2.4 for a full computation (with helper threads beside it).
 */
export const MAX_EDITED_SHARE = 0.25;

/** Whether more than MAX_EDITED_SHARE of the stories is new or edited since `previous` (`toOld` from `alignIds`). */
export function mostlyEdited(previous: RelatedState, toOld: Int32Array, texts: readonly string[]): boolean {
  let edited = 0;
  for (let d = 0; d < toOld.length; d++) if (toOld[d]! < 0 || previous.texts[toOld[d]!] !== texts[d]) edited++;
  return edited > toOld.length * MAX_EDITED_SHARE;
}

/**
 * For each of `ids`, its index in `old` (-1: new). Both are in code-unit order (a state's ids are
 * stored as sorted), so one merge walk finds them: no map of every id, which at 100,000 stories was
 * built twice per build. Undefined when `old` is not strictly ascending (a state not made here).
 */
export function alignIds(old: readonly string[], ids: readonly string[]): Int32Array | undefined {
  for (let o = 1; o < old.length; o++) if (!(old[o - 1]! < old[o]!)) return undefined;
  const toOld = new Int32Array(ids.length).fill(-1);
  let o = 0;
  for (let d = 0; d < ids.length; d++) {
    while (o < old.length && old[o]! < ids[d]!) o++;
    if (o < old.length && old[o] === ids[d]) toOld[d] = o++;
  }
  return toOld;
}
