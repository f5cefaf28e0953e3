import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { blindDoc, precisionAtK, synthesize } from '../../scripts/related/eval.ts';

const evaluation = suite('eval helpers');
const record = (id: string, category: string) => ({ id, title: `शीर्षक ${id}`, body: `पहला पैरा ${id}`, category });

evaluation('blindDoc hides the label: every key is the same dummy, no tags, equal dates', () => {
  const a = blindDoc(record('a', 'khel'));
  const b = blindDoc(record('b', 'vyapar'));
  assert.equal([a.category, a.district, a.authors, a.tags, a.timestamp], [b.category, b.district, b.authors, b.tags, b.timestamp]);
  assert.not.ok(JSON.stringify(a).includes('khel'));
});

evaluation('precisionAtK counts same-label hits over all hits, fallbacks included', () => {
  const labels = new Map([
    ['a', 'x'],
    ['b', 'x'],
    ['c', 'y'],
    ['d', 'y'],
  ]);
  const related = new Map([
    [
      'a',
      [
        { id: 'b', score: 1 },
        { id: 'c', score: 0.5 },
      ],
    ],
    ['c', [{ id: 'd', score: 0, fallback: true as const }]],
  ]);
  assert.equal(precisionAtK(related, labels), { precision: 2 / 3, hits: 3, fallbacks: 1 });
  assert.equal(precisionAtK(new Map(), labels), { precision: 0, hits: 0, fallbacks: 0 });
});

evaluation('synthesize makes n distinct, deterministic records from few', () => {
  const records = [record('a', 'x'), record('b', 'y'), record('c', 'z')];
  const made = synthesize(records, 10);
  assert.is(made.length, 10);
  assert.is(new Set(made.map((r) => r.id)).size, 10);
  assert.equal(synthesize(records, 10), made);
});

evaluation.run();
