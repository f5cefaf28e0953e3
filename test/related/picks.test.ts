import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { updateRelated } from '../../scripts/related/index.ts';
import { doc, filler, NOW } from './build-doc.ts';
import { syntheticArchive } from './synthetic.ts';

const picks = suite('packed picks');

picks('each story, in id order, has the objects of its hits, the same scores and fallback marks', () => {
  const docs = [...syntheticArchive(80, 11)].reverse();
  const { picks: p, related } = updateRelated(docs, { now: NOW });
  assert.equal(
    p.stories.map((s) => s.id),
    docs.map((s) => s.id).sort(),
  );
  assert.ok(
    p.stories.every((s) => docs.includes(s)),
    'the stories given, not copies',
  );
  p.stories.forEach((s, d) => {
    const packed = [];
    for (let k = p.starts[d]!; k < p.starts[d + 1]!; k++) {
      const id = p.stories[p.picked[k]!]!.id;
      packed.push(p.fallback[k] ? { id, score: 0, fallback: true } : { id, score: p.scores[k]! });
    }
    assert.equal(packed, related.get(s.id));
  });
});

picks('a story with too few matches is filled with the latest of its category, marked, after its matches', () => {
  const docs = [
    doc({ id: 'a', title: 'बाड़मेर में ऊंट मेला शुरू', category: 'mela' }),
    doc({ id: 'b', title: 'ऊंट मेला बाड़मेर में रौनक', category: 'mela', daysAgo: 2 }),
    ...filler(6, 'mela'),
  ];
  const { picks: p } = updateRelated(docs, { now: NOW, count: 3 });
  const d = p.stories.findIndex((s) => s.id === 'a');
  const row = [...p.fallback.subarray(p.starts[d]!, p.starts[d + 1]!)];
  assert.equal(row, [0, 1, 1]);
  assert.is(p.stories[p.picked[p.starts[d]!]!]!.id, 'b');
  assert.equal([...p.scores.subarray(p.starts[d]! + 1, p.starts[d + 1]!)], [0, 0]);
});

picks.run();
