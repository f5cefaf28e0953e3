import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { combine, type Hit } from '../../../scripts/search/browser/rank.ts';

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

rank.run();
