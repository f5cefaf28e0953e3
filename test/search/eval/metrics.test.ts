import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { scoreQuery, summarize } from '../../../scripts/search/eval/metrics.ts';

const score = suite('scoreQuery');
const cases: Array<[string[], string[], { rr10: number; recall10: number; noResults: boolean }]> = [
  [['a', 'b'], ['a'], { rr10: 1, recall10: 1, noResults: false }],
  [['x', 'a'], ['a'], { rr10: 0.5, recall10: 1, noResults: false }],
  [['x', 'a', 'y', 'b'], ['a', 'b', 'c', 'd'], { rr10: 0.5, recall10: 0.5, noResults: false }],
  [[...'abcdefghij', 'z'], ['z'], { rr10: 0, recall10: 0, noResults: false }],
  [[], ['a'], { rr10: 0, recall10: 0, noResults: true }],
];
for (const [ranked, relevant, expected] of cases)
  score(`${ranked.join('')} / ${relevant.join('')}`, () => assert.equal(scoreQuery(ranked, relevant), expected));

const summary = suite('summarize');
summary('means, rounded to 4 places; counts queries without results', () => {
  assert.equal(summarize([scoreQuery(['a'], ['a']), scoreQuery(['x', 'y', 'a'], ['a']), scoreQuery([], ['a'])]), {
    queries: 3,
    mrr10: 0.4444,
    recall10: 0.6667,
    noResults: 1,
  });
});
summary('no queries', () => assert.equal(summarize([]), { queries: 0, mrr10: 0, recall10: 0, noResults: 0 }));

score.run();
summary.run();
