import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { debuglog } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { encodeCbor } from './cbor.ts';
import { decodeMeta, unwrap } from './pagefind-format.ts';
import { compareKeys } from './browser/index-format.ts';
import { WORD_DIR_FAN, WORDS_PATH } from './browser/word-format.ts';
import type { ShardInfo, WordIndexInfo } from './manifest.ts';
import { UnitCache } from './cache.ts';
import { type KeptWordIndex, recallWordIndex, rememberWordIndex, wordIndexKey } from './word-index-cache.ts';
import { entriesKey, shardEntries } from './word-entries.ts';
import { WordFiles } from './word-files.ts';
import { packWord, packWordFile, type PackedWord } from './word-postings.ts';
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

/**
 * Whether a file (or directory) of `size` (bytes, or files) closes before `key`: past `min`, where
 * the key's hash is a multiple of `every`. Cuts that depend on the keys, not on what came before,
 * fall in the same places after an edit, so the files past an edited word keep their bytes.
 */
function cutsBefore(key: string, size: number, min: number, every: number): boolean {
  if (size < min) return false;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  // FNV's low bits depend only on the letters' low bits: mixed as MurmurHash3 finishes.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) % every === 0;
}

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
    log('word index: %d files as a build before wrote them, %ss CPU', recalled.names.length, cpuSince(cpu));
    return withTotals(recalled);
  }
  const read = covered.map((s) => shardEntries(outDir, s, cacheDir));
  const metas = read.map((r) => r.meta);
  // Bundled page data is named in the metadata per page; the reader opens such a shard's metadata.
  if (metas.some((m, i) => m.pages.length !== covered[i]!.articles || m.pages.some((p) => p.group !== ''))) return undefined;
  const lists = read.map((r) => r.entries);
  const at = covered.map(() => 0);
  const carry = covered.map(() => 0);
  // Gzipped and written as each closes (the whole index is never held unpacked), named by its bytes.
  const store = new WordFiles(join(outDir, WORDS_PATH), cacheDir, previous);
  const write = (raw: Uint8Array) => store.write(raw);
  const files: Array<[string, string]> = [];
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
    const parts: Array<{ shard: number; chunk: number; entry?: Uint8Array }> = [];
    const before = [...carry];
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
    if (open && (open.bytes + word.bytes > fileBytes || cutsBefore(key, open.bytes, fileBytes / 2, cutEvery))) close();
    open ??= { first: key, carry: encodeCbor(before), words: [], bytes: 0 };
    open.words.push(word);
    open.bytes += word.bytes;
    if (open.bytes >= fileBytes) close();
  }
  if (open) close();
  const dirs: Array<[string, string, number]> = [];
  let group: Array<[string, string]> = [];
  const flush = () => dirs.push([group[0]![0], write(encodeCbor([group.map((f) => f[0]), group.map((f) => f[1])])), group.length]);
  for (const f of files) {
    if (group.length >= 2 * fan || (group.length > 0 && cutsBefore(f[0], group.length, fan / 2, fan / 2))) [flush(), (group = [])];
    group.push(f);
  }
  if (group.length > 0) flush();
  const names = store.finish();
  const newestFirst = [...metas].reverse();
  log('word index: %d files in %d directories, %ss CPU', files.length, dirs.length, cpuSince(cpu));
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
  };
  if (key) rememberWordIndex(cache!, key, kept);
  return withTotals(kept);
}
