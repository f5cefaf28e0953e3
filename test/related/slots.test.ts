import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Neighbours } from '../../scripts/related/candidates.ts';
import { anyNeighbourMarked, spliceNeighbours } from '../../scripts/related/slots.ts';

const slots = suite('spliceNeighbours: kept rows renumbered, searched rows taken, changes marked');

/** Neighbour lists of 3 slots per story from rows of [story, similarity] pairs. */
function nb(rows: [number, number][][]): Neighbours {
  const size = 3;
  const [docs, sims, count] = [
    new Int32Array(rows.length * size),
    new Float32Array(rows.length * size),
    Int32Array.from(rows, (r) => r.length),
  ];
  rows.forEach((r, d) => r.forEach(([e, s], k) => ((docs[d * size + k] = e), (sims[d * size + k] = s))));
  return { size, docs, sims, count };
}
const rowsOf = (n: Neighbours) =>
  Array.from(n.count, (c, d) => Array.from({ length: c }, (_, k) => [n.docs[d * n.size + k]!, n.sims[d * n.size + k]!]));

// Before: stories 0, 1, 2. Now: a new story at 1 (old 1 and 2 move to 2 and 3).
const old = nb([
  [
    [1, 0.5],
    [2, 0.25],
  ],
  [[0, 0.5]],
  [[0, 0.25]],
]);
const toOld = Int32Array.of(0, -1, 1, 2);
const toNew = Int32Array.of(0, 2, 3);

slots('a kept row is renumbered; a searched row with the same result is not a change; another result and a new story are', () => {
  const fresh = nb([
    [[0, 0.75]],
    [[0, 0.5]],
    [
      [1, 0.75],
      [0, 0.25],
    ],
  ]);
  const { neighbours, changed } = spliceNeighbours(old, toOld, toNew, fresh, Int32Array.of(-1, 0, 1, 2));
  assert.equal(rowsOf(neighbours), [
    [
      [2, 0.5],
      [3, 0.25],
    ],
    [[0, 0.75]],
    [[0, 0.5]],
    [
      [1, 0.75],
      [0, 0.25],
    ],
  ]);
  assert.equal([...changed], [0, 1, 0, 1]);
});

slots('a kept row naming a removed story, or a new story not searched, is an error', () => {
  const fresh = nb([[[0, 0.75]]]);
  assert.throws(() => spliceNeighbours(old, Int32Array.of(0, -1, 1), Int32Array.of(0, 2, -1), fresh, Int32Array.of(-1, 0, -1)), /removed/);
  assert.throws(() => spliceNeighbours(old, toOld, toNew, fresh, Int32Array.of(-1, -1, -1, -1)), /not searched/);
});

slots("anyNeighbourMarked reads only the row's filled slots", () => {
  const n = nb([
    [[1, 0.5]],
    [
      [0, 0.5],
      [2, 0.1],
    ],
    [],
  ]);
  assert.equal(
    [0, 1, 2].map((d) => anyNeighbourMarked(n, d, Uint8Array.of(0, 0, 1))),
    [false, true, false],
  );
});

slots.run();
