import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Article } from '../../scripts/catalog/types.ts';
import { planShards } from '../../scripts/search/shards.ts';

/** Articles with only the fields planning reads: n per year, newest year first. */
function archive(perYear: Record<string, number>): Article[] {
  const out: Article[] = [];
  for (const [year, n] of Object.entries(perYear)) {
    for (let i = 0; i < n; i++) {
      const date = `${year}-06-${String(10 + (i % 15)).padStart(2, '0')}T00:00:00.000+05:30`;
      out.push({ id: `${year}-${i}`, date, timestamp: Date.parse(date) } as Article);
    }
  }
  return out;
}

const plan = suite('planShards');
const cases: Array<[string, Record<string, number>, number, Array<[string, number]>]> = [
  ['a small archive is one shard', { 2026: 3, 2025: 4 }, 100, [['2025-2026', 7]]],
  ['years merge while they fit, newest first', { 2026: 3, 2025: 4, 2024: 3 }, 7, [['2025-2026', 7], ['2024', 3]]],
  ['a year that does not fit starts a shard', { 2026: 5, 2025: 4 }, 8, [['2026', 5], ['2025', 4]]],
  ['a year larger than a shard is cut into equal parts', { 2026: 10, 2025: 2 }, 4, [['2026-1', 4], ['2026-2', 4], ['2026-3', 2], ['2025', 2]]],
  ['no articles, no shards', {}, 10, []],
];
for (const [name, years, max, expected] of cases) {
  plan(name, () => {
    assert.equal(planShards(archive(years), max).map((s) => [s.id, s.articles.length]), expected);
  });
}
plan('articles in a shard are newest first whatever the input order', () => {
  const [shard] = planShards(archive({ 2026: 5 }).reverse(), 10);
  const times = shard!.articles.map((a) => a.timestamp);
  assert.equal(times, [...times].sort((a, b) => b - a));
});
plan('rejects a shard size that is not a positive whole number', () => {
  assert.throws(() => planShards([], 0), /at least 1/);
  assert.throws(() => planShards([], 2.5), /whole number/);
});

plan.run();
