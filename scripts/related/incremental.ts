import { debuglog } from 'node:util';
import { expandList } from './expand.ts';
import { neighboursOf } from './candidates.ts';
import { keyChanges } from './key-changes.ts';
import { internKeys } from './keys.ts';
import type { Computed } from './full.ts';
import { ReaderCheck } from './reader-check.ts';
import { readersOfChanges } from './readers.ts';
import type { RelatedConfig } from './resolve.ts';
import { list, type Rows, rowsOf, sameRow, spliceRows, vectorsOf } from './rows.ts';
import { anyNeighbourMarked, spliceNeighbours } from './slots.ts';
import { updateTerms } from './incremental-terms.ts';
import { makeScratch, rankOne, type RankedRange } from './score.ts';
import { maxDocs } from './stats.ts';
import type { RelatedState } from './state.ts';
import type { RelatedDoc } from './types.ts';

const log = debuglog('samachar:related');

/** Result of `updateComputed`: the same lists as `computeAll`, and how many were ranked again. */
export interface Update {
  readonly computed: Computed;
  readonly recomputed: number;
}

/**
 * The lists of `docs` (in id order; `texts` and `metas` their signatures) from the previous
 * state, recomputing at each stage only the stories whose inputs changed, and passing on only
 * those whose result differs bit for bit: term counts of edited stories; vectors of those and
 * of stories holding a term whose weight moved; posting lists those vectors enter or leave;
 * nearest stories of whoever reads a changed part of a posting list or shares a changed tag
 * (readers.ts); expanded vectors of stories whose neighbourhood changed; and the ranked lists of
 * stories whose own or whose candidates' expanded vectors or keys changed. Returns undefined
 * when the statistics every weight reads have moved (stats.ts): then everything is recomputed.
 */
export function updateComputed(
  docs: readonly RelatedDoc[],
  toOld: Int32Array,
  texts: readonly string[],
  metas: readonly string[],
  config: RelatedConfig,
  now: number,
  prev: RelatedState,
): Update | undefined {
  // CPU, not wall, time: builds run beside other work, and the update runs on this thread alone.
  const cpuMs = () => process.cpuUsage().user / 1000;
  let t = cpuMs();
  const step = (name: string) => {
    log('incremental: %s in %d CPU-ms', name, Math.round(cpuMs() - t));
    t = cpuMs();
  };
  const n = docs.length;
  const toNew = new Int32Array(prev.ids.length).fill(-1);
  toOld.forEach((o, d) => o >= 0 && (toNew[o] = d));
  const textChanged = Uint8Array.from(toOld, (o, d) => (o < 0 || prev.texts[o] !== texts[d] ? 1 : 0));
  const metaChanged = Uint8Array.from(toOld, (o, d) => (o < 0 || prev.metas[o] !== metas[d] ? 1 : 0));

  const update = updateTerms(docs, toOld, toNew, textChanged, config, now, prev, step);
  if (!update) return undefined;
  const { vocabulary, termMap, counts, stats, timestamps, vectors, vecChanged, postings: merged, oldPostings, changedAt } = update;
  const terms = vocabulary.length;
  step('postings');
  // Keys, tags and eligibility, compared by value with the previous archive's.
  const cap = maxDocs(stats.stories, config.maxDocFrequency);
  const keys = internKeys(docs, cap, config.maxPostings);
  const eligible = Uint8Array.from(docs, (d) => (d.draft === true || d.timestamp > now ? 0 : 1));
  const flipped = Uint8Array.from(toOld, (o, d) => (o >= 0 && eligible[d] !== prev.eligible[o] ? 1 : 0));
  const tags = docs.map((d) => d.tags);
  const { keyChanged, tagReaders } = keyChanges({ tags, keys, toOld, toNew, metaChanged, flipped, oldMetas: prev.metas, cap });
  const idRank = Int32Array.from(docs, (_, i) => i);
  const index = {
    vectors,
    postings: merged,
    keys,
    eligible,
    idRank,
    weights: { text: config.textWeight, tags: config.weights.tags },
    size: config.candidates,
    maxScan: config.maxScan,
  };
  const check = flipped.includes(1)
    ? undefined
    : new ReaderCheck({ ...index, toOld, toNew, old: oldPostings, changedAt, oldNeighbours: prev.neighbours });
  const dirty = readersOfChanges({
    toOld,
    vecChanged,
    keyChanged,
    tagReaders,
    flipped,
    vectors,
    old: oldPostings,
    postings: merged,
    changedAt,
    maxScan: config.maxScan,
    check,
  });

  step('keys and readers');
  // Nearest stories of the stories a change can reach.
  const nbList = list(dirty);
  const nbFresh = neighboursOf(index, nbList);
  const nbRow = new Int32Array(n).fill(-1);
  nbList.forEach((d, i) => (nbRow[d] = i));
  const { neighbours, changed: nbChanged } = spliceNeighbours(prev.neighbours, toOld, toNew, nbFresh, nbRow);

  step('neighbours');
  // Expanded vectors of stories whose vector, neighbours or neighbours' vectors changed.
  let expanded = vectors;
  let exChanged = vecChanged;
  if (config.expansion > 0) {
    const redo = Uint8Array.from(toOld, (_, d) => (vecChanged[d] || nbChanged[d] || anyNeighbourMarked(neighbours, d, vecChanged) ? 1 : 0));
    const exList = list(redo);
    const exFresh = rowsOf(
      expandList(
        vectors,
        neighbours,
        terms,
        { weight: config.expansion, neighbours: config.expansionNeighbours, terms: config.expandedTerms },
        exList,
      ),
    );
    const exRow = new Int32Array(n).fill(-1);
    exList.forEach((d, i) => (exRow[d] = i));
    const oldEx = rowsOf(prev.expanded);
    const exRows = spliceRows(n, { rows: oldEx, at: toOld, map: termMap }, { rows: exFresh, at: exRow }, (k) => new Float32Array(k));
    expanded = vectorsOf(exRows);
    exChanged = Uint8Array.from(toOld, (o, d) => (o < 0 || (exRow[d]! >= 0 && !sameRow(exRows, d, oldEx, o, termMap)) ? 1 : 0));
  }

  step('expansion');
  // Ranked lists of stories whose own or whose candidates' vectors or keys changed.
  const reach = Uint8Array.from(exChanged, (c, d) => (c || keyChanged[d] ? 1 : 0));
  const rerank = Uint8Array.from(toOld, (_, d) => (reach[d] || nbChanged[d] || anyNeighbourMarked(neighbours, d, reach) ? 1 : 0));
  const ctx = { config, keys, timestamps, idRank, eligible, neighbours, expanded };
  const scratch = makeScratch(terms);
  const oldRanked: Rows<Float64Array> = { offsets: prev.ranked.starts, ids: prev.ranked.docs, values: prev.ranked.scores };
  const rankList = list(rerank);
  const rankRow = new Int32Array(n).fill(-1);
  const [freshOffsets, freshIds, freshScores] = [new Int32Array(rankList.length + 1), [] as number[], [] as number[]];
  rankList.forEach((d, i) => {
    rankRow[d] = i;
    for (const r of rankOne(ctx, scratch, d)) freshIds.push(r.doc), freshScores.push(r.score);
    freshOffsets[i + 1] = freshIds.length;
  });
  const freshRanked = { offsets: freshOffsets, ids: Int32Array.from(freshIds), values: Float64Array.from(freshScores) };
  const rankedRows = spliceRows(
    n,
    { rows: oldRanked, at: toOld, map: toNew },
    { rows: freshRanked, at: rankRow },
    (k) => new Float64Array(k),
  );
  const ranked: RankedRange = { starts: rankedRows.offsets, docs: rankedRows.ids, scores: rankedRows.values };
  const recomputed = rankList.length;
  step('ranking');
  log(
    'incremental: %d edited, %d reweighed, %d neighbour lists, %d expanded, %d ranked',
    update.edited,
    update.reweighed,
    nbList.length,
    exChanged.reduce((s, x) => s + x, 0),
    recomputed,
  );
  const { idf, averageLength } = stats;
  const { df, dfRef, ref } = update;
  return {
    computed: {
      vocabulary,
      counts,
      idf,
      df,
      dfRef,
      ref,
      averageLength,
      stories: stats.stories,
      vectors,
      postings: merged,
      keys,
      eligible,
      timestamps,
      idRank,
      neighbours,
      expanded,
      ranked,
    },
    recomputed,
  };
}
