import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { combine, withoutWeak, type Hit } from '../../../scripts/search/browser/rank.ts';
import { bounds, toResolve, type Bounded } from '../../../scripts/search/browser/rank-bounds.ts';

const h = (id: string, score: number, words: number[] = []): Hit => ({ id, score, words });

/**
 * The reader's loop: resolve `batch` pages at a time (their exact score from `combine`) until none
 * can enter the first `n`; then the first `n` by exact score, the resolved pages and the rest.
 */
function resolveTop(perConcept: Hit[][][], n: number, batch: number) {
  const exact = new Map(combine(perConcept).map((r) => [r.id, r.score]));
  const pages = bounds(perConcept);
  const known = new Map<string, number>();
  let rounds = 0;
  for (let open = toResolve(pages, known, n); open.length > 0; open = toResolve(pages, known, n)) {
    rounds++;
    for (const p of open.slice(0, batch)) known.set(p.id, exact.get(p.id)!);
  }
  const score = (p: Bounded) => (p.matched >= 2 ? known.get(p.id) : p.base);
  const top = pages
    .filter((p) => score(p) !== undefined)
    .map((p) => ({ id: p.id, score: score(p)!, matched: p.matched }))
    .sort((a, b) => b.score - a.score || b.matched - a.matched || (a.id < b.id ? -1 : 1))
    .slice(0, n);
  return { top, resolved: known.size, rounds };
}

/** Seeded cases: few distinct scores (ties), positions in a short page (close words are common). */
function randomCase(seed: number): Hit[][][] {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const concepts = 1 + Math.floor(rnd() * 4);
  const pages = 1 + Math.floor(rnd() * 40);
  return Array.from({ length: concepts }, () =>
    Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => {
      const hits: Hit[] = [];
      for (let p = 0; p < pages; p++)
        if (rnd() < 0.5)
          hits.push(
            h(
              `p${p}`,
              [0.5, 1, 1, 2, 2.5][Math.floor(rnd() * 5)]!,
              Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => Math.floor(rnd() * 30)),
            ),
          );
      return hits;
    }),
  );
}

const b = suite('bounds');
b('base is combine’s score without the bonus, upper the score with it, to the bit', () => {
  const perConcept = [[[h('a', 1.1, [1]), h('b', 0.7, [1])]], [[h('a', 2.3, [3])], [h('a', 2.9, [50]), h('c', 1, [2])]]];
  const got = new Map(bounds(perConcept).map((p) => [p.id, p]));
  const ranked = new Map(combine(perConcept).map((r) => [r.id, r.score]));
  assert.is(got.get('a')!.upper, ranked.get('a')); // 1 and 3 are close
  assert.is(got.get('b')!.base, ranked.get('b'));
  assert.is(got.get('b')!.upper, got.get('b')!.base); // one concept: no bonus possible
  assert.is(got.get('c')!.matched, 1);
});
b.run();

const t = suite('toResolve');
t('a single-concept query needs no positions', () => {
  assert.equal(toResolve(bounds([[[h('a', 1, [1]), h('b', 2, [2])]]]), new Map(), 10), []);
});
t('only pages whose upper bound reaches the nth lower bound, best first', () => {
  const pages: Bounded[] = [
    { id: 'x', base: 4, upper: 5, matched: 2 },
    { id: 'y', base: 1, upper: 1.25, matched: 2 },
    { id: 'z', base: 3, upper: 3, matched: 1 },
  ];
  assert.equal(
    toResolve(pages, new Map(), 2).map((p) => p.id),
    ['x'],
  );
  assert.equal(
    toResolve(pages, new Map(), 3).map((p) => p.id),
    ['x', 'y'],
  );
  assert.equal(toResolve(pages, new Map([['x', 4]]), 2), []);
});
t('a tie with the nth page is resolved (concepts and id may lift it)', () => {
  const pages: Bounded[] = [
    { id: 'b', base: 2, upper: 2, matched: 1 },
    { id: 'a', base: 1.6, upper: 2, matched: 2 },
  ];
  assert.equal(
    toResolve(pages, new Map(), 1).map((p) => p.id),
    ['a'],
  );
});
t.run();

const r = suite('the first n against combine');
r('random cases with ties: same ids, scores and count after weak matches, any batch size', () => {
  for (let seed = 1; seed <= 400; seed++) {
    const perConcept = randomCase(seed);
    const full = combine(perConcept);
    for (const [n, batch] of [
      [10, 10],
      [10, 1],
      [5, 3],
      [1, 1],
    ] as const) {
      const { top, resolved } = resolveTop(perConcept, n, batch);
      const want = full.slice(0, n).map((x) => [x.id, x.score]);
      assert.equal(
        top.map((x) => [x.id, x.score]),
        want,
        `seed ${seed}, n ${n}, batch ${batch}`,
      );
      assert.ok(resolved <= full.filter((x) => x.matched >= 2).length);
      // withoutWeak needs the best score only: the single-concept pages' scores are exact.
      const best = top[0]?.score ?? 0;
      const kept = full.filter((x) => x.matched >= 2 || x.score >= best * 0.25);
      assert.is(
        withoutWeak(full, perConcept.length).length,
        perConcept.length < 2 || full.filter((x) => x.matched >= 2).length < 2 ? full.length : kept.length,
      );
    }
  }
});
r.run();
