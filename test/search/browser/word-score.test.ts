import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { idf, lengthBonus, pageScore, RANKING } from '../../../scripts/search/browser/word-score.ts';

const score = suite('word-score');
score('rarer words weigh more; a word on every page still weighs a little', () => {
  assert.ok(idf(1000, 1) > idf(1000, 10));
  assert.ok(idf(1000, 10) > idf(1000, 500));
  assert.ok(idf(1000, 1000) > 0);
});
score('the word itself counts fully, a longer or shorter index word less than half, never below 0.4', () => {
  assert.is(lengthBonus(0), 1);
  assert.ok(lengthBonus(1) < 0.5 && lengthBonus(1) > lengthBonus(2));
  assert.ok(lengthBonus(20) >= 0.4);
});
const at = (words: number[], length = 100, fields: Array<[string, number]> = []) =>
  pageScore({ words, length, fields: new Map(fields) }, 2, 100);
score('BM25: more occurrences score more but saturate; longer pages score less', () => {
  assert.ok(at([2]) > at([1]));
  assert.ok(at([20]) - at([10]) < at([2]) - at([1]));
  assert.ok(at([1], 400) < at([1], 100));
  assert.ok(at([1]) < 2 * RANKING.text * (RANKING.saturation + 1));
});
score('a word in the headline outweighs it in the text; other fields count once its rarity', () => {
  assert.ok(at([], 100, [['title', 1]]) > at([3]));
  assert.is(at([], 100, [['category', 1]]), 2 * RANKING.otherFields);
  assert.is(at([], 100, [['title', 1]]), 2 * RANKING.fields.title!);
});
score('each matching index word is scored on its own and summed', () => {
  assert.ok(at([1, 1]) > at([2]));
  assert.is(at([]), 0);
});
score.run();
