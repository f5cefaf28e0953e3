import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareKeys } from './browser/index-format.ts';
import { keyHash, type UnitCache } from './cache.ts';
import type { ShardInfo, WordIndexInfo } from './manifest.ts';
import type { PreviousIndex } from './previous-index.ts';
import { cachedEntries, type ShardEntries } from './word-entries.ts';
import { place } from './word-files.ts';
import { carryAt, changedKeys, type JoinBefore, type WordFile } from './word-join.ts';

/** A word index as its covered shards decide it: all of it but the totals of the shards left out, and its files' names. */
export interface KeptWordIndex {
  info: WordIndexInfo;
  /** Pages and words of the covered shards (the manifest's totals add those of the shards left out). */
  coveredPages: number;
  coveredWords: number;
  /** Every file of the word folder, by name (`<name>.pf_words`). */
  names: string[];
  /** The word files in key order, for the next join (`JoinBefore`); the options and code it was joined with (`wordIndexBase`), and its shards' entries (`entriesKey`). */
  files?: WordFile[];
  base?: string;
  entries?: string[];
}

/** The cache entry naming the word index last joined or recalled, which a join that changes a covered shard updates. */
const LAST = 'word-index-last';

/**
 * The cache key of a word index: the code (`keyHash`), the options and, per covered shard, its
 * metadata and file names (both named by content) and size. A merge that changes only the shards
 * left out (the tail, where a new story goes) has the key of the build before: the index is the
 * same, so its join (about 1.4 CPU-s per 10,000 stories, from cached entries) is skipped. Not the
 * shards' folders: the index numbers shards, never names them, and a folder's name may change
 * with the tail (a story of a new month renamed the newest shard, and joined 100,000 stories again).
 */
export function wordIndexKey(covered: readonly ShardInfo[], options: Record<string, unknown>): string {
  const h = keyHash({ wordIndex: true, ...options });
  for (const s of covered) h.update(`${s.meta}\n${s.names ?? ''}\n${s.articles}\n`);
  return `wordindex-${h.digest('hex').slice(0, 32)}`;
}

/**
 * The word index of `key` placed into `folder` (which must not exist yet): the previous site's
 * word folder taken over when it holds exactly its files, else each file linked from the store of
 * gzipped word files (`WordFiles`). Undefined, with nothing written, when the cache lacks the entry
 * or any of its files.
 */
export function recallWordIndex(
  cache: UnitCache,
  key: string,
  folder: string,
  previous: PreviousIndex | undefined,
): KeptWordIndex | undefined {
  const entry = cache.readFiles(key)?.[0];
  if (!entry) return undefined;
  const kept = JSON.parse(Buffer.from(entry.content).toString('utf8')) as KeptWordIndex;
  const store = join(cache.dir, 'words-gzip');
  if (!previous?.takeFolder('words', folder, kept.names)) {
    if (!kept.names.every((name) => existsSync(join(store, name)))) return undefined;
    mkdirSync(folder, { recursive: true });
    for (const name of kept.names) place(join(store, name), join(folder, name));
  }
  // Its files stay in the store (and the store in the cache) while a build uses them.
  cache.touch(['words-gzip']);
  return kept;
}

/** The code and options a word index's files depend on, besides the shards (a join updates only one of the same). */
export function wordIndexBase(options: Record<string, unknown>): string {
  return keyHash({ wordIndex: true, ...options }).digest('hex');
}

/** Keeps a word index just written (or recalled) under `key`, for `recallWordIndex`, and as the one a next join updates. */
export function rememberWordIndex(cache: UnitCache, key: string, kept: KeptWordIndex | undefined): void {
  if (kept) cache.storeFiles(key, [{ path: 'index.json', content: Buffer.from(JSON.stringify(kept)) }]);
  cache.storeFiles(LAST, [{ path: 'key', content: Buffer.from(key) }]);
}

/** The word index last written or recalled (`rememberWordIndex`), when it had the options and code of `base`. */
export function lastWordIndex(cache: UnitCache, base: string): KeptWordIndex | undefined {
  const pointer = cache.readFiles(LAST)?.[0]?.content;
  const entry = pointer && cache.readFiles(Buffer.from(pointer).toString('utf8'))?.[0]?.content;
  const last = entry ? (JSON.parse(Buffer.from(entry).toString('utf8')) as KeptWordIndex) : undefined;
  return last?.base === base ? last : undefined;
}

/**
 * What a join updating `last` needs (`JoinBefore`), when it had as many shards as `lists` (new
 * shard entries, oldest first, under `keys`): the keys whose parts differ in the shards whose
 * entries changed. Undefined when the cache no longer holds the entries of a changed shard (a join
 * from nothing then).
 */
export function joinBefore(
  cache: UnitCache,
  last: KeptWordIndex,
  keys: readonly string[],
  lists: readonly ShardEntries[],
): JoinBefore | undefined {
  if (!last.files || last.entries?.length !== keys.length) return undefined;
  const olds = new Map<number, ShardEntries>();
  const changed = new Set<string>();
  for (const [s, key] of keys.entries()) {
    if (last.entries[s] === key) continue;
    const old = cachedEntries(cache, last.entries[s]!)?.entries;
    if (!old) return undefined;
    olds.set(s, old);
    changedKeys(old, lists[s]!, changed);
  }
  return {
    files: last.files,
    changed: [...changed].sort(compareKeys),
    sameCarry: (key, carry) => [...olds].every(([s, old]) => carryAt(old, key) === carry[s]),
  };
}
