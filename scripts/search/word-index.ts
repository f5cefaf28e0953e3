import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { debuglog } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { encodeCbor } from './cbor.ts';
import { decodeMeta, unwrap } from './pagefind-format.ts';
import { WORD_DIR_FAN, WORDS_PATH } from './browser/word-format.ts';
import type { ShardInfo, WordIndexInfo } from './manifest.ts';
import { UnitCache } from './cache.ts';
import {
  joinBefore,
  type KeptWordIndex,
  lastWordIndex,
  recallWordIndex,
  rememberWordIndex,
  wordIndexBase,
  wordIndexKey,
} from './word-index-cache.ts';
import { entriesKey, shardEntries } from './word-entries.ts';
import { NotKept, WordFiles } from './word-files.ts';
import { cutsBefore, type JoinBefore, joinWordFiles, type WordFile } from './word-join.ts';
import type { PreviousIndex } from './previous-index.ts';

const log = debuglog('samachar:search');

/**
 * Raw CBOR bytes after which a word file is closed (about 4 KB gzip, like one of a shard's index
 * chunks): a reader downloads one (rarely two) per query word instead of one chunk per word and shard.
 */
export const WORD_FILE_BYTES = 12_000;

/**
 * Fewest shards the word index covers (the tail left out). Below it a first query downloads less
 * read shard by shard: at 10,000 stories in three shards the word index's p90 was worse (docs/search.md).
 */
export const WORD_INDEX_MIN_SHARDS = 4;

/** One key in this many may start a file once it is half full (keys average about 60 bytes of entries). */
const CUT_EVERY = 64;

/** CPU seconds since `start` (process.cpuUsage), for the log. */
function cpuSince(start: NodeJS.CpuUsage): string {
  const { user, system } = process.cpuUsage(start);
  return ((user + system) / 1e6).toFixed(2);
}

/** Options of `writeWordIndex`. */
export interface WordIndexOptions {
  fileBytes?: number;
  fan?: number;
  /** Newest shards left out (1: the tail, which changes with every story published); readers read them shard by shard. */
  leaveOut?: number;
  /** One key in this many may start a file once it is half full (`CUT_EVERY`). */
  cutEvery?: number;
  /** Fewest shards to cover (`WORD_INDEX_MIN_SHARDS`). */
  minShards?: number;
  /** The search cache folder: each shard's entries are kept there by its content (`word-entries.ts`). */
  cacheDir?: string;
  /** The index of the site this build updates: its word files still listed are kept in place (`WordFiles`). */
  previous?: PreviousIndex;
}

/**
 * The word index: the index entries of every shard but the newest `leaveOut` merged into one key
 * order and cut into files of about `fileBytes`, so a query word downloads one file for all of
 * them instead of one chunk per shard, and no shard's metadata (page lengths and the archive's
 * totals travel with it). A file's head is `[carry, [[key, [[shard, chunk, variant spellings] or
 * [shard, chunk], …]], …]]` (the short form: a chunk starts there) and the entries' postings
 * follow it in columns (`word-postings.ts`), shards numbered from the
 * oldest (a new shard renumbers none), where `carry[s]` is the chunk of shard s in effect at the
 * file's first key: with it the reader keeps each shard's chunk boundaries, and so ranks exactly as
 * reading the shards (test/search/word-index.test.ts).
 *
 * Files are cut where a key's hash says (`cutsBefore`) and named by a hash of their bytes, so a file
 * whose words did not change keeps its name and bytes: a build that changed one shard's entries
 * for a few words writes a few new files. Directory files list the word files' first keys and
 * names (cut the same way, about `fan` a file); the manifest lists the directories'. Every name
 * is of content, so a reader holding an older manifest finds its own files or none, never newer ones.
 * Written for `minShards` covered shards or more, and not for bundled page data
 * (`maxFragmentsPerShard`); `undefined` otherwise.
 */
export function writeWordIndex(
  outDir: string,
  shards: readonly ShardInfo[],
  {
    fileBytes = WORD_FILE_BYTES,
    fan = WORD_DIR_FAN,
    leaveOut = 0,
    minShards = WORD_INDEX_MIN_SHARDS,
    cutEvery = CUT_EVERY,
    cacheDir,
    previous,
  }: WordIndexOptions = {},
): WordIndexInfo | undefined {
  const covered = shards.slice(leaveOut).reverse();
  if (covered.length < Math.max(2, minShards)) return undefined;
  const cpu = process.cpuUsage();
  // The archive's totals count every shard; the reader reads the ones left out through their metadata.
  const left = shards.slice(0, leaveOut).map((s) => decodeMeta(unwrap(gunzipSync(readFileSync(join(outDir, s.path, s.meta))), s.meta)));
  const withTotals = (k: KeptWordIndex): WordIndexInfo => ({
    ...k.info,
    pages: left.reduce((a, m) => a + m.pages.length, k.coveredPages),
    words: left.reduce((a, m) => a + m.pages.reduce((b, p) => b + p.wordCount, 0), k.coveredWords),
  });
  // Same covered shards as a build before (a merge that changed the tail only): the same index.
  const cache = cacheDir ? new UnitCache(cacheDir) : undefined;
  const key = cache && wordIndexKey(covered, { fileBytes, fan, cutEvery });
  const recalled = key ? recallWordIndex(cache!, key, join(outDir, WORDS_PATH), previous) : undefined;
  if (recalled) {
    // The shards' entries stay cached for the next join (a build that changes a covered shard).
    cache!.touch(covered.map(entriesKey));
    rememberWordIndex(cache!, key!, undefined);
    log('word index: %d files as a build before wrote them, %ss CPU', recalled.names.length, cpuSince(cpu));
    return withTotals(recalled);
  }
  const base = cache && wordIndexBase({ fileBytes, fan, cutEvery });
  // The join this one updates: a changed shard's unchanged chunks are not decoded again.
  const last = base ? lastWordIndex(cache!, base) : undefined;
  const read = covered.map((s, i) => shardEntries(outDir, s, cacheDir, last?.entries?.[i]));
  const metas = read.map((r) => r.meta);
  // Bundled page data is named in the metadata per page; the reader opens such a shard's metadata.
  if (metas.some((m, i) => m.pages.length !== covered[i]!.articles || m.pages.some((p) => p.group !== ''))) return undefined;
  const lists = read.map((r) => r.entries);
  const folder = join(outDir, WORDS_PATH);
  // Gzipped and written as each closes (the whole index is never held unpacked), named by its bytes.
  let store = new WordFiles(folder, cacheDir, previous);
  const entries = covered.map(entriesKey);
  // A covered shard changed: only the words around its changed keys are packed again.
  const before = last ? joinBefore(cache!, last, entries, lists) : undefined;
  const joinWith = (s: WordFiles, b?: JoinBefore) =>
    joinWordFiles(
      lists,
      { fileBytes, cutEvery },
      (f) => s.write(f.main, f.positions),
      (f) => s.keep(f[1]),
      b,
    );
  let files: WordFile[];
  try {
    files = joinWith(store, before);
  } catch (e) {
    if (!(e instanceof NotKept)) throw e;
    log('word index: %s; joined from nothing', e.message);
    rmSync(folder, { recursive: true, force: true });
    store = new WordFiles(folder, cacheDir);
    files = joinWith(store);
  }
  const write = (raw: Uint8Array) => store.write(raw);
  const dirs: Array<[string, string, number]> = [];
  let group: WordFile[] = [];
  const flush = () => dirs.push([group[0]![0], write(encodeCbor([group.map((f) => f[0]), group.map((f) => f[1])])), group.length]);
  for (const f of files) {
    if (group.length >= 2 * fan || (group.length > 0 && cutsBefore(f[0], group.length, fan / 2, fan / 2))) [flush(), (group = [])];
    group.push(f);
  }
  if (group.length > 0) flush();
  const names = store.finish();
  const newestFirst = [...metas].reverse();
  log(
    'word index: %d files in %d directories (%s), %ss CPU',
    files.length,
    dirs.length,
    before ? `${before.changed.length} keys changed` : 'joined whole',
    cpuSince(cpu),
  );
  const info: WordIndexInfo = {
    path: WORDS_PATH,
    tag: createHash('sha256')
      .update(dirs.map((d) => d[1]).join())
      .digest('hex')
      .slice(0, 8),
    files: files.length,
    dirs,
    covers: covered.length,
    pages: 0,
    words: 0,
    shards: newestFirst.map((m) => {
      const listed = m.pages.flatMap((p, n) => (p.hash === '' ? [] : [[n, p.hash] as [number, string]]));
      return { fields: m.metaFields, ...(listed.length > 0 ? { listed } : {}) };
    }),
  };
  const kept: KeptWordIndex = {
    info,
    coveredPages: metas.reduce((a, m) => a + m.pages.length, 0),
    coveredWords: metas.reduce((a, m) => a + m.pages.reduce((b, p) => b + p.wordCount, 0), 0),
    names,
    ...(base ? { files, base, entries } : {}),
  };
  if (key) rememberWordIndex(cache!, key, kept);
  return withTotals(kept);
}
