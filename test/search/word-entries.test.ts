import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { CborValue } from '../../scripts/search/cbor.ts';
import { decodeMeta, list, unwrap } from '../../scripts/search/pagefind-format.ts';
import { entriesKey, readShardEntries, shardEntries } from '../../scripts/search/word-entries.ts';
import { writeWordIndex } from '../../scripts/search/word-index.ts';
import { tempDir, treeHash } from '../helpers/archive.ts';
import { packCbor, writeWordShards } from '../helpers/word-shards.ts';

const outDir = tempDir('samachar-word-entries-');
const { shards } = writeWordShards(outDir, 4, 20, 7);
const options = { fileBytes: 400, fan: 4 };
const cacheDir = join(tempDir('samachar-word-entries-cache-'), 'search');
const build = (withCache: boolean) => {
  const info = writeWordIndex(outDir, shards, { ...options, ...(withCache ? { cacheDir } : {}) })!;
  const moved = tempDir('samachar-word-entries-site-');
  for (const f of readdirSync(join(outDir, 'pagefind/words')))
    writeFileSync(join(moved, f), readFileSync(join(outDir, 'pagefind/words', f)));
  return { info, hash: treeHash(moved) };
};

const cached = suite('shardEntries: each shard read once, then from the cache');
cached('with the cache, the word index has the bytes and manifest entry of one without it', () => {
  const none = build(false);
  const first = build(true);
  assert.is(readdirSync(cacheDir).filter((n) => n.startsWith('words-') && n !== 'words-gzip').length, 4, 'one entry a shard');
  const second = build(true);
  assert.equal(first.info, none.info);
  assert.equal(second.info, none.info);
  assert.is(first.hash, none.hash);
  assert.is(second.hash, none.hash);
});
cached('a cached shard is not read again: its chunks may be gone', () => {
  const chunk = join(outDir, 'pagefind/s1/index/t1_0.pf_index');
  const kept = readFileSync(chunk);
  writeFileSync(chunk, 'not an index chunk');
  try {
    assert.ok(shardEntries(outDir, shards[1]!, cacheDir).entries.keys.length > 10);
    assert.throws(() => shardEntries(outDir, shards[1]!));
  } finally {
    writeFileSync(chunk, kept);
  }
});
cached('a shard of other content (another metadata name or chunk names) is read again', () => {
  const from = shardEntries(outDir, shards[2]!, cacheDir).entries;
  const renamed = { ...shards[2]!, names: 't2' };
  assert.equal(shardEntries(outDir, renamed, cacheDir).entries.keys, from.keys);
  // Other chunk names under the same metadata: not taken from shard 2's entry, so read (and not there).
  assert.throws(() => shardEntries(outDir, { ...shards[2]!, names: 't9' }, cacheDir), /t9_0\.pf_index/);
  assert.throws(() => shardEntries(outDir, { ...shards[2]!, meta: 'pagefind.hi_y.pf_meta' }, cacheDir), /hi_y/);
});
cached("a shard's entry is of its metadata and files, not of its folder's name (renamed when a new month starts)", () => {
  const s = shards[2]!;
  assert.is(entriesKey({ ...s, id: 'x', path: 'pagefind/x/' }), entriesKey(s));
  assert.is.not(entriesKey({ ...s, names: 't9' }), entriesKey(s));
});
cached.run();

const reuse = suite('readShardEntries: the records of unchanged chunks taken from the version before');
const dir = join(outDir, 'pagefind/s3');
const metaOf = (lengths?: (n: number) => number) => {
  const meta = decodeMeta(unwrap(gunzipSync(readFileSync(join(dir, shards[3]!.meta))), shards[3]!.meta));
  return lengths ? { ...meta, pages: meta.pages.map((p, n) => ({ ...p, wordCount: lengths(n) })) } : meta;
};
const before = readShardEntries(dir, metaOf(), 't3');
// A marker in chunk 0's first entry: seen only where its records are taken, not decoded.
const marked = {
  ...before,
  entries: { ...before.entries, entries: before.entries.entries.map((e, i) => (i === 0 ? Uint8Array.of(7) : e)) },
};
const chunk = join(dir, 'index/t3_1.pf_index');
const kept = readFileSync(chunk);
const rows: Array<[what: string, lengths: ((n: number) => number) | undefined, taken: boolean]> = [
  ['same page lengths: unchanged chunks taken, the changed one decoded', undefined, true],
  ["another page's length: every chunk decoded", (n) => (n === 3 ? 4096 : metaOf().pages[n]!.wordCount), false],
];
for (const [what, lengths, taken] of rows)
  reuse(what, () => {
    const words = list(list(unwrap(gunzipSync(kept), chunk), 'chunk')[0], 'words') as CborValue[][];
    words[0]![1] = [[0, [-25, 1, 2], []]];
    writeFileSync(chunk, packCbor([words]));
    try {
      const meta = metaOf(lengths);
      const fresh = readShardEntries(dir, meta, 't3');
      const updated = readShardEntries(dir, meta, 't3', marked);
      assert.is.not(fresh.hashes.chunks[1], before.hashes.chunks[1]);
      assert.equal(updated.hashes, fresh.hashes);
      assert.equal(updated.entries.keys, fresh.entries.keys);
      assert.equal(updated.entries.chunks, fresh.entries.chunks);
      assert.equal(updated.entries.entries.slice(1), fresh.entries.entries.slice(1));
      assert.equal([...(updated.entries.entries[0] ?? [])], taken ? [7] : [...fresh.entries.entries[0]!]);
    } finally {
      writeFileSync(chunk, kept);
    }
  });
reuse.run();
