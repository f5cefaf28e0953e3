import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Article } from '../../scripts/catalog/types.ts';
import { planShards } from '../../scripts/search/shards.ts';

/** Articles with only the fields planning reads: n per month ("2026-11": 3), in the order given. */
function archive(perMonth: Record<string, number>): Article[] {
  const out: Article[] = [];
  for (const [month, n] of Object.entries(perMonth)) {
    for (let i = 0; i < n; i++) {
      const date = `${month}-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00.000+05:30`;
      out.push({ id: `${month}-${i}`, date, timestamp: Date.parse(date) } as Article);
    }
  }
  return out;
}
const shape = (months: Record<string, number>, max: number) => planShards(archive(months), max).map((s) => [s.id, s.articles.length]);

const plan = suite('planShards');
const cases: Array<[string, Record<string, number>, number, Array<[string, number]>]> = [
  ['an archive that fits is one shard, named by its months', { '2026-11': 3, '2025-02': 4 }, 100, [['2025-02_2026-11', 7]]],
  ['one month only', { '2026-11': 3 }, 3, [['2026-11', 3]]],
  [
    'months packed from the oldest end, at most N a shard',
    { '2026-11': 2, '2026-10': 3, '2026-09': 3, '2026-08': 3, '2026-07': 1 },
    7,
    [
      ['2026-10_2026-11', 5],
      ['2026-07_2026-09', 7],
    ],
  ],
  [
    'a newest shard under a quarter of N joins the one before (word statistics of a tiny shard skew ranking)',
    { '2026-11': 1, '2026-10': 4, '2026-09': 4 },
    8,
    [['2026-09_2026-11', 9]],
  ],
  [
    'a month larger than a shard is cut into equal parts, newest part first',
    { '2026-11': 2, '2026-10': 10, '2026-09': 2 },
    4,
    [
      ['2026-11', 2],
      ['2026-10-p1', 4],
      ['2026-10-p2', 4],
      ['2026-10-p3', 2],
      ['2026-09', 2],
    ],
  ],
  [
    'a small newest shard does not join a cut month',
    { '2026-11': 1, '2026-10': 5 },
    4,
    [
      ['2026-11', 1],
      ['2026-10-p1', 3],
      ['2026-10-p2', 2],
    ],
  ],
  ['no articles, no shards', {}, 10, []],
];
for (const [name, months, max, expected] of cases) plan(name, () => assert.equal(shape(months, max), expected));

plan('an archive of at most oneShardUpTo stories is one shard even when larger than a shard', () => {
  const months = { '2026-11': 2, '2026-10': 3, '2026-09': 3, '2026-08': 3, '2026-07': 1 };
  assert.equal(
    planShards(archive(months), 7, 12).map((s) => [s.id, s.articles.length]),
    [['2026-07_2026-11', 12]],
  );
  assert.equal(
    planShards(archive(months), 7, 11).map((s) => s.articles.length),
    [5, 7],
  );
  assert.equal(
    planShards(archive(months), 7, 3).map((s) => s.articles.length),
    [5, 7],
    'a threshold under the shard size changes nothing',
  );
});

plan('publishing stories, also in a new month, changes only the newest shard', () => {
  const ids = (m: Record<string, number>) => planShards(archive(m), 12).map((p) => `${p.id}:${p.articles.map((a) => a.id).join(',')}`);
  const before = ids({ '2026-11': 5, '2026-10': 6, '2026-09': 6, '2026-08': 6, '2026-07': 6 });
  assert.equal(before.length, 3);
  assert.equal(ids({ '2026-11': 6, '2026-10': 6, '2026-09': 6, '2026-08': 6, '2026-07': 6 }).slice(1), before.slice(1));
  assert.equal(ids({ '2026-12': 4, '2026-11': 5, '2026-10': 6, '2026-09': 6, '2026-08': 6, '2026-07': 6 }).slice(1), before.slice(1));
});
plan('articles in a shard are newest first whatever the input order', () => {
  const [shard] = planShards(archive({ '2026-06': 5 }).reverse(), 10);
  const times = shard!.articles.map((a) => a.timestamp);
  assert.equal(
    times,
    [...times].sort((a, b) => b - a),
  );
});
plan('rejects a shard size that is not a positive whole number', () => {
  assert.throws(() => planShards([], 0), /at least 1/);
  assert.throws(() => planShards([], 2.5), /whole number/);
});

plan.run();
