import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { combine, withoutWeak, type Hit } from '../../../scripts/search/browser/rank.ts';

const h = (id: string, score: number, words: number[] = []): Hit => ({ id, score, words });
const rank = suite('combine');

rank('sums concept scores: pages matching most and rarest words first', () => {
  const ranked = combine([
    [[h('a', 1), h('b', 1), h('c', 1)]], // common word
    [[h('b', 5)]], // rare word
    [[h('a', 2), h('b', 2)]],
  ]);
  assert.equal(
    ranked.map((r) => [r.id, r.matched]),
    [
      ['b', 3],
      ['a', 2],
      ['c', 1],
    ],
  );
});
rank('a page missing a word still ranks (no empty result for a question)', () => {
  assert.equal(
    combine([[[h('a', 3)]], [[]]]).map((r) => r.id),
    ['a'],
  );
});
rank('spellings of one concept count once, at their best score', () => {
  const [r] = combine([[[h('a', 2, [4])], [h('a', 3, [9])]]]);
  assert.is(r!.score, 3);
  assert.is(r!.matched, 1);
  assert.equal(r!.best.words, [9]);
  assert.equal(r!.words, [4, 9]);
});
rank('coverage: all words beat one repeated rare word', () => {
  const ranked = combine([[[h('all', 2), h('one', 5)]], [[h('all', 2)]], [[h('all', 2)]]]);
  assert.equal(
    ranked.map((r) => r.id),
    ['all', 'one'],
  );
});
rank('collects the word positions of every concept, sorted', () => {
  const [r] = combine([[[h('a', 1, [7, 2])]], [[h('a', 1, [5])]]]);
  assert.equal(r!.words, [2, 5, 7]);
});
rank('ties: more concepts first, then id', () => {
  const ranked = combine([[[h('b', 1), h('a', 1)]]]);
  assert.equal(
    ranked.map((r) => r.id),
    ['a', 'b'],
  );
});
rank('nothing in, nothing out', () => assert.equal(combine([]), []));
rank('closeness: the page with the words side by side ranks above the one with them far apart', () => {
  const ranked = combine([[[h('far', 1, [3]), h('near', 1, [40])]], [[h('far', 1, [90]), h('near', 1, [42])]]]);
  assert.equal(
    ranked.map((r) => r.id),
    ['near', 'far'],
  );
  assert.ok(ranked[0]!.score > ranked[1]!.score);
});

rank.run();

const weak = suite('withoutWeak');
const r = (id: string, score: number, matched: number) => ({ id, score, matched, words: [], best: h(id, score) });
weak('with two pages matching several words, single-word pages far below the best go', () => {
  const ranked = [r('both', 8, 2), r('both2', 7, 2), r('water', 3, 1), r('shortage', 1, 1)];
  assert.equal(
    withoutWeak(ranked, 2).map((x) => x.id),
    ['both', 'both2', 'water'],
  );
});
weak('kept: one-word queries, and queries where fewer than two pages match several words', () => {
  const ranked = [r('a', 8, 1), r('b', 1, 1)];
  assert.equal(withoutWeak(ranked, 1).length, 2);
  assert.equal(withoutWeak([r('both', 8, 2), ...ranked], 2).length, 3);
});
weak.run();
