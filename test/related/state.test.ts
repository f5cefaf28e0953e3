import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { updateRelated } from '../../scripts/related/index.ts';
import { alignIds, MAX_EDITED_SHARE } from '../../scripts/related/state.ts';
import { NOW } from './build-doc.ts';
import { syntheticArchive } from './synthetic.ts';

const share = suite('updateRelated: an update, or a full computation when most stories are re-signed');

const docs = syntheticArchive(80, 11);
const picks = (m: ReturnType<typeof updateRelated>['related']) => JSON.stringify([...m]);

// How many stories get a new signature (a change of code re-signs them all) → whether the update is full.
const cases: Array<[string, number, boolean]> = [
  ['one story re-signed: an update', 1, false],
  [`a share of ${MAX_EDITED_SHARE} re-signed: still an update`, Math.floor(docs.length * MAX_EDITED_SHARE), false],
  ['one more: a full computation', Math.floor(docs.length * MAX_EDITED_SHARE) + 1, true],
  ['every story re-signed (another code stamp): a full computation', docs.length, true],
];
for (const [name, resigned, full] of cases)
  share(name, () => {
    const first = updateRelated(docs, { now: NOW, signature: (d) => `code-1:${d.id}` });
    const moved = new Set(docs.slice(0, resigned).map((d) => d.id));
    const next = updateRelated(docs, {
      now: NOW,
      previous: first.state,
      signature: (d) => `${moved.has(d.id) ? 'code-2' : 'code-1'}:${d.id}`,
    });
    assert.is(next.full, full);
    assert.is(picks(next.related), picks(first.related));
  });

share.run();

const align = suite('alignIds: each story found in the previous state by one walk over both sorted id lists');

const aligned: Array<[string, string[], string[], number[] | undefined]> = [
  ['same stories', ['a', 'b', 'c'], ['a', 'b', 'c'], [0, 1, 2]],
  ['one added in the middle, one removed at the end', ['a', 'c', 'd'], ['a', 'b', 'c'], [0, -1, 1]],
  ['all new', ['a', 'b'], ['c', 'd'], [-1, -1]],
  ['none before', [], ['x'], [-1]],
  [
    'ids by code unit, as stored (Devanagari after Latin)',
    ['articles/2026/12/z.md', 'articles/2026/12/ज.md'],
    ['articles/2026/12/ज.md'],
    [1],
  ],
  ['a previous list out of order is not trusted', ['b', 'a'], ['a', 'b'], undefined],
  ['nor one with an id twice', ['a', 'a'], ['a'], undefined],
];
for (const [name, old, ids, want] of aligned)
  align(name, () => {
    const got = alignIds(old, ids);
    assert.equal(got && [...got], want);
  });

align.run();
