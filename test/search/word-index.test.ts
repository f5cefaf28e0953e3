import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { CborValue } from '../../scripts/search/cbor.ts';
import { list, unwrap } from '../../scripts/search/pagefind-format.ts';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type WordEntry } from '../../scripts/search/browser/index-format.ts';
import { ShardReader, type FetchBytes } from '../../scripts/search/browser/shard-reader.ts';
import { WordIndexReader } from '../../scripts/search/browser/word-reader.ts';
import { loadedEntries } from '../helpers/word-positions.ts';
import { writeWordIndex } from '../../scripts/search/word-index.ts';
import { tempDir } from '../helpers/archive.ts';
import { packCbor, writeWordShards } from '../helpers/word-shards.ts';

const outDir = tempDir('samachar-word-index-');
const SHARDS = 5;
const PAGES = 30;
const { shards, lengths, word } = writeWordShards(outDir, SHARDS, PAGES);
const info = writeWordIndex(outDir, shards, { fileBytes: 300, fan: 4 })!;
const site = pathToFileURL(join(outDir, '/')).href;
const fetched: string[] = [];
const read: FetchBytes = async (url, range) => {
  fetched.push(url);
  const bytes = new Uint8Array(readFileSync(fileURLToPath(url)));
  return range ? bytes.subarray(...range) : bytes;
};
const readers = await Promise.all(shards.map((s) => ShardReader.open(new URL(s.path, site).href, s.meta, read, '/', s.names)));
const words = new WordIndexReader(info, new URL(info.path, site).href, read);
// The build leaves the tail (the newest shard) out; the reader looks it up in its own chunks.
const tailOut = writeWordIndex(outDir, shards, { fileBytes: 300, fan: 4, leaveOut: 1 })!;
const withTail = new WordIndexReader(tailOut, new URL(tailOut.path, site).href, read, readers.slice(0, 1));
const plain = async (entries: readonly WordEntry[]) =>
  (await loadedEntries(entries)).map((e) => ({
    key: e.key,
    spellings: e.spellings.map((sp) => ({ form: sp.form, postings: sp.postings.map(({ length: _, ...p }) => p) })),
  }));

const exact = suite('writeWordIndex and WordIndexReader: what each shard answers, from one index');
exact('the index is cut into many files and directory files, as asked', () => {
  assert.ok(info.files > 20 && info.dirs.length > 3, `${info.files} files, ${info.dirs.length} directories`);
  assert.is(
    info.dirs.reduce((a, d) => a + d[2], 0),
    info.files,
  );
  assert.ok(readdirSync(join(outDir, info.path)).length >= info.files + info.dirs.length);
  assert.is(tailOut.covers, SHARDS - 1);
  assert.is(tailOut.pages, info.pages, 'the totals count the shard left out');
  assert.is(info.pages, SHARDS * PAGES);
  assert.is(
    info.words,
    lengths.flat().reduce((a, b) => a + b, 0),
  );
});
exact('every word of up to four letters, and longer ones, finds the entries each shard finds in its own chunks', async () => {
  const all = ['', 'z', 'abcdz', 'dddddd'];
  for (let n = 1; n <= 4; n++)
    for (let i = 0; i < 4 ** n; i++) all.push([...i.toString(4).padStart(n, '0')].map((d) => 'abcd'[+d]).join(''));
  for (let i = 0; i < 60; i++) all.push(word(7));
  let found = 0;
  for (const w of all)
    for (const [name, reader] of [
      ['all shards', words],
      ['the tail left out', withTail],
    ] as const) {
      const ours = await reader.lookup(w);
      assert.is(ours.length, SHARDS);
      for (const [s, shard] of readers.entries()) {
        const theirs = await shard.lookup(w);
        assert.equal(await plain(ours[s]!.entries), await plain(theirs.entries), `${w} in shard ${s} (${name})`);
        assert.is(ours[s]!.key, theirs.key);
        found += theirs.entries.length;
        if (s === 0 && reader === withTail) continue;
        for (const e of ours[s]!.entries)
          for (const sp of e.spellings) for (const p of sp.postings) assert.is(p.length, lengths[s]![p.page], `${w}: page length`);
      }
    }
  assert.ok(found > 2000, `${found}`);
});
exact('a lookup reads only the word index: directory and word files, no shard metadata or chunk', async () => {
  fetched.length = 0;
  await new WordIndexReader(info, new URL(info.path, site).href, read).lookup('abca');
  // Its file, and for shards without a longer word, those of its shorter words `abc`, `ab`, `a`.
  assert.ok(fetched.length >= 2 && fetched.length <= 2 * 4, fetched.join(' '));
  assert.ok(fetched.every((u) => u.includes('/words/')));
});
exact("a one-letter word reads its longer words' files only while some shard's chunk of it goes on", async () => {
  fetched.length = 0;
  await new WordIndexReader(info, new URL(info.path, site).href, read).lookup('a');
  // Every file whose first key starts with `a` was 33 downloads here; the entries above stay exact.
  assert.ok(fetched.length <= 6, `${fetched.length} files`);
});
exact('page names without the metadata: derived, and those it lists carried in the manifest', () => {
  assert.equal(info.shards[1]!.listed, [
    [10, 'u1_'],
    [20, 'fixed'],
  ]);
  shards.forEach((s, i) => {
    const derived = ShardReader.derived('', s.names, PAGES, info.shards[i]!.listed ?? [], [], read);
    assert.equal(
      derived.meta.pages.map((p) => p.hash),
      readers[i]!.meta.pages.map((p) => p.hash),
    );
  });
  assert.is(readers[1]!.meta.pages[12]!.hash, 'u1_2');
});
exact('not written for fewer shards than it helps at (their own chunks are as small)', () => {
  assert.is(writeWordIndex(outDir, shards.slice(0, 1), { minShards: 1 }), undefined);
  assert.is(writeWordIndex(outDir, shards.slice(0, 3), { minShards: 4 }), undefined);
  assert.is(writeWordIndex(outDir, shards, { minShards: 4, leaveOut: 2 }), undefined);
  assert.ok(writeWordIndex(outDir, shards.slice(0, 4), { minShards: 4 }));
});
exact.run();

const stable = suite('writeWordIndex: file names of content, cut where the keys say');
stable('a change to one word of one shard writes a few new files; an older manifest never reads them', async () => {
  const changed = tempDir('samachar-word-index-changed-');
  cpSync(join(outDir, 'pagefind'), join(changed, 'pagefind'), { recursive: true });
  rmSync(join(changed, 'pagefind/words'), { recursive: true });
  const options = { fileBytes: 1000, fan: 4, cutEvery: 4 };
  const before = writeWordIndex(changed, shards, options)!;
  const names = (dir: string) => new Set(readdirSync(join(dir, 'pagefind/words')));
  const old = names(changed);
  // The first word of a chunk in the middle of shard 2 now on every page (its entry grows by about 200 bytes,
  // which moves every later cut of files cut by size alone: `cutEvery: 1e9` makes all 21 files new).
  const chunk = join(changed, 'pagefind/s2/index/t2_5.pf_index');
  const words = list(unwrap(gunzipSync(readFileSync(chunk)), chunk), 'chunk')[0] as CborValue[][];
  const edited = words[0]![0] as string;
  words[0]![1] = Array.from({ length: PAGES }, (_, n) => [n === 0 ? 0 : 1, [-25, 1, 1], []]);
  writeFileSync(chunk, packCbor([words]));
  rmSync(join(changed, 'pagefind/words'), { recursive: true });
  const after = writeWordIndex(changed, shards, options)!;
  const fresh = [...names(changed)].filter((n) => !old.has(n));
  assert.ok(after.files > 10 && fresh.length >= 2, `${fresh.length} new of ${after.files + after.dirs.length}`);
  assert.ok(fresh.length <= 4, `${fresh.length} new of ${after.files + after.dirs.length}: ${fresh.join(' ')}`);
  const site = pathToFileURL(join(changed, '/')).href;
  const oldReader = new WordIndexReader(before, new URL(before.path, site).href, read);
  // The site now holds only the new files: a page that loaded the older manifest fails, never mixes.
  let error: unknown;
  await oldReader.lookup(edited).catch((e) => (error = e));
  assert.ok(error, `${edited}: read through the older manifest`);
  const theirs = await (await ShardReader.open(new URL(shards[2]!.path, site).href, shards[2]!.meta, read, '/', shards[2]!.names)).lookup(
    edited,
  );
  const ours = await new WordIndexReader(after, new URL(after.path, site).href, read).lookup(edited);
  assert.equal(await plain(ours[2]!.entries), await plain(theirs.entries));
});
stable.run();
