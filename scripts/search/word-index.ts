import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encodeCbor, type CborValue } from './cbor.ts';
import { chunkFile, decodeMeta, list, num, str, unwrap, withSignature } from './pagefind-format.ts';
import { compareKeys } from './browser/index-format.ts';
import { fileNames } from './browser/file-names.ts';
import { WORD_DIR_FAN, WORDS_PATH, wordDirFile, wordFile } from './browser/word-format.ts';
import type { ShardInfo, WordIndexInfo } from './manifest.ts';

/**
 * Raw CBOR bytes after which a word file is closed (about 4 KB gzip, like one of a shard's index
 * chunks): a reader downloads one (rarely two) per query word instead of one chunk per word and shard.
 */
export const WORD_FILE_BYTES = 12_000;

/** The head of a CBOR array of `n` items (the items follow it). */
function arrayHead(n: number): Uint8Array {
  if (n < 24) return Uint8Array.of(0x80 | n);
  if (n < 0x100) return Uint8Array.of(0x98, n);
  if (n < 0x10000) return Uint8Array.of(0x99, n >> 8, n & 0xff);
  return Uint8Array.of(0x9a, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
}

const concat = (parts: readonly Uint8Array[]): Uint8Array => Buffer.concat(parts);

/**
 * One shard's index entries in key order, each with the chunk it sits in and its postings' page
 * lengths; and where a chunk's listed start (a prefix of its first key: `1166` for `11665`) is not
 * its first key, that start alone, with no entry: the reader finds a key's chunk as `chunkFor` does.
 */
function* shardEntries(dir: string, meta: ReturnType<typeof decodeMeta>, names?: string): Generator<[string, number, CborValue?]> {
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
        yield [chunk.from, c];
      }
      const vs = list(variants, 'variants').map((v) => [list(v, 'variant')[0]!, withLengths(list(v, 'variant')[1])]);
      yield [k, c, [withLengths(own), vs]];
    }
  }
}

/**
 * The word index: every shard's index entries merged into one key order and cut into files of
 * about `WORD_FILE_BYTES`, so a query word downloads one file for the whole archive instead of
 * one chunk per shard, and no shard's metadata (page lengths and the archive's totals travel with
 * it). A file is `[carry, [[key, [[shard, chunk, postings, variants] or [shard, chunk], …]], …]]`
 * (the short form: a chunk starts there), where `carry[s]` is
 * the chunk of shard s in effect at the file's first key: with it the reader keeps each shard's
 * chunk boundaries, and so ranks exactly as reading the shards (test/search/word-index.test.ts).
 * Files are listed by their first keys in directory files of `fan`, whose first keys the
 * manifest holds, with the page names that the shards' metadata lists. Written only for two shards
 * or more, and not for bundled page data (`maxFragmentsPerShard`); `undefined` otherwise.
 */
export function writeWordIndex(
  outDir: string,
  shards: readonly ShardInfo[],
  { fileBytes = WORD_FILE_BYTES, fan = WORD_DIR_FAN } = {},
): WordIndexInfo | undefined {
  if (shards.length < 2) return undefined;
  const metas = shards.map((s) => decodeMeta(unwrap(gunzipSync(readFileSync(join(outDir, s.path, s.meta))), s.meta)));
  // Bundled page data is named in the metadata per page; the reader opens such a shard's metadata.
  if (metas.some((m, i) => m.pages.length !== shards[i]!.articles || m.pages.some((p) => p.group !== ''))) return undefined;
  const streams = shards.map((s, i) => shardEntries(join(outDir, s.path), metas[i]!, s.names));
  const heads = streams.map((g) => g.next());
  const carry = shards.map(() => 0);
  // Files are gzipped as they close (the whole index is never held unpacked) and named once the
  // tag, a hash of them all, is known.
  const hash = createHash('sha256');
  const pack = (raw: Uint8Array) => (hash.update(raw), gzipSync(withSignature(raw), { level: 9 }));
  const files: Uint8Array[] = [];
  const firstKeys: string[] = [];
  let open: { carry: Uint8Array; words: Uint8Array[]; bytes: number } | undefined;
  const close = (o: NonNullable<typeof open>) => files.push(pack(concat([arrayHead(2), o.carry, arrayHead(o.words.length), ...o.words])));
  for (;;) {
    let key: string | undefined;
    for (const h of heads) if (!h.done && (key === undefined || compareKeys(h.value[0], key) < 0)) key = h.value[0];
    if (key === undefined) break;
    open ??= { carry: encodeCbor(carry), words: [], bytes: 0 };
    if (open.words.length === 0) firstKeys.push(key);
    const before = [...carry];
    const parts: CborValue[] = [];
    heads.forEach((h, s) => {
      if (h.done || h.value[0] !== key) return;
      const [, chunk, entry] = h.value;
      parts.push(entry ? [s, chunk, ...(entry as CborValue[])] : [s, chunk]);
      carry[s] = chunk;
      heads[s] = streams[s]!.next();
    });
    const word = encodeCbor([key, parts]);
    // A word that would overfill the file starts the next one: a common word's large entries then
    // sit alone, and a rare word beside it does not download them.
    if (open.words.length > 0 && open.bytes + word.length > fileBytes) {
      close(open);
      open = { carry: encodeCbor(before), words: [], bytes: 0 };
      firstKeys.push(key);
    }
    open.words.push(word);
    open.bytes += word.length;
    if (open.bytes >= fileBytes) {
      close(open);
      open = undefined;
    }
  }
  if (open) close(open);
  const dirs: Uint8Array[] = [];
  for (let d = 0; d * fan < firstKeys.length; d++) dirs.push(pack(encodeCbor(firstKeys.slice(d * fan, (d + 1) * fan))));

  const tag = hash.digest('hex').slice(0, 8);
  const folder = join(outDir, WORDS_PATH);
  mkdirSync(folder, { recursive: true });
  files.forEach((f, n) => writeFileSync(join(folder, wordFile(tag, n)), f));
  dirs.forEach((f, n) => writeFileSync(join(folder, wordDirFile(tag, n)), f));
  return {
    path: WORDS_PATH,
    tag,
    files: files.length,
    fan,
    keys: dirs.map((_, d) => firstKeys[d * fan]!),
    pages: metas.reduce((a, m) => a + m.pages.length, 0),
    words: metas.reduce((a, m) => a + m.pages.reduce((b, p) => b + p.wordCount, 0), 0),
    shards: metas.map((m) => {
      const listed = m.pages.flatMap((p, n) => (p.hash === '' ? [] : [[n, p.hash] as [number, string]]));
      return { fields: m.metaFields, ...(listed.length > 0 ? { listed } : {}) };
    }),
  };
}
