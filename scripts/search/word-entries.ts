import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { CborValue } from './cbor.ts';
import { packEntry, variantList } from './word-postings.ts';
import { chunkFile, decodeMeta, list, num, str, unwrap } from './pagefind-format.ts';
import { compareKeys } from './browser/index-format.ts';
import { fileNames } from './browser/file-names.ts';
import { UnitCache } from './cache.ts';
import type { ShardInfo } from './manifest.ts';

/**
 * One shard's index entries in key order, as the word index files them: `chunks[i]` is the chunk
 * key `keys[i]` sits in; `entries[i]` its postings (each with its page's word count) and variants,
 * packed (`packEntry` in `word-postings.ts`), or undefined where the key is only where a chunk starts (its
 * listed start, `1166` for a chunk whose first key is `11665`: the reader finds a key's chunk as
 * `chunkFor` does).
 */
export interface ShardEntries {
  readonly keys: string[];
  readonly chunks: number[];
  readonly entries: Array<Uint8Array | undefined>;
}

/**
 * A shard's chunk files as its entries were read: a hash of each one's bytes, and of the pages'
 * word counts (which every posting carries). A later version of the shard (an edited story) takes
 * the records of each chunk whose hash it finds there instead of decoding it.
 */
export interface ChunkHashes {
  readonly lengths: string;
  readonly chunks: readonly string[];
}

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 20);

/** Per chunk hash of `from`, the range of its records that hold an entry (a listed start is the new chunk's own). */
function chunkRanges(from: { entries: ShardEntries; hashes: ChunkHashes }): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const { chunks, entries } = from.entries;
  for (let i = 0; i < chunks.length; ) {
    const c = chunks[i]!;
    let end = i;
    while (end < chunks.length && chunks[end] === c) end++;
    const start = entries[i] ? i : i + 1;
    if (from.hashes.chunks[c] !== undefined) out.set(from.hashes.chunks[c]!, [start, end]);
    i = end;
  }
  return out;
}

/**
 * Decodes every chunk of a shard (the costly part of the word index: about 0.7 CPU-s per 1,000
 * stories), or takes a chunk's records from `reuse` (the entries of an earlier version of the
 * shard) when it has the same bytes and the pages the same word counts.
 */
export function readShardEntries(
  dir: string,
  meta: ReturnType<typeof decodeMeta>,
  names?: string,
  reuse?: { entries: ShardEntries; hashes: ChunkHashes },
): { entries: ShardEntries; hashes: ChunkHashes } {
  const out: ShardEntries = { keys: [], chunks: [], entries: [] };
  const lengths = digest(new Uint8Array(Uint32Array.from(meta.pages, (p) => p.wordCount).buffer));
  const hashes = { lengths, chunks: [] as string[] };
  const old = reuse && reuse.hashes.lengths === lengths ? chunkRanges(reuse) : undefined;
  const length = (page: number) => meta.pages[page]?.wordCount ?? 0;
  // A posting `[pageDelta, locations, metaLocations]` gains its page's word count, so a reader
  // scores pages without the shard's metadata.
  const withLengths = (postings: CborValue | undefined): CborValue[] => {
    let page = 0;
    return list(postings, 'postings').map((p) => {
      const posting = list(p, 'posting');
      page += num(posting[0], 'page');
      return [...posting.slice(0, 3), length(page)];
    });
  };
  const chunkNames = fileNames(
    meta.chunks.map((c) => c.hash),
    names,
  );
  const push = (path: string, c: number, from: string, i: number, k: string, entry: Uint8Array) => {
    if (i === 0 && k !== from) {
      if (compareKeys(from, k) > 0) throw new Error(`${path}: starts at ${k}, before its listed start ${from}`);
      out.keys.push(from);
      out.chunks.push(c);
      out.entries.push(undefined);
    }
    out.keys.push(k);
    out.chunks.push(c);
    out.entries.push(entry);
  };
  for (const [c, chunk] of meta.chunks.entries()) {
    const path = join(dir, chunkFile(chunkNames[c]!));
    const bytes = readFileSync(path);
    const hash = digest(bytes);
    hashes.chunks.push(hash);
    const range = old?.get(hash);
    if (range) {
      for (let i = range[0]; i < range[1]; i++)
        push(path, c, chunk.from, i - range[0], reuse!.entries.keys[i]!, reuse!.entries.entries[i]!);
      continue;
    }
    const words = list(list(unwrap(gunzipSync(bytes), path), 'chunk')[0], 'words');
    for (const [i, w] of words.entries()) {
      const [key, own, variants] = list(w, 'word');
      const vs = variantList(variants).map(([form, ps]) => [form, withLengths(ps)] as const);
      push(path, c, chunk.from, i, str(key, 'word'), packEntry(withLengths(own), vs));
    }
  }
  return { entries: out, hashes };
}

// Cached as records: key length (2 bytes), key (UTF-8), chunk (4 bytes), entry length (4 bytes; 0: no entry), entry.
function encode(e: ShardEntries): Uint8Array {
  const parts: Uint8Array[] = [];
  e.keys.forEach((k, i) => {
    const key = Buffer.from(k, 'utf8');
    const head = Buffer.alloc(10 + key.length);
    head.writeUInt16BE(key.length, 0);
    key.copy(head, 2);
    head.writeUInt32BE(e.chunks[i]!, 2 + key.length);
    head.writeUInt32BE(e.entries[i]?.length ?? 0, 6 + key.length);
    parts.push(head, e.entries[i] ?? new Uint8Array(0));
  });
  return Buffer.concat(parts);
}

function decode(bytes: Uint8Array): ShardEntries {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: ShardEntries = { keys: [], chunks: [], entries: [] };
  for (let at = 0; at < b.length; ) {
    const n = b.readUInt16BE(at);
    out.keys.push(b.toString('utf8', at + 2, at + 2 + n));
    out.chunks.push(b.readUInt32BE(at + 2 + n));
    const size = b.readUInt32BE(at + 6 + n);
    at += 10 + n;
    out.entries.push(size === 0 ? undefined : b.subarray(at, at + size));
    at += size;
  }
  return out;
}

/** The source of the code that decides an entry's bytes: a cache entry of other code is never read. */
const CODE = (() => {
  const here = dirname(fileURLToPath(import.meta.url));
  const h = createHash('sha256');
  for (const name of ['word-entries.ts', 'word-postings.ts', 'browser/word-format.ts', 'cbor.ts', 'pagefind-format.ts'])
    h.update(readFileSync(join(here, name)));
  return h.digest('hex');
})();

/**
 * A shard's entries (and its metadata), from `cacheDir` when a build has read the same shard
 * before: keyed by its metadata file and chunk names (both named by their content) and this code.
 * Entries live beside the shard and unit caches (`words-<key>`), stamped and removed with them.
 * Else read, taking the records of unchanged chunks from the cached entries `reuse` (`entriesKey`
 * of the shard's version before, when a build covered it).
 */
export function shardEntries(
  outDir: string,
  shard: ShardInfo,
  cacheDir?: string,
  reuse?: string,
): { meta: ReturnType<typeof decodeMeta>; entries: ShardEntries } {
  const meta = decodeMeta(unwrap(gunzipSync(readFileSync(join(outDir, shard.path, shard.meta))), shard.meta));
  const cache = cacheDir ? new UnitCache(cacheDir) : undefined;
  const key = entriesKey(shard);
  const cached = cache && cachedEntries(cache, key);
  if (cached) return { meta, entries: cached.entries };
  const earlier = cache && reuse ? cachedEntries(cache, reuse) : undefined;
  const read = readShardEntries(
    join(outDir, shard.path),
    meta,
    shard.names,
    earlier?.hashes ? { entries: earlier.entries, hashes: earlier.hashes } : undefined,
  );
  cache?.storeFiles(key, [
    { path: 'entries.bin', content: encode(read.entries) },
    { path: 'chunks.json', content: Buffer.from(JSON.stringify(read.hashes)) },
  ]);
  return { meta, entries: read.entries };
}

/** The entries kept under `key` (`entriesKey`) and their chunks' hashes, if the cache holds them: those of a shard a build before covered. */
export function cachedEntries(cache: UnitCache, key: string): { entries: ShardEntries; hashes?: ChunkHashes } | undefined {
  const files = cache.readFiles(key);
  const bytes = files?.find((f) => f.path === 'entries.bin')?.content;
  if (!bytes) return undefined;
  const hashes = files!.find((f) => f.path === 'chunks.json')?.content;
  return { entries: decode(bytes), ...(hashes ? { hashes: JSON.parse(Buffer.from(hashes).toString('utf8')) as ChunkHashes } : {}) };
}

/**
 * The cache entry of a shard's entries (`shardEntries`): a build that does not read them touches it to keep it.
 * Not of the shard's folder: its entries are those of its files, wherever they are.
 */
export function entriesKey(shard: ShardInfo): string {
  return `words-${createHash('sha256')
    .update(`${CODE}\n${shard.meta}\n${shard.names ?? ''}`)
    .digest('hex')
    .slice(0, 32)}`;
}
