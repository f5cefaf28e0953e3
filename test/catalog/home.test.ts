import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { layOutHome, pickLead, timeOfDay, type HomePage } from '../../scripts/catalog/home.ts';
import { prepareSite } from '../../scripts/build/site-model.ts';
import type { Article } from '../../scripts/catalog/types.ts';
import type { Category } from '../../scripts/content/schema.ts';
import { FIXTURES, NOW } from '../helpers/archive.ts';

const cat = (slug: string) => ({ slug, name: slug }) as Category;
const PIC = { src: '/images/x.jpg', alt: 'चित्र' };
/** A story in category `c` (default `a`); newest first is the order the tests write them in. */
const story = (id: string, extra: Partial<Article> & { c?: string } = {}) =>
  ({ id, date: '2026-11-23T00:00:00.000+05:30', category: cat(extra.c ?? 'a'), ...extra }) as Article;
const ids = (list: readonly Article[]) => list.map((a) => a.id);
const everyId = (home: HomePage) => [
  ...(home.lead ? [home.lead.id] : []),
  ...ids(home.top),
  ...home.latest.map((l) => l.article.id),
  ...home.sections.flatMap((s) => ids(s.items)),
];

const lead = suite('pickLead: featured, else a picture, else the newest');
// [name, stories, expected lead id]
const leads: Array<[string, Article[], string | undefined]> = [
  [
    'the newest featured story, even older ones with pictures before it',
    [story('a', { image: PIC }), story('b', { featured: true }), story('c', { featured: true })],
    'b',
  ],
  ['no featured story: the newest with a picture', [story('a'), story('b', { image: PIC }), story('c', { image: PIC })], 'b'],
  ['neither: the newest', [story('a'), story('b')], 'a'],
  ['an empty archive has no lead', [], undefined],
];
for (const [name, list, expected] of leads) lead(name, () => assert.is(pickLead(list)?.id, expected));
lead.run();

const time = suite('timeOfDay');
const times: Array<[string, string | undefined]> = [
  ['2026-11-29T16:20:00.000+05:30', '16:20'],
  ['2026-11-29T09:05:00.000+05:30', '09:05'],
  ['2026-11-29T00:00:00.000+05:30', undefined],
  ['2026-11-29', undefined],
];
for (const [iso, expected] of times) time(iso, () => assert.is(timeOfDay(iso), expected));
time.run();

const layout = suite('layOutHome');
const small = { top: 2, latest: 2, perSection: 2 };
layout('lead, top, latest and sections in order; no story twice', () => {
  const list = [
    story('n1', { c: 'a' }),
    story('n2', { c: 'b', image: PIC }),
    story('n3', { c: 'a' }),
    story('n4', { c: 'b' }),
    story('n5', { c: 'a' }),
    story('n6', { c: 'b' }),
    story('n7', { c: 'a' }),
    story('n8', { c: 'b' }),
    story('n9', { c: 'a' }),
  ];
  const home = layOutHome(list, [cat('b'), cat('a'), cat('empty')], small);
  assert.is(home.lead?.id, 'n2');
  assert.equal(ids(home.top), ['n1', 'n3']);
  assert.equal(
    home.latest.map((l) => l.article.id),
    ['n4', 'n5'],
  );
  assert.equal(
    home.sections.map((s) => [s.category.slug, ids(s.items)]),
    [
      ['b', ['n6', 'n8']],
      ['a', ['n7', 'n9']],
    ],
  );
  const all = everyId(home);
  assert.is(new Set(all).size, all.length);
});
layout('a section whose stories are all shown above is left out', () => {
  const home = layOutHome([story('x', { c: 'a' }), story('y', { c: 'b' })], [cat('a'), cat('b')], small);
  assert.equal(home.sections, []);
});
layout('the latest list carries the time of day when the story has one', () => {
  const home = layOutHome([story('l'), story('t'), story('m', { date: '2026-11-29T16:20:00.000+05:30' }), story('d')], [cat('a')], {
    top: 1,
    latest: 2,
    perSection: 0,
  });
  assert.equal(home.latest, [{ article: home.latest[0]!.article, time: '16:20' }, { article: home.latest[1]!.article }]);
  assert.equal(home.sections, []);
});
layout('an empty archive: no lead, nothing else', () => {
  assert.equal(layOutHome([], [cat('a')]), { top: [], latest: [], sections: [] });
});
layout('the fixture archive: the featured story leads and nothing repeats', () => {
  const m = prepareSite({ contentDir: join(FIXTURES, 'archive'), includeDrafts: false, includeFuture: false, now: NOW });
  const home = layOutHome(m.catalog.articles, m.catalog.categories, small);
  assert.ok(home.lead?.featured);
  assert.is(home.top.length, small.top);
  const all = everyId(home);
  assert.is(new Set(all).size, all.length);
  assert.ok(home.sections.length > 0);
});
layout.run();
