import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findNeighbours, type CandidateInput } from '../../scripts/related/candidates.ts';
import type { Keys } from '../../scripts/related/keys.ts';
import { invert, type Postings } from '../../scripts/related/postings.ts';
import type { Vectors } from '../../scripts/related/vectors.ts';

/** Vectors from per-story [term, weight] lists (weights as given, not normalised). */
function vectorsOf(stories: Array<Array<[number, number]>>): Vectors {
  const offsets = new Int32Array(stories.length + 1);
  const terms: number[] = [];
  const weights: number[] = [];
  stories.forEach((entries, d) => {
    for (const [t, w] of entries) {
      terms.push(t);
      weights.push(w);
    }
    offsets[d + 1] = terms.length;
  });
  return { offsets, terms: Int32Array.from(terms), weights: Float32Array.from(weights) };
}

/** Term t's list as [story, weight] pairs, in stored order. */
function list(p: Postings, t: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = p.offsets[t]!; k < p.offsets[t]! + p.lengths[t]!; k++) out.push([p.docs[k]!, p.weights[k]!]);
  return out;
}

const postings = suite('invert');

postings('each list is strongest first, ties by story, whole lists keep their weights', () => {
  const v = vectorsOf([
    [
      [0, 0.25],
      [1, 0.5],
    ],
    [[0, 0.75]],
    [
      [0, 0.25],
      [1, 0.125],
    ],
    [[1, 0.5]],
  ]);
  const p = invert(v, 2, 10);
  assert.equal(list(p, 0), [
    [1, 0.75],
    [0, 0.25],
    [2, 0.25],
  ]);
  assert.equal(list(p, 1), [
    [0, 0.5],
    [3, 0.5],
    [2, 0.125],
  ]);
});

postings('a list longer than maxPostings keeps only its strongest entries, and stores only those', () => {
  // Term 0 in 300 stories with weights that are not in story order.
  const stories = Array.from(
    { length: 300 },
    (_, d): Array<[number, number]> => [
      [0, (((d * 37) % 300) + 1) / 512],
      [1, 0.5],
    ],
  );
  const p = invert(vectorsOf(stories), 2, 20);
  assert.is(p.lengths[0], 20);
  assert.is(p.docs.length, 40, 'two lists of 20 entries, nothing else stored');
  const expected = stories
    .map((s, d) => [d, s[0]![1]] as [number, number])
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, 20);
  assert.equal(list(p, 0), expected);
  assert.equal(
    list(p, 1).map(([d]) => d),
    Array.from({ length: 20 }, (_, d) => d),
    'equal weights: lowest story first',
  );
});

postings('empty lists and terms no story holds', () => {
  const p = invert(vectorsOf([[[2, 1]], []]), 4, 5);
  assert.equal([...p.lengths], [0, 0, 1, 0]);
  assert.equal(list(p, 2), [[0, 1]]);
});

const scan = suite('findNeighbours reads lists strongest first');

const noKeys = (n: number): Keys => ({
  district: new Int32Array(n),
  category: new Int32Array(n),
  author: new Int32Array(n),
  tagCount: new Int32Array(n),
  tags: Array.from({ length: n }, () => new Int32Array(0)),
  tagDf: new Int32Array(0),
  tagNames: [],
  tagPostings: [],
});

scan('a strong entry after a weak one in a short list is still found', () => {
  // Story 0 asks for term 0. Story 1 holds it faintly (below the least contribution worth reading),
  // story 2 strongly; story 1 comes first in story order, so an unsorted list would stop before 2.
  const v = vectorsOf([
    [[0, 1]],
    [
      [0, 0.001],
      [1, 0.99],
    ],
    [
      [0, 0.9],
      [2, 0.1],
    ],
  ]);
  const input: CandidateInput = {
    vectors: v,
    postings: invert(v, 3, 250),
    keys: noKeys(3),
    eligible: Uint8Array.from([1, 1, 1]),
    idRank: Int32Array.from([0, 1, 2]),
    weights: { text: 1, tags: 0 },
    size: 5,
    maxScan: 100,
  };
  const nb = findNeighbours(input, 0, 1);
  assert.equal([...nb.docs.subarray(0, nb.count[0]!)], [2]);
});

postings.run();
scan.run();
