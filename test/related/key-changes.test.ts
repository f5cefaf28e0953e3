import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { keyChanges } from '../../scripts/related/key-changes.ts';
import { internKeys } from '../../scripts/related/keys.ts';
import { metaSignature } from '../../scripts/related/state.ts';
import type { RelatedDoc } from '../../scripts/related/types.ts';
import { doc } from './build-doc.ts';

/** Stories by id and tags; ids sort in the order given. */
const archive = (tags: Record<string, string[]>): RelatedDoc[] => Object.entries(tags).map(([id, t]) => doc({ id, tags: t }));

/** keyChanges from `before` to `after` (stories matched by id), with a tag cap of `cap` stories. */
function changes(before: RelatedDoc[], after: RelatedDoc[], cap = 3, flippedIds: string[] = []) {
  const old = new Map(before.map((d, i) => [d.id, i]));
  const toOld = Int32Array.from(after, (d) => old.get(d.id) ?? -1);
  const toNew = new Int32Array(before.length).fill(-1);
  toOld.forEach((o, d) => o >= 0 && (toNew[o] = d));
  const oldMetas = before.map(metaSignature);
  const metaChanged = Uint8Array.from(after, (d, i) => (toOld[i]! >= 0 && oldMetas[toOld[i]!] !== metaSignature(d) ? 1 : 0));
  const flipped = Uint8Array.from(after, (d) => (flippedIds.includes(d.id) ? 1 : 0));
  const keys = internKeys(after, cap, 250);
  const r = keyChanges({ tags: after.map((d) => d.tags), keys, toOld, toNew, metaChanged, flipped, oldMetas, cap });
  const ids = (mark: Uint8Array) => after.filter((_, i) => mark[i]).map((d) => d.id);
  return { keyChanged: ids(r.keyChanged), tagReaders: ids(r.tagReaders) };
}

const base = { a: ['Mandi'], b: ['mandi'], c: ['बारिश'], d: [] };
const CASES: [string, Record<string, string[]>, Record<string, string[]>, { keyChanged: string[]; tagReaders: string[] }, string[]?][] = [
  ['nothing changed', base, base, { keyChanged: [], tagReaders: [] }],
  [
    'a new story on an indexed tag: its keys, and the tag reaches its holders (case and spaces folded)',
    base,
    { ...base, e: [' MANDI '] },
    { keyChanged: ['e'], tagReaders: ['a', 'b', 'e'] },
  ],
  [
    "a tag's second story arrives: the first one's indexed tags change",
    base,
    { ...base, e: ['बारिश'] },
    { keyChanged: ['c', 'e'], tagReaders: ['c', 'e'] },
  ],
  [
    'a tag grows past the cap: every holder loses it',
    { ...base, e: ['mandi'] },
    { ...base, e: ['mandi'], f: ['mandi'] },
    { keyChanged: ['a', 'b', 'e', 'f'], tagReaders: ['a', 'b', 'e', 'f'] },
  ],
  ['a story removed: the holders left of its indexed tag', { ...base, e: ['mandi'] }, base, { keyChanged: [], tagReaders: ['a', 'b'] }],
  ['a tag on one story only, before and after: nobody reads it', base, { ...base, d: ['सड़क'] }, { keyChanged: ['d'], tagReaders: [] }],
  ['a story offered now and not before: holders of its tags, no key change', base, base, { keyChanged: [], tagReaders: ['a', 'b'] }, ['b']],
];

const test = suite('keyChanges');
for (const [name, before, after, expected, flipped] of CASES)
  test(name, () => {
    assert.equal(changes(archive(before), archive(after), 3, flipped), expected);
  });
test.run();
