import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { encodeCbor, type CborValue } from '../../scripts/search/cbor.ts';
import { compareKeys, type WordEntry } from '../../scripts/search/browser/index-format.ts';
import { ShardReader, type FetchBytes } from '../../scripts/search/browser/shard-reader.ts';
import { WordIndexReader } from '../../scripts/search/browser/word-reader.ts';
import type { ShardInfo } from '../../scripts/search/manifest.ts';
import { withSignature } from '../../scripts/search/pagefind-format.ts';
import { writeWordIndex } from '../../scripts/search/word-index.ts';
import { tempDir } from '../helpers/archive.ts';

// Shards written by hand in Pagefind's layout: keys over four letters, so that many are prefixes
// of one another, cut into many small chunks whose listed start is often shorter than their first
// key (Pagefind lists `1166` for a chunk that starts at `11665`). Pagefind's own chunks are too
// large for a test archive to have more than one or two.
let seed = 11;
const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor((seed / 2147483648) * n));
const word = (max: number) => Array.from({ length: 1 + rnd(max) }, () => 'abcd'[rnd(4)]).join('');
const pack = (v: CborValue) => gzipSync(withSignature(encodeCbor(v)));

const outDir = tempDir('samachar-word-index-');
const SHARDS = 5;
const PAGES = 30;
const shards: ShardInfo[] = [];
const lengths: number[][] = [];
for (let s = 0; s < SHARDS; s++) {
  const dir = join(outDir, `pagefind/s${s}`);
  mkdirSync(join(dir, 'index'), { recursive: true });
  const keys = [...new Set(Array.from({ length: 120 }, () => word(5)))].sort(compareKeys);
  const cut: string[][] = [];
  for (let i = 0, n = 1; i < keys.length; i += n, n = 1 + rnd(12)) cut.push(keys.slice(i, i + n));
  const postings = () => {
    let page = -1;
    return Array.from({ length: 1 + rnd(4) }, () => {
      const delta = 1 + rnd(5);
      page += delta;
      return page < PAGES ? [delta, [-25, rnd(9), 1 + rnd(4)], rnd(2) ? [-1, 0] : []] : undefined;
    }).filter((p) => p !== undefined);
  };
  let previous = '';
  const list = cut.map((c, n) => {
    writeFileSync(
      join(dir, `index/t${s}_${n.toString(36)}.pf_index`),
      pack([c.map((k) => [k, postings(), rnd(3) ? [] : [[`${k}e`, postings()]]])]),
    );
    // The shortest start that still sorts after the previous chunk's last key.
    let from = c[0]!.slice(0, 1);
    while (compareKeys(from, previous) <= 0) from = c[0]!.slice(0, from.length + 1);
    previous = c[c.length - 1]!;
    return [from, '', ''];
  });
  lengths.push(Array.from({ length: PAGES }, () => 2 ** rnd(10)));
  // Shard 1 lists some page names, as a shard joined from units does (`<unit tag>_` starts a unit).
  const listed = (n: number) => (s === 1 && n === 10 ? 'u1_' : s === 1 && n === 20 ? 'fixed' : '');
  const meta = ['1.6.0', lengths[s]!.map((w, n) => [listed(n), w, '']), list, [], [], ['title']];
  writeFileSync(join(dir, 'pagefind.hi_x.pf_meta'), pack(meta));
  shards.push({
    id: `s${s}`,
    path: `pagefind/s${s}/`,
    meta: 'pagefind.hi_x.pf_meta',
    names: `t${s}`,
    articles: PAGES,
    newest: '',
    oldest: '',
  });
}
const info = writeWordIndex(outDir, shards, { fileBytes: 300, fan: 4 })!;
const site = pathToFileURL(join(outDir, '/')).href;
const fetched: string[] = [];
const read: FetchBytes = async (url) => (fetched.push(url), new Uint8Array(readFileSync(fileURLToPath(url))));
const readers = await Promise.all(shards.map((s) => ShardReader.open(new URL(s.path, site).href, s.meta, read, '/', s.names)));
const words = new WordIndexReader(info, new URL(info.path, site).href, read, SHARDS);
const plain = (entries: readonly WordEntry[]) =>
  entries.map((e) => ({
    key: e.key,
    spellings: e.spellings.map((sp) => ({ form: sp.form, postings: sp.postings.map(({ length: _, ...p }) => p) })),
  }));

const exact = suite('writeWordIndex and WordIndexReader: what each shard answers, from one index');
exact('the index is cut into many files and directory files, as asked', () => {
  assert.ok(info.files > 20 && info.keys.length > 3, `${info.files} files, ${info.keys.length} directories`);
  assert.is(readdirSync(join(outDir, info.path)).length, info.files + info.keys.length);
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
  for (const w of all) {
    const ours = await words.lookup(w);
    for (const [s, reader] of readers.entries()) {
      const theirs = await reader.lookup(w);
      assert.equal(plain(ours[s]!.entries), plain(theirs.entries), `${w} in shard ${s}`);
      assert.is(ours[s]!.key, theirs.key);
      found += theirs.entries.length;
      for (const e of ours[s]!.entries)
        for (const sp of e.spellings) for (const p of sp.postings) assert.is(p.length, lengths[s]![p.page], `${w}: page length`);
    }
  }
  assert.ok(found > 1000, `${found}`);
});
exact('a lookup reads only the word index: directory and word files, no shard metadata or chunk', async () => {
  fetched.length = 0;
  await new WordIndexReader(info, new URL(info.path, site).href, read, SHARDS).lookup('abca');
  // Its file, and for shards without a longer word, those of its shorter words `abc`, `ab`, `a`.
  assert.ok(fetched.length >= 2 && fetched.length <= 2 * 4, fetched.join(' '));
  assert.ok(fetched.every((u) => u.includes('/words/')));
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
exact('not written for one shard (its own chunks are as small)', () => {
  assert.is(writeWordIndex(outDir, shards.slice(0, 1)), undefined);
});
exact.run();
