import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Article } from '../../scripts/catalog/types.ts';
import { packMonths, planShards, unitSizes } from '../../scripts/search/shards.ts';

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
const shape = (months: Record<string, number>, max: number) => packMonths(archive(months), max).map((s) => [s.id, s.articles.length]);

const plan = suite('packMonths');
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
    packMonths(archive(months), 7, 12).map((s) => [s.id, s.articles.length]),
    [['2026-07_2026-11', 12]],
  );
  assert.equal(
    packMonths(archive(months), 7, 11).map((s) => s.articles.length),
    [5, 7],
  );
  assert.equal(
    packMonths(archive(months), 7, 3).map((s) => s.articles.length),
    [5, 7],
    'a threshold under the shard size changes nothing',
  );
});

plan('publishing stories, also in a new month, changes only the newest shard', () => {
  const ids = (m: Record<string, number>) => packMonths(archive(m), 12).map((p) => `${p.id}:${p.articles.map((a) => a.id).join(',')}`);
  const before = ids({ '2026-11': 5, '2026-10': 6, '2026-09': 6, '2026-08': 6, '2026-07': 6 });
  assert.equal(before.length, 3);
  assert.equal(ids({ '2026-11': 6, '2026-10': 6, '2026-09': 6, '2026-08': 6, '2026-07': 6 }).slice(1), before.slice(1));
  assert.equal(ids({ '2026-12': 4, '2026-11': 5, '2026-10': 6, '2026-09': 6, '2026-08': 6, '2026-07': 6 }).slice(1), before.slice(1));
});
plan('articles in a shard are newest first whatever the input order', () => {
  const [shard] = packMonths(archive({ '2026-06': 5 }).reverse(), 10);
  const times = shard!.articles.map((a) => a.timestamp);
  assert.equal(
    times,
    [...times].sort((a, b) => b - a),
  );
});
plan('rejects a shard size that is not a positive whole number', () => {
  assert.throws(() => packMonths([], 0), /at least 1/);
  assert.throws(() => packMonths([], 2.5), /whole number/);
  assert.throws(() => planShards([], 10, 10, 0), /at least 1/);
});

plan.run();

/** Stories by day ("2026-11-03": 2), in the order given. */
function days(perDay: Record<string, number>): Article[] {
  return Object.entries(perDay).flatMap(([day, n]) =>
    Array.from({ length: n }, (_, i) => {
      const date = `${day}T00:00:00.000+05:30`;
      return { id: `${day}-${i}`, date, timestamp: Date.parse(date) + i } as Article;
    }),
  );
}
const newestFirst = (a: Article[]) => [...a].sort((x, y) => y.timestamp - x.timestamp);

const units = suite('units and the tail');
const unitCases: Array<[string, Record<string, number>, number, number[]]> = [
  ['days packed from the oldest, newest unit first', { '2026-11-01': 2, '2026-11-02': 2, '2026-11-03': 1 }, 4, [1, 4]],
  ['units span months', { '2026-10-31': 1, '2026-11-01': 1 }, 10, [2]],
  ['a day larger than a unit is cut into equal parts', { '2026-11-01': 7 }, 3, [2, 2, 3]],
  ['a large day closes the unit before it', { '2026-11-01': 1, '2026-11-02': 5 }, 3, [2, 3, 1]],
];
for (const [name, perDay, max, expected] of unitCases) units(name, () => assert.equal(unitSizes(newestFirst(days(perDay)), max), expected));

units('the newest unit is a shard of its own, named by its oldest day; the other shards keep their units', () => {
  const plans = planShards(days({ '2026-10-30': 3, '2026-11-01': 2, '2026-11-02': 2, '2026-11-03': 1 }), 100, 100, 3);
  assert.equal(
    plans.map((p) => [p.id, p.articles.length, p.units, p.tail ?? false]),
    [
      ['2026-11-02', 3, [3], true],
      ['2026-10_2026-11', 5, [2, 3], false],
    ],
  );
});
units('publishing a story changes the tail only, until its unit is full', () => {
  const ids = (perDay: Record<string, number>) =>
    planShards(days(perDay), 100, 100, 3).map((p) => `${p.id}:${p.articles.map((a) => a.id).join(',')}`);
  const before = ids({ '2026-11-01': 3, '2026-11-02': 1 });
  const after = ids({ '2026-11-01': 3, '2026-11-02': 2 });
  assert.equal(after.slice(1), before.slice(1));
  assert.is.not(after[0], before[0]);
});
units('a story of a new month changes the tail only: the shard before it keeps the id of the months it holds', () => {
  const ids = (perDay: Record<string, number>) =>
    planShards(days(perDay), 100, 100, 3).map((p) => `${p.id}:${p.articles.map((a) => a.id).join(',')}`);
  const before = ids({ '2026-10-30': 3, '2026-11-01': 2, '2026-11-02': 2 });
  const after = ids({ '2026-10-30': 3, '2026-11-01': 2, '2026-11-02': 2, '2026-12-01': 1 });
  assert.equal(after.slice(1), before.slice(1));
  assert.ok(after[1]!.startsWith('2026-10_2026-11:'), after[1]);
});
units('an archive of one unit is one shard, not a tail', () => {
  assert.equal(
    planShards(days({ '2026-11-01': 2 }), 100).map((p) => [p.units, p.tail ?? false]),
    [[[2], false]],
  );
});
units.run();
