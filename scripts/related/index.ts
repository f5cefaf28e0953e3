import { debuglog } from 'node:util';
import type { RelatedSettingsInput } from '../content/related-settings.ts';
import { fillFromCategory, latestByCategory } from './fallback.ts';
import { internKeys } from './keys.ts';
import { invert } from './postings.ts';
import { findNeighbours, type CandidateInput } from './candidates.ts';
import { expandVectors } from './expand.ts';
import { concatNeighbours, concatVectors, mergeVocabularies, unpackRanked } from './merge.ts';
import { rankRange, type ScoreContext } from './score.ts';
import { countTerms, type CountSummary, type TermCounts, type TextSource } from './terms.ts';
import { Helpers, range, type Task } from './threads.ts';
import type { RelatedDoc, RelatedHit } from './types.ts';
import { resolveRelatedConfig, type RelatedConfig, type RelatedInternals } from './resolve.ts';
import { MIN_DOCS_FOR_CAP, termStats, weighStories } from './vectors.ts';

export { relatedConfigSchema, type RelatedSettings, type RelatedSettingsInput } from '../content/related-settings.ts';
export { relatedInternalsSchema, resolveRelatedConfig, type RelatedConfig, type RelatedInternals } from './resolve.ts';
export type { RelatedDoc, RelatedHit } from './types.ts';

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
};

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
 * date (newer first) then id, so the same input gives the same output on every build.
 * Pure: reads only its arguments.
 *
 * How: words of title and body lead are folded, stop words dropped, stems counted (terms.ts);
 * each story keeps its `queryTerms` strongest BM25 × IDF terms (vectors.ts), which feed an
 * inverted index with over-common terms dropped and lists capped (postings.ts). Each story reads
 * at most `maxScan` posting entries to find its `candidates` nearest stories (candidates.ts),
 * never comparing all pairs. Each story's vector is then expanded with the centroid of its
 * `expansionNeighbours` nearest stories' vectors (expand.ts: document expansion), and the pool is
 * ranked by the cosine of the expanded vectors plus tag overlap, key bonuses and recency
 * (score.ts). Time and memory grow linearly with the archive. With `threads` > 1 the per-story
 * stages run on ranges of stories in helper threads (threads.ts), joined exactly (merge.ts).
 *
 * Measured (`npm run eval:related`, text only, these defaults): precision@5 0.758 on
 * bbc_hindi_cleaned_test, 0.723 on the l3cube headlines, 0.732 on the bbc_news18 headlines.
 */
export function buildRelated(docs: readonly RelatedDoc[], options: RelatedOptions = {}): Map<string, RelatedHit[]> {
  const { now = Date.now(), threads = 1, internal, ...settings } = options;
  const config = resolveRelatedConfig(settings, internal);
  const n = docs.length;
  const parts = threadCount(n, threads);
  const helpers = parts > 1 ? new Helpers(parts - 1) : undefined;
  try {
    return relate(docs, config, now, helpers);
  } finally {
    helpers?.close();
  }
}

/**
 * The stages of `buildRelated`. Each per-story stage runs on consecutive ranges of stories, the
 * first here and the others on `helpers`, and the ranges are joined exactly (merge.ts), so the
 * result does not depend on the number of threads.
 */
function relate(docs: readonly RelatedDoc[], config: RelatedConfig, now: number, helpers: Helpers | undefined): Map<string, RelatedHit[]> {
  const started = performance.now();
  const n = docs.length;
  const parts = (helpers?.count ?? 0) + 1;
  const stage = <L>(local: (lo: number, hi: number) => L, task: (lo: number, hi: number, part: number) => Task): L[] => {
    if (!helpers) return [local(0, n)];
    const tasks = Array.from({ length: parts - 1 }, (_, i) => task(...range(n, parts, i + 1), i + 1));
    return helpers.run(tasks, () => local(...range(n, parts, 0))) as L[];
  };
  const termOptions = { titleWeight: config.titleWeight, bodyChars: config.bodyChars, subwordBelow: config.subwordBelow };
  // Each range's counts stay on the thread that made them; only vocabularies, document
  // frequencies and lengths meet here, and each range is weighed where it was counted.
  let myCounts: TermCounts | undefined;
  const summaries = stage<CountSummary>(
    (lo, hi) => (myCounts = countTerms(docs.slice(lo, hi), termOptions)),
    (lo, hi) => ({ kind: 'count', docs: docs.slice(lo, hi).map((d) => textSource(d, config.bodyChars)), options: termOptions }),
  );
  log('terms counted in %d ms', Math.round(performance.now() - started));
  const merged = mergeVocabularies(summaries);
  const stats = termStats(
    merged.df,
    summaries.map((s) => s.lengths),
    config,
  );
  const vectors = concatVectors(
    stage(
      // The first range's term ids are the archive's (mergeVocabularies).
      () => weighStories(myCounts!, undefined, stats, config),
      (_lo, _hi, part) => ({ kind: 'weigh', archiveIds: merged.archiveIds[part]!, stats, options: config }),
    ),
  );
  myCounts = undefined;
  log('weighed in %d ms', Math.round(performance.now() - started));
  const terms = merged.vocabulary.length;
  const postings = invert(vectors, terms, config.maxPostings);
  log('inverted in %d ms', Math.round(performance.now() - started));
  const maxDf = n < MIN_DOCS_FOR_CAP ? n : Math.max(2, Math.floor(config.maxDocFrequency * n));
  const keys = internKeys(docs, maxDf, config.maxPostings);
  log('indexed %d stories, %d terms in %d ms (%d threads)', n, terms, Math.round(performance.now() - started), parts);
  const idRank = rankIds(docs);
  const eligible = Uint8Array.from(docs, (d) => (d.draft === true || d.timestamp > now ? 0 : 1));
  const timestamps = Float64Array.from(docs, (d) => d.timestamp);
  const index: CandidateInput = {
    vectors,
    postings,
    keys,
    eligible,
    idRank,
    weights: { text: config.textWeight, tags: config.weights.tags },
    size: config.candidates,
    maxScan: config.maxScan,
  };
  const context = { config, keys, idRank, eligible, timestamps };
  const neighbours = concatNeighbours(
    stage(
      (lo, hi) => findNeighbours(index, lo, hi),
      (lo, hi) => ({ kind: 'neighbours', index, termCount: terms, context, lo, hi }),
    ),
  );
  log('neighbours found in %d ms', Math.round(performance.now() - started));
  const expandOptions = { weight: config.expansion, neighbours: config.expansionNeighbours, terms: config.expandedTerms };
  const expanded =
    config.expansion > 0
      ? concatVectors(
          stage(
            (lo, hi) => expandVectors(vectors, neighbours, terms, expandOptions, lo, hi),
            (lo, hi) => ({ kind: 'expand', neighbours, options: expandOptions, lo, hi }),
          ),
        )
      : vectors;
  log('vectors expanded in %d ms', Math.round(performance.now() - started));
  const ctx: ScoreContext = { ...context, neighbours, expanded };
  const ranked = unpackRanked(
    stage(
      (lo, hi) => rankRange(ctx, terms, lo, hi),
      (lo, hi) => ({ kind: 'rank', neighbours, expanded, lo, hi }),
    ),
  );
  log('ranked in %d ms', Math.round(performance.now() - started));
  const pools = latestByCategory(ctx);
  const out = new Map<string, RelatedHit[]>();
  let fallbacks = 0;
  for (let d = 0; d < n; d++) {
    const mine = ranked[d]!;
    const hits: RelatedHit[] = mine.map((r) => ({ id: docs[r.doc]!.id, score: r.score }));
    for (const e of fillFromCategory(ctx, pools, d, mine)) {
      hits.push({ id: docs[e]!.id, score: 0, fallback: true });
      fallbacks++;
    }
    out.set(docs[d]!.id, hits);
  }
  log('related for %d stories in %d ms (%d fallback slots)', n, Math.round(performance.now() - started), fallbacks);
  return out;
}

/** What term counting reads of a story: its title and the part of its body that is read. */
function textSource(doc: RelatedDoc, bodyChars: number): TextSource {
  return { title: doc.title, text: doc.text.length > bodyChars ? doc.text.slice(0, bodyChars) : doc.text };
}

/** Rank of each id in plain code-unit order (not locale order, which varies by machine). */
function rankIds(docs: readonly RelatedDoc[]): Int32Array {
  const order = docs
    .map((_, i) => i)
    .sort((a, b) => {
      const x = docs[a]!.id;
      const y = docs[b]!.id;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
  const rank = new Int32Array(docs.length);
  order.forEach((doc, r) => (rank[doc] = r));
  return rank;
}
