import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { keyHash, type UnitCache } from './cache.ts';
import type { ShardInfo, WordIndexInfo } from './manifest.ts';
import type { PreviousIndex } from './previous-index.ts';
import { place } from './word-files.ts';

/** A word index as its covered shards decide it: all of it but the totals of the shards left out, and its files' names. */
export interface KeptWordIndex {
  info: WordIndexInfo;
  /** Pages and words of the covered shards (the manifest's totals add those of the shards left out). */
  coveredPages: number;
  coveredWords: number;
  /** Every file of the word folder, by name (`<name>.pf_words`). */
  names: string[];
}

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

/** Keeps a word index just written under `key`, for `recallWordIndex`. */
export function rememberWordIndex(cache: UnitCache, key: string, kept: KeptWordIndex): void {
  cache.storeFiles(key, [{ path: 'index.json', content: Buffer.from(JSON.stringify(kept)) }]);
}
