import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Neighbours } from '../../scripts/related/candidates.ts';
import { expandVectors } from '../../scripts/related/expand.ts';
import { buildRelated, type RelatedOptions } from '../../scripts/related/index.ts';
import { selectKth } from '../../scripts/related/select.ts';
import type { Vectors } from '../../scripts/related/vectors.ts';
import { doc, filler, ids, NOW } from './build-doc.ts';

const select = suite('selectKth');

const cases: Array<[number[], number, number]> = [
  [[5], 0, 5],
  [[3, 1, 2], 0, 1],
  [[3, 1, 2], 2, 3],
  [[9, 7, 8, 1, 4, 6, 2, 5, 3], 4, 5],
  [[2, 2, 2, 1, 1], 2, 2],
  [[2, 2, 2, 1, 1], 1, 1],
  [[0.5, -1, 0.25, 0.25, 10], 3, 0.5],
];
for (const [values, k, expected] of cases) {
  select(`${k}-th smallest of ${JSON.stringify(values)} is ${expected}`, () => {
    assert.is(selectKth(Float64Array.from(values), values.length, k), expected);
  });
}

select('agrees with a sort on longer lists, duplicates included', () => {
  const values = Array.from({ length: 500 }, (_, i) => (i * 7919) % 97);
  const sorted = [...values].sort((a, b) => a - b);
  for (const k of [0, 1, 99, 250, 498, 499]) assert.is(selectKth(Float64Array.from(values), values.length, k), sorted[k]);
});

const expand = suite('expandVectors');

/** Three stories over terms 0..3: story 0 = {0}, story 1 = {0, 1}, story 2 = {} (no indexed words). */
const vectors: Vectors = {
  offsets: Int32Array.from([0, 1, 3, 3]),
  terms: Int32Array.from([0, 0, 1]),
  weights: Float32Array.from([1, Math.SQRT1_2, Math.SQRT1_2]),
};
/** Story 0's neighbour is 1 (sim 0.7), 1's is 0, 2's is 1 (through a tag, say). */
const neighbours: Neighbours = {
  size: 1,
  docs: Int32Array.from([1, 0, 1]),
  sims: Float32Array.from([0.7, 0.7, 0.3]),
  count: Int32Array.from([1, 1, 1]),
};
const entries = (v: Vectors, d: number): Map<number, number> => {
  const out = new Map<number, number>();
  for (let j = v.offsets[d]!; j < v.offsets[d + 1]!; j++) out.set(v.terms[j]!, v.weights[j]!);
  return out;
};

expand("a story gains its neighbour's words and stays unit length", () => {
  const out = expandVectors(vectors, neighbours, 4, { weight: 1, neighbours: 1, terms: 10 });
  const story = entries(out, 0);
  assert.equal([...story.keys()].sort(), [0, 1], 'term 1 comes from story 1');
  assert.ok(story.get(0)! > story.get(1)!, 'its own word stays the strongest');
  const norm = Math.hypot(...story.values());
  assert.ok(Math.abs(norm - 1) < 1e-6, `unit length, got ${norm}`);
});

expand('a story without indexed words of its own is not turned into a copy of its neighbour', () => {
  const out = expandVectors(vectors, neighbours, 4, { weight: 1, neighbours: 1, terms: 10 });
  assert.is(entries(out, 2).size, 0);
});

expand('weak neighbourhoods (similarities adding up to less than 1) count for less', () => {
  const weak: Neighbours = { ...neighbours, sims: Float32Array.from([0.1, 0.1, 0.1]) };
  const strong = entries(expandVectors(vectors, neighbours, 4, { weight: 1, neighbours: 1, terms: 10 }), 0);
  const faint = entries(expandVectors(vectors, weak, 4, { weight: 1, neighbours: 1, terms: 10 }), 0);
  assert.ok(faint.get(1)! < strong.get(1)!);
});

expand('keeps at most `terms` entries, the strongest', () => {
  const out = expandVectors(vectors, neighbours, 4, { weight: 1, neighbours: 1, terms: 1 });
  assert.equal([...entries(out, 0).keys()], [0]);
  assert.equal([...entries(out, 1).keys()], [0], "story 1: term 0 is its own and its neighbour's");
});

const ranking = suite('expansion in buildRelated');

ranking('issue #3: a story on the topic of the neighbourhood beats a one-word coincidence', () => {
  // Both candidates share only यमुना with the source; the flood stories around the source speak of
  // तटबंध, राहत and शिविर, which the second candidate has too.
  const docs = [
    doc({ id: 'source', title: 'यमुना उफान पर, बाढ़ का खतरा' }),
    doc({ id: 'a-coincidence', title: 'यमुना किनारे मेला' }),
    doc({ id: 'b-topic', title: 'यमुना तटबंध पर राहत शिविर' }),
    doc({ id: 'flood-1', title: 'बाढ़ राहत शिविर खुले' }),
    doc({ id: 'flood-2', title: 'बाढ़ का पानी तटबंध तक' }),
    doc({ id: 'flood-3', title: 'बाढ़ पीड़ितों को राहत' }),
    doc({ id: 'fair', title: 'किनारे मेला लगा' }),
    ...filler(4),
  ];
  const rank = (options: RelatedOptions) => ids(buildRelated(docs, { now: NOW, count: 10, ...options }), 'source');
  const plain = rank({ internal: { expansion: 0 } });
  const expanded = rank({});
  assert.ok(plain.indexOf('a-coincidence') < plain.indexOf('b-topic'), `without expansion: ${plain.join(', ')}`);
  assert.ok(expanded.indexOf('b-topic') < expanded.indexOf('a-coincidence'), `with expansion: ${expanded.join(', ')}`);
});

select.run();
expand.run();
ranking.run();
