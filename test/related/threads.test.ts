import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildRelated, MIN_STORIES_PER_THREAD, threadCount } from '../../scripts/related/index.ts';
import { Helpers, range } from '../../scripts/related/threads.ts';
import { NOW } from './build-doc.ts';
import { syntheticArchive } from './synthetic.ts';

const ranges = suite('range');

ranges('splits stories into consecutive near-equal ranges that cover them all', () => {
  for (const [n, parts] of [
    [10, 1],
    [10, 3],
    [2400, 2],
    [7, 4],
    [100_001, 4],
  ] as const) {
    const all = Array.from({ length: parts }, (_, i) => range(n, parts, i));
    assert.is(all[0]![0], 0);
    assert.is(all.at(-1)![1], n);
    for (let i = 1; i < parts; i++) assert.is(all[i]![0], all[i - 1]![1]);
    for (const [lo, hi] of all) assert.ok(hi - lo >= Math.floor(n / parts) && hi - lo <= Math.ceil(n / parts), `${n}/${parts}`);
  }
});

const threads = suite('buildRelated on threads');

threads('gives the same lists, scores and fallbacks on 1, 2 and 3 threads', () => {
  const docs = syntheticArchive(3 * MIN_STORIES_PER_THREAD);
  const one = buildRelated(docs, { now: NOW });
  assert.is(one.size, docs.length);
  assert.ok(
    [...one.values()].some((hits) => hits.some((h) => !h.fallback)),
    'real matches, not only fallbacks',
  );
  for (const count of [2, 3]) assert.equal(buildRelated(docs, { now: NOW, threads: count }), one, `${count} threads`);
});

threads('threads are used only with enough stories for each', () => {
  const M = MIN_STORIES_PER_THREAD;
  const table: Array<[number, number, number]> = [
    [0, 4, 1],
    [M - 1, 2, 1],
    [M, 1, 1],
    [2 * M - 1, 2, 1],
    [2 * M, 2, 2],
    [10 * M, 4, 4],
    [10 * M, 2.7, 2],
    [10 * M, 0, 1],
  ];
  for (const [stories, requested, expected] of table)
    assert.is(threadCount(stories, requested), expected, `${stories} stories, ${requested} asked`);
});

const helpers = suite('Helpers');

helpers('an error on a helper thread is thrown on the calling thread, with its message', () => {
  const h = new Helpers(1);
  try {
    // An index without vectors: the helper's findNeighbours fails reading it.
    const task = { kind: 'neighbours', index: {}, termCount: 0, context: {}, lo: 0, hi: 1 } as never;
    assert.throws(() => h.run([task], () => 'local'), /related stories, helper thread: TypeError/);
  } finally {
    h.close();
  }
});

helpers("returns the local result first, then each helper's in order", () => {
  const h = new Helpers(2);
  try {
    const docs = [
      { title: 'गेहूं खरीद', text: 'मंडी में गेहूं' },
      { title: 'बारिश', text: 'बांध भरा' },
    ];
    const options = { titleWeight: 2, bodyChars: 3000, subwordBelow: 0 };
    const [mine, a, b] = h.run(
      [
        { kind: 'count', docs: [docs[0]!], options },
        { kind: 'count', docs: [docs[1]!], options },
      ],
      () => 'local',
    );
    assert.is(mine, 'local');
    assert.ok((a as { vocabulary: string[] }).vocabulary.includes('गेहूं'));
    assert.ok((b as { vocabulary: string[] }).vocabulary.includes('बारिश'));
  } finally {
    h.close();
  }
});

ranges.run();
threads.run();
helpers.run();
