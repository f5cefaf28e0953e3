import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { buildRelated, type RelatedDoc, type RelatedState, updateRelated } from '../../scripts/related/index.ts';
import { doc, NOW } from './build-doc.ts';
import { syntheticArchive } from './synthetic.ts';

/**
 * The key property of incremental related lists (#23): after any sequence of changes, the lists
 * computed from the previous state equal, byte for byte, the lists computed from scratch.
 */
const inc = suite('incremental related lists = full computation');

const DAY = 86_400_000;
const WORDS = ['नहर', 'मरम्मत', 'किसान', 'मंडी', 'बाड़मेर', 'पुलिस', 'चोरी', 'बारिश', 'स्कूल', 'परीक्षा', 'मेला', 'ऊंट', 'सड़क', 'बिजली'];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));

/** One change to the archive: the index picks a story (modulo the archive's size). */
const change = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    title: text,
    body: text,
    daysAgo: fc.integer({ min: -3, max: 900 }),
    tag: fc.constantFrom('', 'नहर', 'मेला'),
  }),
  fc.record({ kind: fc.constant('title' as const), at: fc.nat(), title: text }),
  fc.record({ kind: fc.constant('body' as const), at: fc.nat(), body: text }),
  fc.record({
    kind: fc.constant('keys' as const),
    at: fc.nat(),
    category: fc.constantFrom('c0', 'c1', 'c2'),
    tag: fc.constantFrom('', 'नहर', 'गेहूं'),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  // A story's date corrected: it may move in or out of the reference set with its text unchanged.
  fc.record({ kind: fc.constant('date' as const), at: fc.nat(), daysAgo: fc.integer({ min: 0, max: 60 }) }),
  fc.record({ kind: fc.constant('publish' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('clock' as const), days: fc.integer({ min: 1, max: 40 }) }),
);
type Change = typeof change extends fc.Arbitrary<infer C> ? C : never;

let added = 0;
function apply(docs: RelatedDoc[], c: Change, now: number): [RelatedDoc[], number] {
  if (c.kind === 'clock') return [docs, now + c.days * DAY];
  if (c.kind === 'add') {
    const id = `new-${added++}`;
    return [
      [...docs, doc({ id, title: c.title, text: c.body, daysAgo: c.daysAgo, tags: c.tag ? [c.tag] : [], category: 'c1' })].map((d) =>
        d.id === id ? { ...d, timestamp: now - c.daysAgo * DAY } : d,
      ),
      now,
    ];
  }
  const i = c.at % docs.length;
  const d = docs[i]!;
  const next = [...docs];
  if (c.kind === 'delete') next.splice(i, 1);
  else if (c.kind === 'title') next[i] = { ...d, title: c.title };
  else if (c.kind === 'body') next[i] = { ...d, text: c.body };
  else if (c.kind === 'date') next[i] = { ...d, timestamp: now - c.daysAgo * DAY };
  else if (c.kind === 'keys') next[i] = { ...d, category: { slug: c.category }, tags: c.tag ? [c.tag] : [] };
  else next[i] = { ...d, draft: d.draft ? undefined : true };
  return [next, now];
}

const base = syntheticArchive(260, 3);

/** Whether two states hold the same document frequencies and reference set (an update keeps terms no story holds any more, at 0). */
function sameFrequencies(a: RelatedState, b: RelatedState): boolean {
  const of = (s: RelatedState) => new Map(s.vocabulary.flatMap((t, i) => (s.df[i] ? [[t, `${s.df[i]}/${s.dfRef[i]}`]] : [])));
  return JSON.stringify([...of(a)]) === JSON.stringify([...of(b)]) && a.ref.join() === b.ref.join();
}
const listsOf = (m: Map<string, unknown>) => JSON.stringify([...m].sort(([a], [b]) => (a < b ? -1 : 1)));

/**
 * Tight limits make windows end inside lists and lists hit their cap, so a change shifts which entries
 * a story reads at a window's end (reader-check.ts must catch a kept neighbour read no more).
 */
const TIGHT = { maxScan: 30, maxPostings: 6, candidates: 6, expansionNeighbours: 4 };

for (const [name, internal, minPartial] of [
  ['', undefined, 20],
  [', with tight scan windows and list caps', TIGHT, 10],
] as const)
  inc(`after every change of a random sequence, the lists from the previous state equal a full computation${name}`, () => {
    let partial = 0;
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 6 }), (changes) => {
        let docs = base;
        let now = NOW;
        let state: RelatedState = updateRelated(docs, { now, internal }).state;
        for (const c of changes) {
          [docs, now] = apply(docs, c, now);
          const update = updateRelated(docs, { now, previous: state, internal });
          const fresh = updateRelated(docs, { now, internal });
          if (listsOf(update.related) !== listsOf(fresh.related)) return false;
          if (!sameFrequencies(update.state, fresh.state)) return false;
          if (!update.full && update.recomputed < docs.length) partial++;
          state = update.state;
        }
        return true;
      }),
      { numRuns: 40, seed: 23 },
    );
    assert.ok(partial > minPartial, `most updates recompute only part of the lists (${partial})`);
  });

inc('a state made on two threads serves an update like one made on one', () => {
  const docs = syntheticArchive(2400, 11);
  const { state } = updateRelated(docs, { now: NOW, threads: 2 });
  const story = doc({ id: 'story-x', title: 'गेहूं मंडी किसानों खरीद', text: 'समर्थन मूल्य तौल मंडी', category: 'c0', daysAgo: 3 });
  const next = [...docs, story].map((d, i) => (i === 100 ? { ...d, title: `${d.title} बाढ़ राहत` } : d));
  const update = updateRelated(next, { now: NOW, previous: state });
  assert.not.ok(update.full);
  assert.is(listsOf(update.related), listsOf(buildRelated(next, { now: NOW })));
});

inc.run();
