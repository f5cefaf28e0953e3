import { debuglog } from 'node:util';
import type { RelatedSettingsInput } from '../content/related-settings.ts';
import { computeAll, type Computed } from './full.ts';
import { updateComputed } from './incremental.ts';
import { hitsOf, type Picks, pickAll } from './picks.ts';
import type { RelatedConfig, RelatedInternals } from './resolve.ts';
import { resolveRelatedConfig } from './resolve.ts';
import { alignIds, metaSignature, mostlyEdited, type RelatedState, stateKey, storySignature } from './state.ts';
import { Helpers } from './threads.ts';
import type { RelatedDoc, RelatedHit } from './types.ts';

export { relatedConfigSchema, type RelatedSettings, type RelatedSettingsInput } from '../content/related-settings.ts';
export { relatedInternalsSchema, resolveRelatedConfig, type RelatedConfig, type RelatedInternals } from './resolve.ts';
export type { RelatedDoc, RelatedHit } from './types.ts';
export type { RelatedState } from './state.ts';
export type { Picks } from './picks.ts';

const log = debuglog('samachar:related');

/**
 * Options of `buildRelated`: any part of the newsroom's settings (site.json's `related`, already
 * validated by `relatedConfigSchema`), plus the instant that counts as now.
 */
export type RelatedOptions = RelatedSettingsInput & {
  /** Overrides of the internal constants: for experiments (eval:related --internal) and tests only. */
  readonly internal?: Partial<RelatedInternals>;
  /** Stories dated after this (ms since the epoch) are never offered. Default `Date.now()`. */
  readonly now?: number;
  /**
   * Threads to use, this one included. Default 1. The result is the same for any number; helper
   * threads start only for archives of at least `MIN_STORIES_PER_THREAD` stories per thread.
   */
  readonly threads?: number;
  /**
   * The state a previous computation returned (`updateRelated`): only what the changes since then
   * reach is recomputed, with the same result. Ignored when made with other settings.
   */
  readonly previous?: RelatedState;
  /**
   * A story's signature: a string that changes whenever its title or text can have changed (the
   * build gives its file's digest with the code's stamp). With one, the state records it instead of
   * a digest of the text, so a story whose signature is unchanged never has its text read (a
   * catalog article makes its plain text from the Markdown on first read). Undefined for a story:
   * its text is digested.
   */
  readonly signature?: (doc: RelatedDoc) => string | undefined;
};

/** Result of `updateRelated`. */
export interface RelatedUpdate {
  /** Each story's list, by id (made on first read from `picks`). */
  readonly related: Map<string, RelatedHit[]>;
  /** The same lists packed, over the stories in id order (what the build reads). */
  readonly picks: Picks;
  /** What the next update starts from. */
  readonly state: RelatedState;
  /** Lists ranked again; every list on a full computation. */
  readonly recomputed: number;
  /** True when every list was computed from scratch (no usable previous state). */
  readonly full: boolean;
}

/** Fewest stories per thread: below this, starting a thread (~50 ms) costs more than it saves. */
export const MIN_STORIES_PER_THREAD = 1000;

/** Threads `buildRelated` uses for `stories` when asked for `requested`: at most one per MIN_STORIES_PER_THREAD. */
export function threadCount(stories: number, requested: number): number {
  return Math.max(1, Math.min(Math.floor(requested), Math.floor(stories / MIN_STORIES_PER_THREAD)));
}

/**
 * For every story, its related stories: at most `count` matches, best first, filled up with the
 * latest stories of its category (marked `fallback`) when too few reach `minScore`. Never the
 * story itself, a draft, a story dated after `now`, or the same story twice; ties are broken by
 * date (newer first) then id, so the same input gives the same output on every build, in any
 * order. Pure: reads only its arguments.
 *
 * How: words of title and body lead are folded, stop words dropped, stems counted (terms.ts);
 * each story keeps its `queryTerms` strongest BM25 × IDF terms (vectors.ts, with statistics from
 * stats.ts), which feed an inverted index with over-common terms dropped and lists capped
 * (postings.ts). Each story reads at most `maxScan` posting entries to find its `candidates`
 * nearest stories (candidates.ts), never comparing all pairs. Each story's vector is then
 * expanded with the centroid of its `expansionNeighbours` nearest stories' vectors (expand.ts:
 * document expansion), and the pool is ranked by the cosine of the expanded vectors plus tag
 * overlap, key bonuses and recency (score.ts). Time and memory grow linearly with the archive.
 * With `threads` > 1 the per-story stages run on ranges of stories in helper threads
 * (threads.ts), joined exactly (merge.ts).
 *
 * Measured (`npm run eval:related`, text only, these defaults): see docs/related.md § Quality.
 */
export function buildRelated(docs: readonly RelatedDoc[], options: RelatedOptions = {}): Map<string, RelatedHit[]> {
  return updateRelated(docs, options).related;
}

/**
 * `buildRelated`, plus the state the next call can start from: given `options.previous`, only the
 * lists a change can reach are recomputed (incremental.ts), and the result equals a computation
 * from scratch, list for list and byte for byte.
 */
export function updateRelated(docs: readonly RelatedDoc[], options: RelatedOptions = {}): RelatedUpdate {
  const { now = Date.now(), threads = 1, internal, previous, signature, ...settings } = options;
  const config = resolveRelatedConfig(settings, internal);
  const key = stateKey(config);
  // Work in id order, so the lists do not depend on the order stories come in.
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const texts = sorted.map((d) => storySignature(d, config.bodyChars, signature));
  const metas = sorted.map(metaSignature);
  log('sorted and signed %d stories', sorted.length);
  const toOld =
    previous?.key === key
      ? alignIds(
          previous.ids,
          sorted.map((d) => d.id),
        )
      : undefined;
  const update =
    previous && toOld && !mostlyEdited(previous, toOld, texts)
      ? updateComputed(sorted, toOld, texts, metas, config, now, previous)
      : undefined;
  let computed: Computed;
  if (update) computed = update.computed;
  else {
    const parts = threadCount(sorted.length, threads);
    const helpers = parts > 1 ? new Helpers(parts - 1) : undefined;
    try {
      computed = computeAll(sorted, config, now, helpers);
    } finally {
      helpers?.close();
    }
  }
  const { keys, timestamps, idRank, eligible, neighbours, expanded, ...rest } = computed;
  const state: RelatedState = { key, ids: sorted.map((d) => d.id), texts, metas, ...rest, neighbours, expanded, eligible };
  const picks = pickAll(sorted, computed, config);
  let related: Map<string, RelatedHit[]> | undefined;
  return {
    get related() {
      return (related ??= hitsOf(picks));
    },
    picks,
    state,
    recomputed: update?.recomputed ?? sorted.length,
    full: update === undefined,
  };
}
