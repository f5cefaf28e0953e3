import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildRelated, type RelatedDoc, type RelatedOptions } from '../../scripts/related/index.ts';
import { doc, filler, ids, NOW } from './build-doc.ts';

const run = (docs: RelatedDoc[], options: RelatedOptions = {}) => buildRelated(docs, { now: NOW, ...options });
const story = (id: string, extra = {}) => doc({ id, title: 'जयपुर मेट्रो का दूसरा चरण', text: 'मेट्रो के नए स्टेशन।', ...extra });

const never = suite('exclusions');

never('never the story itself, even as its own best match', () => {
  const result = run([story('a'), story('b'), ...filler(3)]);
  for (const id of ['a', 'b']) assert.not.ok(ids(result, id).includes(id), id);
});

never('drafts are never offered, but get their own list', () => {
  const result = run([story('a'), story('draft', { draft: true }), story('b'), ...filler(3)]);
  assert.not.ok(ids(result, 'a').includes('draft'));
  assert.not.ok(ids(result, 'b').includes('draft'));
  assert.is(ids(result, 'draft')[0], 'a');
});

never('stories dated after now are never offered', () => {
  const result = run([story('a'), story('tomorrow', { daysAgo: -1 }), story('b'), ...filler(3)]);
  assert.not.ok([...result.values()].flat().some((h) => h.id === 'tomorrow'));
  assert.ok(
    ids(run([story('a'), story('tomorrow', { daysAgo: -1 })], { now: NOW + 2 * 86_400_000 }), 'a').includes('tomorrow'),
    'once now has passed its date, it is offered',
  );
});

never('no duplicates and at most count hits, matches and fallbacks together', () => {
  const docs = [...Array.from({ length: 8 }, (_, i) => story(`s${i}`, { daysAgo: i })), ...filler(8)];
  for (const count of [1, 3, 5, 12]) {
    const result = run(docs, { count });
    for (const [id, hits] of result) {
      assert.ok(hits.length <= count, `${id}: ${hits.length} > ${count}`);
      assert.is(new Set(hits.map((h) => h.id)).size, hits.length, `${id} has a duplicate`);
    }
  }
});

never('every story gets a list, an empty archive gives an empty map', () => {
  const docs = [story('a'), ...filler(2)];
  assert.equal([...run(docs).keys()].sort(), docs.map((d) => d.id).sort());
  assert.is(run([]).size, 0);
});

const fallback = suite('fallback');

fallback('a story with no match gets the latest stories of its category, marked', () => {
  const docs = [
    doc({ id: 'lonely', title: 'अनोखा शीर्षक', category: 'khel' }),
    doc({ id: 'k-old', title: 'कबड्डी', category: 'khel', daysAgo: 9 }),
    doc({ id: 'k-new', title: 'क्रिकेट', category: 'khel', daysAgo: 2 }),
    doc({ id: 'k-draft', title: 'हॉकी', category: 'khel', daysAgo: 1, draft: true }),
    doc({ id: 'k-future', title: 'तीरंदाजी', category: 'khel', daysAgo: -3 }),
    doc({ id: 'other', title: 'बजट', category: 'vyapar', daysAgo: 0 }),
  ];
  assert.equal(run(docs).get('lonely'), [
    { id: 'k-new', score: 0, fallback: true },
    { id: 'k-old', score: 0, fallback: true },
  ]);
});

fallback('matches come first, then fallbacks fill the empty slots without repeating them', () => {
  const docs = [story('a', { category: 'shahar' }), story('b', { category: 'shahar', daysAgo: 20 }), ...filler(6, 'shahar')];
  const hits = run(docs).get('a')!;
  assert.is(hits.length, 5);
  assert.equal(hits[0], { id: 'b', score: hits[0]!.score });
  assert.ok(hits.slice(1).every((h) => h.fallback === true && h.score === 0));
  assert.equal(
    hits.slice(1).map((h) => h.id),
    ['filler-00', 'filler-01', 'filler-02', 'filler-03'],
  );
});

fallback('a match below minScore does not count: its slot is a fallback', () => {
  // b differs from a by one word that another story shares, so their similarity is below 1.
  const docs = [
    story('a'),
    story('b', { text: 'मेट्रो के नए स्टेशन और डिपो।' }),
    doc({ id: 'c-depot', title: 'बस डिपो', daysAgo: 30 }),
    ...filler(3),
  ];
  const hits = run(docs, { minScore: 1 }).get('a')!;
  assert.ok(hits.every((h) => h.fallback === true));
  assert.is(hits[0]!.id, 'b', 'b is still the latest story of the category');
});

never.run();
fallback.run();
