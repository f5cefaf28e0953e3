import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findNeighbours } from '../../scripts/related/candidates.ts';
import { expandVectors } from '../../scripts/related/expand.ts';
import { internKeys } from '../../scripts/related/keys.ts';
import { concatNeighbours, concatVectors, mergeVocabularies, unpackRanked } from '../../scripts/related/merge.ts';
import { invert } from '../../scripts/related/postings.ts';
import { countTerms } from '../../scripts/related/terms.ts';
import { termStats } from '../../scripts/related/stats.ts';
import { weighStories, weighTerms } from '../../scripts/related/vectors.ts';
import { resolveRelatedConfig } from '../../scripts/related/resolve.ts';
import { syntheticArchive } from './synthetic.ts';

const C = resolveRelatedConfig();
const docs = syntheticArchive(300);
const options = { titleWeight: 2, bodyChars: 3000, subwordBelow: 40 };
const whole = countTerms(docs, options);
/** Split points of the archive: one, two and four ranges, uneven ones, an empty one. */
const SPLITS = [[], [150], [1, 299], [75, 150, 225], [100, 100, 250]];
const parts = <T>(cuts: number[], f: (lo: number, hi: number) => T): T[] => [0, ...cuts].map((lo, i) => f(lo, [...cuts, docs.length][i]!));

const counts = suite('mergeVocabularies');

counts("vocabularies of ranges merge into the whole's, ids and document frequencies included", () => {
  assert.ok(
    whole.vocabulary.some((t) => t.startsWith('#')),
    'the briefs added trigrams',
  );
  for (const cuts of SPLITS) {
    const ranges = parts(cuts, (lo, hi) => countTerms(docs.slice(lo, hi), options));
    const merged = mergeVocabularies(ranges);
    assert.equal(merged.vocabulary, [...whole.vocabulary].sort(), `vocabulary, sorted, cuts ${cuts}`);
    const dfOf = new Map(whole.vocabulary.map((t, i) => [t, whole.df[i]]));
    assert.equal(
      [...merged.df],
      merged.vocabulary.map((t) => dfOf.get(t)),
      `df, cuts ${cuts}`,
    );
    ranges.forEach((r, p) => {
      assert.equal(
        r.vocabulary.map((_, local) => merged.vocabulary[merged.archiveIds[p]![local]!]),
        r.vocabulary,
        `ids of range ${p}, cuts ${cuts}`,
      );
    });
  }
});

counts('ranges counted and weighed apart, joined, are the vectors of the whole', () => {
  const total = whole.lengths.reduce((s, l) => s + l, 0);
  const one = mergeVocabularies([whole]);
  const all = weighStories(whole, one.archiveIds[0], termStats(one.df, one.df, docs.length, total, C), C);
  for (const cuts of SPLITS) {
    const ranges = parts(cuts, (lo, hi) => countTerms(docs.slice(lo, hi), options));
    const merged = mergeVocabularies(ranges);
    const stats = termStats(merged.df, merged.df, docs.length, total, C);
    const joined = concatVectors(ranges.map((r, p) => weighStories(r, merged.archiveIds[p], stats, C)));
    assert.equal([...joined.offsets], [...all.offsets], `offsets, cuts ${cuts}`);
    assert.equal([...joined.terms], [...all.terms], `terms, cuts ${cuts}`);
    assert.equal([...joined.weights], [...all.weights], `weights, cuts ${cuts}`);
  }
});

counts("a story's length does not depend on the order of its terms", () => {
  const titleWeight = 1.3;
  const a = countTerms([{ title: 'किसान मंडी', text: 'गेहूं की खरीद मंडी में शुरू' }], { ...options, titleWeight });
  const b = countTerms(
    [
      { title: 'पानी', text: 'नहर' },
      { title: 'किसान मंडी', text: 'गेहूं की खरीद मंडी में शुरू' },
    ],
    { ...options, titleWeight },
  );
  assert.is(a.lengths[0], b.lengths[1]);
  let trigrams = 0;
  a.ids.forEach((id, j) => {
    if (a.vocabulary[id]!.startsWith('#')) trigrams += a.counts[j]!;
  });
  assert.ok(trigrams > 0, 'a brief counts trigrams too');
  assert.is(a.lengths[0], 2 * titleWeight + 4 + trigrams, 'two title words, four body words (की and में are stop words)');
});

const stages = suite('ranges of the per-story stages');
const vectors = weighTerms(whole, C);
const terms = whole.vocabulary.length;
const index = {
  vectors,
  postings: invert(vectors, terms, C.maxPostings),
  keys: internKeys(docs, 90, C.maxPostings),
  eligible: new Uint8Array(docs.length).fill(1),
  idRank: Int32Array.from(docs, (_, i) => i),
  weights: { text: C.textWeight, tags: C.weights.tags },
  size: C.candidates,
  maxScan: C.maxScan,
};
const neighbours = findNeighbours(index);
const expandOptions = { weight: 1, neighbours: 30, terms: 180 };

stages('neighbours of ranges, joined, are the neighbours of the whole', () => {
  for (const cuts of SPLITS)
    assert.equal(concatNeighbours(parts(cuts, (lo, hi) => findNeighbours(index, lo, hi))), neighbours, `cuts ${cuts}`);
});

stages('expanded vectors of ranges, joined, are those of the whole', () => {
  const all = expandVectors(vectors, neighbours, terms, expandOptions);
  for (const cuts of SPLITS) {
    const joined = concatVectors(parts(cuts, (lo, hi) => expandVectors(vectors, neighbours, terms, expandOptions, lo, hi)));
    assert.equal([...joined.offsets], [...all.offsets], `cuts ${cuts}`);
    assert.equal([...joined.terms], [...all.terms], `cuts ${cuts}`);
    assert.equal([...joined.weights], [...all.weights], `cuts ${cuts}`);
  }
});

stages('ranked ranges unpack to one list per story, in story order', () => {
  const packed = [
    { starts: Int32Array.from([0, 2, 2]), docs: Int32Array.from([5, 3]), scores: Float64Array.from([0.9, 0.4]) },
    { starts: Int32Array.from([0, 1]), docs: Int32Array.from([0]), scores: Float64Array.from([0.7]) },
  ];
  assert.equal(unpackRanked(packed), [
    [
      { doc: 5, score: 0.9 },
      { doc: 3, score: 0.4 },
    ],
    [],
    [{ doc: 0, score: 0.7 }],
  ]);
});

counts.run();
stages.run();
