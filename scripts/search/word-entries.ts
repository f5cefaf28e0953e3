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

/** Decodes every chunk of a shard (the costly part of the word index: about 0.7 CPU-s per 1,000 stories). */
export function readShardEntries(dir: string, meta: ReturnType<typeof decodeMeta>, names?: string): ShardEntries {
  const out: ShardEntries = { keys: [], chunks: [], entries: [] };
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
  for (const [c, chunk] of meta.chunks.entries()) {
    const path = join(dir, chunkFile(chunkNames[c]!));
    const words = list(list(unwrap(gunzipSync(readFileSync(path)), path), 'chunk')[0], 'words');
    for (const [i, w] of words.entries()) {
      const [key, own, variants] = list(w, 'word');
      const k = str(key, 'word');
      if (i === 0 && k !== chunk.from) {
        if (compareKeys(chunk.from, k) > 0) throw new Error(`${path}: starts at ${k}, before its listed start ${chunk.from}`);
        out.keys.push(chunk.from);
        out.chunks.push(c);
        out.entries.push(undefined);
      }
      const vs = variantList(variants).map(([form, ps]) => [form, withLengths(ps)] as const);
      out.keys.push(k);
      out.chunks.push(c);
      out.entries.push(packEntry(withLengths(own), vs));
    }
  }
  return out;
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
 */
export function shardEntries(
  outDir: string,
  shard: ShardInfo,
  cacheDir?: string,
): { meta: ReturnType<typeof decodeMeta>; entries: ShardEntries } {
  const meta = decodeMeta(unwrap(gunzipSync(readFileSync(join(outDir, shard.path, shard.meta))), shard.meta));
  const cache = cacheDir ? new UnitCache(cacheDir) : undefined;
  const key = entriesKey(shard);
  const cached = cache && cachedEntries(cache, key);
  if (cached) return { meta, entries: cached };
  const entries = readShardEntries(join(outDir, shard.path), meta, shard.names);
  cache?.storeFiles(key, [{ path: 'entries.bin', content: encode(entries) }]);
  return { meta, entries };
}

/** The entries kept under `key` (`entriesKey`), if the cache holds them: those of a shard a build before covered. */
export function cachedEntries(cache: UnitCache, key: string): ShardEntries | undefined {
  const bytes = cache.readFiles(key)?.[0]?.content;
  return bytes ? decode(bytes) : undefined;
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
