import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { linkSync, mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { keepUnchanged } from '../../scripts/build/output-diff.ts';
import { tempDir } from '../helpers/archive.ts';

const diff = suite('keepUnchanged: what a host uploading by hash or time sends');

const put = (dir: string, rel: string, text: string, time?: number) => {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
  if (time) utimesSync(join(dir, rel), time, time);
};

diff('same bytes keep the old time; new, changed and removed files are counted', () => {
  const prev = tempDir();
  const next = tempDir();
  const old = 1_700_000_000;
  put(prev, 'index.html', 'होम', old);
  put(next, 'index.html', 'होम');
  put(prev, 'khel/index.html', 'पुराना', old);
  put(next, 'khel/index.html', 'नया');
  put(prev, 'gone.html', 'हटा', old);
  put(next, '2026/11/nayi/index.html', 'नई ख़बर');
  put(prev, 'shared.html', 'साझा', old);
  linkSync(join(prev, 'shared.html'), join(next, 'shared.html'));
  put(prev, 'pagefind/a/fragment/x_1.pf_fragment', 'एक', old);
  put(next, 'pagefind/a/fragment/x_2.pf_fragment', 'एक');
  assert.equal(keepUnchanged(prev, next), { added: 2, changed: 1, removed: 2, unchanged: 2, search: 2 });
  assert.is(statSync(join(next, 'index.html')).mtimeMs, old * 1000);
  assert.is.not(statSync(join(next, 'khel/index.html')).mtimeMs, old * 1000);
});

diff('a first build has nothing to compare with: every file is new', () => {
  const next = tempDir();
  put(next, 'index.html', 'होम');
  assert.equal(keepUnchanged(join(next, 'missing'), next), { added: 1, changed: 0, removed: 0, unchanged: 0, search: 0 });
});

diff('what the build of the live site recorded is trusted: its file list, and pages known to be its own', () => {
  const prev = tempDir();
  const next = tempDir();
  const old = 1_700_000_000;
  put(prev, 'index.html', 'होम', old);
  put(next, 'index.html', 'होम');
  put(prev, 'khel/index.html', 'खेल', old);
  put(next, 'khel/index.html', 'खेल बदला');
  put(next, 'nayi/index.html', 'नई');
  const listed: string[] = [];
  // The record lists a file an editor removed by hand since, and `khel/` is said to be the live file itself.
  const live = { files: ['index.html', 'khel/index.html', 'hata/index.html'], same: new Set(['khel/index.html']) };
  assert.equal(keepUnchanged(prev, next, live, listed), { added: 1, changed: 0, removed: 1, unchanged: 2, search: 0 });
  assert.equal(listed.sort(), ['index.html', 'khel/index.html', 'nayi/index.html']);
  assert.is(statSync(join(next, 'index.html')).mtimeMs, old * 1000);
});

diff('a recorded file no longer in the live site counts as new', () => {
  const prev = tempDir();
  const next = tempDir();
  put(next, 'index.html', 'होम');
  assert.equal(keepUnchanged(prev, next, { files: ['index.html'] }), { added: 1, changed: 0, removed: 0, unchanged: 0, search: 0 });
});

diff('a site of 300,000 files is counted without overflowing the call stack (a 100,000-story site has about 260,000)', () => {
  const paths = Array.from({ length: 300_000 }, (_, i) => `pagefind${i % 2 ? '/x' : ''}/f${i}.pf_fragment`);
  const listed: string[] = [];
  const out = keepUnchanged(tempDir(), tempDir(), { files: [], next: () => paths }, listed);
  assert.equal(out.added, 300_000);
  assert.equal(listed.length, 300_000);
});

diff("a word file's name is its bytes: the same name and size is unchanged without being read", () => {
  const prev = tempDir();
  const next = tempDir();
  const old = 1_700_000_000;
  // Same sizes, other bytes: only a file named by its content is taken as the same unread.
  put(prev, 'pagefind/words/00365a1f25.pf_words', 'शब्द एक', old);
  put(next, 'pagefind/words/00365a1f25.pf_words', 'शब्द दो');
  put(prev, 'pagefind/roman/0.json', 'रोमन एक', old);
  put(next, 'pagefind/roman/0.json', 'रोमन दो');
  assert.equal(keepUnchanged(prev, next), { added: 0, changed: 1, removed: 0, unchanged: 1, search: 1 });
  assert.is(statSync(join(next, 'pagefind/words/00365a1f25.pf_words')).mtimeMs, old * 1000);
});

/** A shard folder of the search index and its manifest entry, as the search stage writes them. */
const shard = (dir: string, id: string, meta: string, files: Record<string, string>) => {
  put(dir, `pagefind/${id}/${meta}`, 'मेटा');
  for (const [rel, text] of Object.entries(files)) put(dir, `pagefind/${id}/${rel}`, text);
};
const manifest = (dir: string, shards: Array<[string, string]>) =>
  put(dir, 'pagefind/manifest.json', JSON.stringify({ shards: shards.map(([id, meta]) => ({ id, path: `pagefind/${id}/`, meta })) }));

diff("a shard folder that is the live one's (same entry, its metadata one inode) is neither listed nor stat'ed", () => {
  const prev = tempDir();
  const next = tempDir();
  shard(prev, '2019', 'pagefind.hi_aa.pf_meta', { 'index/x_1.pf_index': 'एक', 'fragment/x_1.pf_fragment': 'दो' });
  shard(prev, '2026', 'pagefind.hi_bb.pf_meta', { 'index/y_1.pf_index': 'तीन' });
  // 2019: the live folder's files linked (from the one cache entry); 2026: the same entry copied.
  for (const rel of ['pagefind.hi_aa.pf_meta', 'index/x_1.pf_index', 'fragment/x_1.pf_fragment']) {
    mkdirSync(dirname(join(next, 'pagefind/2019', rel)), { recursive: true });
    linkSync(join(prev, 'pagefind/2019', rel), join(next, 'pagefind/2019', rel));
  }
  shard(next, '2026', 'pagefind.hi_bb.pf_meta', { 'index/y_1.pf_index': 'तीन' });
  manifest(prev, [
    ['2019', 'pagefind.hi_aa.pf_meta'],
    ['2026', 'pagefind.hi_bb.pf_meta'],
  ]);
  manifest(next, [
    ['2019', 'pagefind.hi_aa.pf_meta'],
    ['2026', 'pagefind.hi_bb.pf_meta'],
  ]);
  const liveFiles = [
    'pagefind/manifest.json',
    'pagefind/2019/pagefind.hi_aa.pf_meta',
    'pagefind/2019/index/x_1.pf_index',
    'pagefind/2019/fragment/x_1.pf_fragment',
    'pagefind/2026/pagefind.hi_bb.pf_meta',
    'pagefind/2026/index/y_1.pf_index',
  ];
  const walked: Array<ReadonlySet<string> | undefined> = [];
  const next2026 = ['pagefind/manifest.json', 'pagefind/2026/pagefind.hi_bb.pf_meta', 'pagefind/2026/index/y_1.pf_index'];
  const listed: string[] = [];
  const out = keepUnchanged(prev, next, { files: liveFiles, next: (skip) => (walked.push(skip), next2026) }, listed);
  assert.equal([...walked[0]!], ['pagefind/2019'], 'only the linked shard is skipped');
  assert.equal(out, { added: 0, changed: 0, removed: 0, unchanged: 6, search: 0 });
  assert.equal(listed.sort(), [...liveFiles].sort(), "the skipped folder's files are the new site's, from the record");
});

diff('a shard whose manifest entry changed is compared file by file', () => {
  const prev = tempDir();
  const next = tempDir();
  shard(prev, '2026', 'pagefind.hi_bb.pf_meta', { 'index/y_1.pf_index': 'तीन' });
  mkdirSync(join(next, 'pagefind/2026/index'), { recursive: true });
  linkSync(join(prev, 'pagefind/2026/pagefind.hi_bb.pf_meta'), join(next, 'pagefind/2026/pagefind.hi_bb.pf_meta'));
  put(next, 'pagefind/2026/index/y_2.pf_index', 'चार');
  manifest(prev, [['2026', 'pagefind.hi_bb.pf_meta']]);
  put(
    next,
    'pagefind/manifest.json',
    JSON.stringify({ shards: [{ id: '2026', path: 'pagefind/2026/', meta: 'pagefind.hi_bb.pf_meta', names: 'z' }] }),
  );
  const listed: string[] = [];
  const out = keepUnchanged(prev, next, { next: (skip) => (assert.is(skip?.size, 0), ['pagefind/2026/index/y_2.pf_index']) }, listed);
  assert.equal(out.added, 1);
});

diff.run();
