import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { entriesKey, shardEntries } from '../../scripts/search/word-entries.ts';
import { writeWordIndex } from '../../scripts/search/word-index.ts';
import { tempDir, treeHash } from '../helpers/archive.ts';
import { writeWordShards } from '../helpers/word-shards.ts';

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
