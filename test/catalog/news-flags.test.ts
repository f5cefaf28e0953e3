import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { breakingNow, MAX_BREAKING } from '../../scripts/catalog/news-flags.ts';
import { prepareSite } from '../../scripts/build/site-model.ts';
import type { Article } from '../../scripts/catalog/types.ts';
import { FIXTURES, NOW } from '../helpers/archive.ts';

const story = (id: string, extra: Partial<Article> = {}) => ({ id, ...extra }) as Article;
const HOUR = 3_600_000;

const breaking = suite('breakingNow: by the build clock');
const until = '2026-11-24T18:00:00.000+05:30';
// [name, now, expected ids]
const clock: Array<[string, number, string[]]> = [
  ['before the end', Date.parse(until) - HOUR, ['b']],
  ['a millisecond before the end', Date.parse(until) - 1, ['b']],
  ['at the end', Date.parse(until), []],
  ['after the end', Date.parse(until) + HOUR, []],
];
const list = [story('a'), story('b', { breakingUntil: until }), story('c')];
for (const [name, now, ids] of clock)
  breaking(name, () =>
    assert.equal(
      breakingNow(list, now).map((a) => a.id),
      ids,
    ),
  );
breaking(`at most ${MAX_BREAKING}, newest first`, () => {
  const many = ['a', 'b', 'c', 'd', 'e'].map((id) => story(id, { breakingUntil: until }));
  assert.equal(
    breakingNow(many, NOW).map((a) => a.id),
    ['a', 'b', 'c'],
  );
});
breaking("the fixture archive has its strip at the tests' NOW, and not a day later", () => {
  const m = prepareSite({ contentDir: join(FIXTURES, 'archive'), includeDrafts: false, includeFuture: false, now: NOW });
  assert.equal(
    breakingNow(m.catalog.articles, NOW).map((a) => a.id),
    ['articles/2026/11/mandi-bhav.md'],
  );
  assert.equal(breakingNow(m.catalog.articles, NOW + 24 * HOUR), []);
});
breaking.run();
