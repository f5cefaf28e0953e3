import { createHash } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compareKeys } from '../../scripts/search/browser/index-format.ts';
import type { ShardEntries } from '../../scripts/search/word-entries.ts';
import { carryAt, changedKeys, joinWordFiles, seek, type WordFile } from '../../scripts/search/word-join.ts';
import { packEntry } from '../../scripts/search/word-postings.ts';

const cut = { fileBytes: 400, cutEvery: 4 };

/** Four shards of random keys in small chunks, entries of one to six postings (a chunk's listed start now and then without one). */
function shards(seed = 7): ShardEntries[] {
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor((seed / 2147483648) * n));
  const word = () => Array.from({ length: 1 + rnd(5) }, () => 'abcd'[rnd(4)]).join('');
  return Array.from({ length: 4 }, () => {
    const keys = [...new Set(Array.from({ length: 150 }, word))].sort(compareKeys);
    let chunk = 0;
    const chunks = keys.map((_, i) => (i > 0 && rnd(8) === 0 ? ++chunk : chunk));
    const entries = keys.map(() => (rnd(15) === 0 ? undefined : entry(1 + rnd(6), rnd(50))));
    return { keys, chunks, entries };
  });
}

function entry(postings: number, salt: number): Uint8Array {
  return packEntry(
    Array.from({ length: postings }, (_, n) => [1 + n, [-25, salt, salt + n], [], 64]),
    [],
  );
}

/** A join with a store that names files by their bytes; `packed` counts the files it packed. */
function join(lists: readonly ShardEntries[], before?: Parameters<typeof joinWordFiles>[4]) {
  let packed = 0;
  const write = (f: { main: Uint8Array; positions: Uint8Array }) => (
    packed++, createHash('sha256').update(f.main).update(f.positions).digest('hex').slice(0, 10)
  );
  const files = joinWordFiles(lists, cut, write, () => {}, before);
  return { files, packed };
}

/** Files `key` in its place in `l`, in the chunk of the key before it. */
function insert(l: ShardEntries, key: string, e: Uint8Array): void {
  const i = seek(l.keys, key);
  l.keys.splice(i, 0, key);
  l.chunks.splice(i, 0, l.chunks[Math.max(0, i - 1)]!);
  l.entries.splice(i, 0, e);
}

const clone = (l: ShardEntries): ShardEntries => ({ keys: [...l.keys], chunks: [...l.chunks], entries: [...l.entries] });
const mid = (l: ShardEntries) => Math.floor(l.keys.length / 2);

const cases: Array<[what: string, edit: (lists: ShardEntries[]) => void]> = [
  ['nothing', () => {}],
  ['a word added', (l) => insert(l[1]!, 'bbbbbz', entry(2, 3))],
  ['a word removed', (l) => void [l[2]!.keys, l[2]!.chunks, l[2]!.entries].forEach((a) => a.splice(mid(l[2]!), 1))],
  ['a word grown past a cut', (l) => void (l[0]!.entries[mid(l[0]!)] = entry(60, 9))],
  ['an entry changed in place', (l) => void (l[3]!.entries[mid(l[3]!)] = entry(3, 41))],
  ['a chunk boundary moved', (l) => void l[1]!.chunks.forEach((c, i, a) => (a[i] = i >= mid(l[1]!) ? c + 1 : c))],
  ['a chunk start that is its previous key', (l) => void (l[2]!.chunks[mid(l[2]!)] = l[2]!.chunks[mid(l[2]!) - 1]! + 1)],
  ['the first key', (l) => void (l[0]!.entries[0] = entry(5, 17))],
  ['a key before every other', (l) => insert(l[3]!, '0', entry(1, 1))],
  ['the last key', (l) => void (l[1]!.entries[l[1]!.keys.length - 1] = entry(4, 23))],
  ['a key after every other', (l) => insert(l[2]!, 'ddddddd', entry(1, 2))],
  [
    'two shards, far apart',
    (l) => {
      l[0]!.entries[3] = entry(2, 30);
      l[3]!.entries[l[3]!.keys.length - 4] = entry(2, 31);
    },
  ],
];

const test = suite('joinWordFiles: an update packs the files around the changed keys, with the files of a join from nothing');
for (const [what, edit] of cases) {
  test(what, () => {
    const old = shards();
    const whole = join(old);
    const next = old.map(clone);
    edit(next);
    const expected = join(next);
    const changed = new Set<string>();
    const shardsChanged = old.flatMap((o, s) => {
      const own = new Set<string>();
      changedKeys(o, next[s]!, own);
      for (const k of own) changed.add(k);
      return own.size > 0 ? [s] : [];
    });
    const update = join(next, {
      files: whole.files,
      changed: [...changed].sort(compareKeys),
      sameCarry: (key, carry) => shardsChanged.every((s) => carryAt(old[s]!, key) === carry[s]),
    });
    assert.ok(whole.files.length > 20, `${whole.files.length} files`);
    assert.is(changed.size === 0, what === 'nothing');
    assert.equal(update.files, expected.files);
    const fresh = expected.files.filter((f) => !whole.files.some((g) => g[1] === f[1])).length;
    // The file a change may close early, and the one where the join meets the old files, may come out as they were.
    assert.ok(update.packed <= fresh + 2 * shardsChanged.length, `${update.packed} files packed, ${fresh} new`);
  });
}
test('a file kept is listed to the store, in key order among those packed', () => {
  const old = shards();
  const whole = join(old);
  const next = old.map(clone);
  next[1]!.entries[mid(next[1]!)] = entry(3, 44);
  const changed = new Set<string>();
  changedKeys(old[1]!, next[1]!, changed);
  const order: string[] = [];
  const files = joinWordFiles(
    next,
    cut,
    (f) => (order.push('w'), createHash('sha256').update(f.main).update(f.positions).digest('hex').slice(0, 10)),
    (f: WordFile) => order.push(f[1]),
    { files: whole.files, changed: [...changed], sameCarry: (key, carry) => carryAt(old[1]!, key) === carry[1] },
  );
  assert.equal(
    order.map((o, i) => (o === 'w' ? 'w' : o === files[i]![1] ? 'k' : '?')).filter((o) => o === '?'),
    [],
  );
  assert.is(order.length, files.length);
});
test.run();
