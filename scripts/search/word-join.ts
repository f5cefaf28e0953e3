import { encodeCbor } from './cbor.ts';
import { compareKeys } from './browser/index-format.ts';
import type { ShardEntries } from './word-entries.ts';
import { packWord, packWordFile, type PackedWord } from './word-postings.ts';

/** A word file as a join listed it: its first key and its name. */
export type WordFile = readonly [first: string, name: string];

/** Where the join cuts files (`WordIndexOptions`). */
export interface CutOptions {
  readonly fileBytes: number;
  readonly cutEvery: number;
}

/**
 * The join of the build before, and what changed since: a join given it packs only the words
 * around the changed keys and takes every other file as that build listed it.
 */
export interface JoinBefore {
  readonly files: readonly WordFile[];
  /** Keys whose parts differ (added, removed, or another chunk or entry in some shard), in key order. */
  readonly changed: readonly string[];
  /** Whether `carry` (each shard's chunk in effect before `key`) is the one the build before had there. */
  readonly sameCarry: (key: string, carry: readonly number[]) => boolean;
}

/**
 * Whether a file (or directory) of `size` (bytes, or files) closes before `key`: past `min`, where
 * the key's hash is a multiple of `every`. Cuts that depend on the keys, not on what came before,
 * fall in the same places after an edit, so the files past an edited word keep their bytes.
 */
export function cutsBefore(key: string, size: number, min: number, every: number): boolean {
  if (size < min) return false;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  // FNV's low bits depend only on the letters' low bits: mixed as MurmurHash3 finishes.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) % every === 0;
}

/** The first index of `keys` that does not sort before `key`. */
export function seek(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKeys(keys[mid]!, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The chunk of shard `list` in effect before `key`: that of its last key before it (0 before its first). */
export function carryAt(list: ShardEntries, key: string): number {
  const i = seek(list.keys, key);
  return i > 0 ? list.chunks[i - 1]! : 0;
}

/** Adds to `out` the keys of `a` and `b` (a shard's entries before and after) that are in one only, or in another chunk, or with another entry. */
export function changedKeys(a: ShardEntries, b: ShardEntries, out: Set<string>): void {
  let i = 0;
  let j = 0;
  while (i < a.keys.length || j < b.keys.length) {
    const c = i === a.keys.length ? 1 : j === b.keys.length ? -1 : compareKeys(a.keys[i]!, b.keys[j]!);
    if (c < 0) out.add(a.keys[i++]!);
    else if (c > 0) out.add(b.keys[j++]!);
    else {
      const [x, y] = [a.entries[i], b.entries[j]];
      if (a.chunks[i] !== b.chunks[j] || (x && y ? Buffer.compare(x, y) !== 0 : x !== y)) out.add(a.keys[i]!);
      [i++, j++];
    }
  }
}

/**
 * Merges the shards' entries into one key order and cuts it into word files, `write` naming each
 * (`WordFiles.write`). With `before`, the join starts at the file of the first changed key (or the
 * one before it: a changed first key may have closed the file before) and, once past the changed
 * keys, stops where a file closes before a key that started a file of that build with the same
 * carry: from there its files are the same, up to the next changed key. Cuts depend only on what
 * came before in the file, so the files are those of a join from nothing (tested).
 */
export function joinWordFiles(
  lists: readonly ShardEntries[],
  { fileBytes, cutEvery }: CutOptions,
  write: (file: { main: Uint8Array; positions: Uint8Array }) => string,
  keep: (file: WordFile) => void,
  before?: JoinBefore,
): WordFile[] {
  const at = lists.map(() => 0);
  const carry = lists.map(() => 0);
  const moveTo = (key: string) =>
    lists.forEach((l, s) => {
      at[s] = seek(l.keys, key);
      carry[s] = at[s]! > 0 ? l.chunks[at[s]! - 1]! : 0;
    });
  const files: WordFile[] = [];
  const take = (from: number, to: number) => {
    for (const f of before!.files.slice(from, to)) [keep(f), files.push(f)];
  };
  const old = before?.files ?? [];
  const firsts = old.map((f) => f[0]);
  // The first file a change at `key` may alter: the one it falls in, or the one before when it is
  // a first key (that file closed before it, for its size or hash). Both are the file before the
  // first one starting at or after it.
  const startOf = (key: string) => Math.max(0, seek(firsts, key) - 1);
  let next = 0;
  if (before) {
    if (old.length === 0) throw new Error('word index: no files to update');
    if (before.changed.length === 0) return (take(0, old.length), files);
    const start = startOf(before.changed[0]!);
    take(0, start);
    // From the first file: from the first key, which may be a new one before its first.
    if (start > 0) moveTo(old[start]![0]);
  }
  // At a cut before `key`: the files of the build before from there on, when they are the same.
  const meet = (key: string, carried: readonly number[]): 'on' | 'moved' | 'done' => {
    if (!before) return 'on';
    while (next < before.changed.length && compareKeys(before.changed[next]!, key) < 0) next++;
    const j = seek(firsts, key);
    if (firsts[j] !== key || before.changed[next] === key || !before.sameCarry(key, carried)) return 'on';
    const to = next < before.changed.length ? startOf(before.changed[next]!) : old.length;
    if (to <= j) return 'on';
    take(j, to);
    if (to === old.length) return 'done';
    moveTo(old[to]![0]);
    return 'moved';
  };
  let open: { first: string; carry: Uint8Array; words: PackedWord[]; bytes: number } | undefined;
  const close = () => {
    const o = open!;
    files.push([o.first, write(packWordFile(o.carry, o.words))]);
    open = undefined;
  };
  for (;;) {
    let key: string | undefined;
    lists.forEach((l, s) => {
      const k = l.keys[at[s]!];
      if (k !== undefined && (key === undefined || compareKeys(k, key) < 0)) key = k;
    });
    if (key === undefined) break;
    const carried = [...carry];
    if (!open) {
      const m = meet(key, carried);
      if (m === 'done') return files;
      if (m === 'moved') continue;
    }
    const parts: Array<{ shard: number; chunk: number; entry?: Uint8Array }> = [];
    lists.forEach((l, s) => {
      const i = at[s]!;
      if (l.keys[i] !== key) return;
      const chunk = l.chunks[i]!;
      const entry = l.entries[i];
      parts.push(entry ? { shard: s, chunk, entry } : { shard: s, chunk });
      carry[s] = chunk;
      at[s] = i + 1;
    });
    const word = packWord(key, parts);
    // A word that would overfill the file starts the next one: a common word's large entries then
    // sit alone, and a rare word beside it does not download them.
    if (open && (open.bytes + word.bytes > fileBytes || cutsBefore(key, open.bytes, fileBytes / 2, cutEvery))) {
      close();
      const m = meet(key, carried);
      if (m === 'done') return files;
      if (m === 'moved') continue;
    }
    open ??= { first: key, carry: encodeCbor(carried), words: [], bytes: 0 };
    open.words.push(word);
    open.bytes += word.bytes;
    if (open.bytes >= fileBytes) close();
  }
  if (open) close();
  return files;
}
