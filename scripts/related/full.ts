import { debuglog } from 'node:util';
import { findNeighbours, type CandidateInput } from './candidates.ts';
import { expandVectors } from './expand.ts';
import { internKeys } from './keys.ts';
import { concatCounts, concatNeighbours, concatRanked, concatVectors, mergeVocabularies, toArchiveIds } from './merge.ts';
import { invert } from './postings.ts';
import type { RelatedConfig } from './resolve.ts';
import { rankRange, type RankedRange } from './score.ts';
import { maxDocs, referenceSet, termStats } from './stats.ts';
import { countTerms, type CountSummary, type TermCounts, type TextSource } from './terms.ts';
import { type Helpers, range, type Task } from './threads.ts';
import type { RelatedDoc } from './types.ts';
import type { Stored } from './state.ts';
import { weighStories, type Vectors } from './vectors.ts';
import type { Neighbours } from './candidates.ts';
import type { Postings } from './postings.ts';
import type { Keys } from './keys.ts';

const log = debuglog('samachar:related');

/** What every computation of the lists produces, full or incremental (`docs` in id order). */
export interface Computed extends Stored {
  readonly keys: Keys;
  readonly timestamps: Float64Array;
  readonly idRank: Int32Array;
}

/** What term counting reads of a story: its title and the part of its body that is read. */
export function textSource(doc: RelatedDoc, bodyChars: number, ref: boolean): TextSource {
  return { title: doc.title, text: doc.text.length > bodyChars ? doc.text.slice(0, bodyChars) : doc.text, ref };
}

/** The reference set's size and total length (stats.ts), summed in story order. */
export function referenceTotals(ref: Uint8Array, lengths: Float64Array): [number, number] {
  let count = 0;
  let total = 0;
  for (let i = 0; i < ref.length; i++) {
    if (ref[i] === 0) continue;
    count++;
    total += lengths[i]!;
  }
  return [count, total];
}

/**
 * Every list from scratch. Each per-story stage runs on consecutive ranges of stories, the first
 * here and the others on `helpers`, and the ranges are joined exactly (merge.ts), so the result
 * does not depend on the number of threads.
 */
export function computeAll(docs: readonly RelatedDoc[], config: RelatedConfig, now: number, helpers: Helpers | undefined): Computed {
  const started = performance.now();
  const n = docs.length;
  const parts = (helpers?.count ?? 0) + 1;
  const stage = <L>(local: (lo: number, hi: number) => L, task: (lo: number, hi: number, part: number) => Task): L[] => {
    if (!helpers) return [local(0, n)];
    const tasks = Array.from({ length: parts - 1 }, (_, i) => task(...range(n, parts, i + 1), i + 1));
    return helpers.run(tasks, () => local(...range(n, parts, 0))) as L[];
  };
  const timestamps = Float64Array.from(docs, (d) => d.timestamp);
  const ref = referenceSet(timestamps, now);
  const termOptions = { titleWeight: config.titleWeight, bodyChars: config.bodyChars, subwordBelow: config.subwordBelow };
  const sources = (lo: number, hi: number) => docs.slice(lo, hi).map((d, i) => textSource(d, config.bodyChars, ref[lo + i] === 1));
  // Each range's counts stay on the thread that made them; only vocabularies, document
  // frequencies and lengths meet here, and each range is weighed where it was counted.
  let myCounts: TermCounts | undefined;
  const summaries = stage<CountSummary>(
    (lo, hi) => (myCounts = countTerms(sources(lo, hi), termOptions)),
    (lo, hi) => ({ kind: 'count', docs: sources(lo, hi), options: termOptions }),
  );
  log('terms counted in %d ms', Math.round(performance.now() - started));
  const merged = mergeVocabularies(summaries);
  const lengths = new Float64Array(n);
  summaries.reduce((at, s) => (lengths.set(s.lengths, at), at + s.lengths.length), 0);
  const stats = termStats(merged.df, merged.dfRef, ...referenceTotals(ref, lengths), config);
  const weighed = stage(
    () => ({
      vectors: weighStories(myCounts!, merged.archiveIds[0], stats, config),
      counts: toArchiveIds(myCounts!, merged.archiveIds[0]!),
    }),
    (_lo, _hi, part) => ({ kind: 'weigh', archiveIds: merged.archiveIds[part]!, stats, options: config }),
  );
  myCounts = undefined;
  const vectors = concatVectors(weighed.map((w) => w.vectors));
  const counts = concatCounts(weighed.map((w) => w.counts));
  log('weighed in %d ms', Math.round(performance.now() - started));
  const terms = merged.vocabulary.length;
  const postings = invert(vectors, terms, config.maxPostings);
  const keys = internKeys(docs, maxDocs(stats.stories, config.maxDocFrequency), config.maxPostings);
  log('indexed %d stories, %d terms in %d ms (%d threads)', n, terms, Math.round(performance.now() - started), parts);
  // Stories come in id order, so a story's index is its id's rank.
  const idRank = Int32Array.from(docs, (_, i) => i);
  const eligible = Uint8Array.from(docs, (d) => (d.draft === true || d.timestamp > now ? 0 : 1));
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
  const ctx = { ...context, neighbours, expanded };
  const ranked = concatRanked(
    stage(
      (lo, hi) => rankRange(ctx, terms, lo, hi),
      (lo, hi) => ({ kind: 'rank', neighbours, expanded, lo, hi }),
    ),
  );
  log('ranked in %d ms', Math.round(performance.now() - started));
  const { idf, averageLength, stories } = stats;
  return {
    vocabulary: merged.vocabulary,
    counts,
    idf,
    df: merged.df,
    dfRef: merged.dfRef,
    ref,
    averageLength,
    stories,
    vectors,
    postings,
    keys,
    eligible,
    timestamps,
    idRank,
    neighbours,
    expanded,
    ranked,
  };
}
