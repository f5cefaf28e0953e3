import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildRelated, type RelatedDoc, type RelatedOptions } from '../../scripts/related/index.ts';
import { doc, filler, ids, NOW } from './build-doc.ts';

const run = (docs: RelatedDoc[], options: RelatedOptions = {}) => buildRelated(docs, { now: NOW, ...options });
const source = doc({ id: 'source', title: 'गेहूं की सरकारी खरीद शुरू', text: 'मंडी में किसानों की भीड़ रही।' });

const signals = suite('signals');

signals('a shared district ranks an otherwise equal story first', () => {
  const docs = [
    source,
    doc({ id: 'a-other-district', title: 'गेहूं खरीद', district: 'ajmer' }),
    doc({ id: 'b-same-district', title: 'गेहूं खरीद', district: 'jaipur' }),
    ...filler(3),
  ];
  assert.equal(ids(run(docs), 'source').slice(0, 2), ['b-same-district', 'a-other-district']);
});

signals('a shared category and a shared author add too', () => {
  for (const [key, value] of [
    ['category', 'krishi'],
    ['author', 'meena'],
  ] as const) {
    const docs = [
      doc({ id: 'source', title: 'गेहूं की सरकारी खरीद शुरू', [key]: value }),
      doc({ id: 'a-plain', title: 'गेहूं खरीद' }),
      doc({ id: 'b-shared', title: 'गेहूं खरीद', [key]: value }),
      ...filler(3),
    ];
    assert.equal(ids(run(docs), 'source').slice(0, 2), ['b-shared', 'a-plain'], key);
  }
});

signals('shared tags add, and a shared tag alone makes a story a candidate', () => {
  const withTag = { ...source, tags: ['Rabi Kharid'] };
  const docs = [
    withTag,
    doc({ id: 'a-untagged', title: 'गेहूं खरीद' }),
    doc({ id: 'b-tagged', title: 'गेहूं खरीद', tags: ['rabi kharid'] }),
    doc({ id: 'c-tag-only', title: 'बिजली कटौती', tags: ['rabi kharid'] }),
    ...filler(3),
  ];
  const result = run(docs);
  assert.equal(ids(result, 'source').slice(0, 2), ['b-tagged', 'a-untagged']);
  const tagOnly = result.get('source')!.find((h) => h.id === 'c-tag-only');
  assert.ok(tagOnly && !tagOnly.fallback && tagOnly.score > 0, 'found through the tag, not as a fallback');
});

signals('a rare shared word weighs more than a common one', () => {
  const common = ['बारिश', 'बारिश मौसम', 'बारिश सड़क', 'बारिश स्कूल', 'बारिश बिजली'];
  const docs = [
    doc({ id: 'source', title: 'ओलावृष्टि और बारिश' }),
    doc({ id: 'a-common', title: 'बारिश पानी' }),
    doc({ id: 'b-rare', title: 'ओलावृष्टि पानी' }),
    ...common.map((title, i) => doc({ id: `rain-${i}`, title, daysAgo: 30 })),
  ];
  assert.is(ids(run(docs, { internal: { expansion: 0 } }), 'source')[0], 'b-rare');
  assert.is(ids(run(docs), 'source')[0], 'b-rare', 'with expansion too');
});

signals('inflected forms match: किसानों finds किसान, चुनावों finds चुनाव', () => {
  const docs = [
    doc({ id: 'source', title: 'किसानों ने चुनावों का बहिष्कार किया' }),
    doc({ id: 'match', title: 'किसान चुनाव बहिष्कार' }),
    ...filler(5),
  ];
  const [first] = run(docs).get('source')!;
  assert.is(first!.id, 'match');
  assert.not.ok(first!.fallback);
});

signals('a word in the title counts more than the same word in the body', () => {
  const docs = [
    doc({ id: 'source', title: 'तेंदुआ दिखा', text: 'गांव में दहशत।' }),
    doc({ id: 'a-body', title: 'वन विभाग', text: 'तेंदुआ दिखा।' }),
    doc({ id: 'b-title', title: 'तेंदुआ दिखा', text: 'वन विभाग।' }),
    ...filler(3),
  ];
  assert.is(ids(run(docs), 'source')[0], 'b-title');
});

const order = suite('tie order');

order('recency: this week beats six years ago when the text is equal', () => {
  const docs = [
    source,
    doc({ id: 'a-old', title: 'गेहूं खरीद', daysAgo: 6 * 365 }),
    doc({ id: 'b-new', title: 'गेहूं खरीद', daysAgo: 3 }),
    ...filler(3),
  ];
  const hits = run(docs).get('source')!;
  assert.equal(
    hits.slice(0, 2).map((h) => h.id),
    ['b-new', 'a-old'],
  );
  assert.ok(hits[0]!.score > hits[1]!.score, 'by score, not only by the date tie-break');
});

order('equal score: newer first, then id ascending', () => {
  const docs = [
    source,
    doc({ id: 'c', title: 'गेहूं खरीद', daysAgo: 2 }),
    doc({ id: 'b', title: 'गेहूं खरीद', daysAgo: 2 }),
    doc({ id: 'a', title: 'गेहूं खरीद', daysAgo: 5 }),
    ...filler(3),
  ];
  const result = run(docs, { weights: { recency: 0 } });
  const hits = result.get('source')!.slice(0, 3);
  assert.is(new Set(hits.map((h) => h.score)).size, 1, 'the three tie');
  assert.equal(
    hits.map((h) => h.id),
    ['b', 'c', 'a'],
  );
});

order('same input, same output; input order does not change the lists', () => {
  const docs = [
    source,
    ...['गेहूं खरीद', 'सरकारी खरीद केंद्र', 'मंडी भीड़', 'किसानों की भीड़', 'गेहूं मंडी'].map((title, i) => doc({ id: `d${i}`, title, daysAgo: i })),
    ...filler(4),
  ];
  const first = run(docs);
  assert.equal([...run(docs)], [...first]);
  const reversed = run([...docs].reverse());
  for (const d of docs) assert.equal(reversed.get(d.id), first.get(d.id), d.id);
});

signals.run();
order.run();
