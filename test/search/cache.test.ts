import { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ShardCache, staleEntries } from '../../scripts/search/cache.ts';
import { buildSearchIndex } from '../../scripts/search/index.ts';
import { searchArticles } from '../fixtures/search/archive.ts';
import { tempDir, treeHash } from '../helpers/archive.ts';

// Two shards of at most 5 stories (see shards.test.ts); no script bundle, it does not depend on the cache.
const articles = searchArticles();
const options = { maxShardArticles: 5, unitArticles: 1, bundle: false } as const;
const cacheDir = join(tempDir('samachar-cache-'), 'search');
const plain = tempDir('samachar-search-');
await buildSearchIndex({ ...options, outDir: plain, articles });

const cache = suite('shard cache');

// The plan (shards.test.ts): the newest story alone (the tail, 2026-03-04), 4 stories (2025-08_2026-02, the months they hold), 5 older; one story a unit.
cache('a first build fills the cache; a second reuses every shard and writes the same bytes', async () => {
  const first = tempDir('samachar-search-');
  const a = await buildSearchIndex({ ...options, outDir: first, articles, cacheDir });
  assert.equal([a.shards, a.cached, a.indexed], [3, 0, 10]);
  assert.is(
    readdirSync(cacheDir).length,
    10 + 3 + 10 + 1 + 2,
    'ten units, three shards, ten vocabulary parts, the word keys and the sums of the shards after the first and the second',
  );
  const second = tempDir('samachar-search-');
  const b = await buildSearchIndex({ ...options, outDir: second, articles, cacheDir });
  assert.equal([b.cached, b.indexed], [3, 0]);
  assert.is(treeHash(first), treeHash(plain));
  assert.is(treeHash(second), treeHash(plain));
  // Reused files are links to the cache, not copies.
  const meta = readdirSync(join(second, 'pagefind', '2025-08_2026-02')).find((f) => f.endsWith('.pf_meta'))!;
  assert.ok(statSync(join(second, 'pagefind', '2025-08_2026-02', meta)).nlink >= 2);
});

/** Names of every file under the shard folder `id` of a built site. */
const shardFiles = (out: string, id: string) =>
  readdirSync(join(out, 'pagefind', id), { recursive: true })
    .map(String)
    .sort();

const edits: Array<[string, number, string]> = [
  ['the newest story (the tail)', 0, '2026-03-04'],
  ['an old story', 7, '2024-03_2025-05'],
];
for (const [what, index, shard] of edits) {
  cache(`an edit of ${what} re-indexes its unit only, with the bytes of an uncached build`, async () => {
    const edited = articles.map((a, i) => (i === index ? { ...a, text: `${a.text} पंचायत समिति ने अगले हफ़्ते फिर बैठक बुलाई है।` } : a));
    const out = tempDir('samachar-search-');
    const r = await buildSearchIndex({ ...options, outDir: out, articles: edited, cacheDir });
    assert.equal([r.cached, r.indexed], [2, 1]);
    const fresh = tempDir('samachar-search-');
    await buildSearchIndex({ ...options, outDir: fresh, articles: edited });
    assert.is(treeHash(out), treeHash(fresh));
    assert.is.not(treeHash(out), treeHash(plain));
    // The pages of the shard's unchanged units keep their file names.
    const kept = shardFiles(out, shard).filter((f) => f.startsWith('fragment/'));
    const before = new Set(shardFiles(plain, shard));
    assert.is(kept.filter((f) => before.has(f)).length, kept.length - 1);
  });
}

// Cached path against uncached, byte for byte, after each kind of change (the vocabulary's unit parts and word keys too).
const changes: Array<[string, (list: typeof articles) => typeof articles]> = [
  [
    'a story published',
    (l) => [
      { ...l[0]!, id: 'nayi', url: '/2026/03/nayi/', title: 'जालोर में नई पेयजल योजना', text: 'जालोर के बारह गाँवों को नहर से पानी मिलेगा।' },
      ...l,
    ],
  ],
  ['an old story deleted', (l) => l.filter((_, i) => i !== 8)],
  ['a title edited', (l) => l.map((a, i) => (i === 5 ? { ...a, title: 'बाड़मेर में कांग्रेस का संभाग सम्मेलन' } : a))],
  ['a district renamed', (l) => l.map((a) => (a.district.name === 'जालोर' ? { ...a, district: { ...a.district, name: 'जालौर' } } : a))],
];
for (const [what, change] of changes) {
  cache(`after ${what}, a cached build writes the bytes of an uncached one`, async () => {
    const dir = join(tempDir('samachar-cache-'), 'search');
    await buildSearchIndex({ ...options, outDir: tempDir('samachar-search-'), articles, cacheDir: dir });
    const changed = change(articles);
    const out = tempDir('samachar-search-');
    await buildSearchIndex({ ...options, outDir: out, articles: changed, cacheDir: dir });
    const fresh = tempDir('samachar-search-');
    await buildSearchIndex({ ...options, outDir: fresh, articles: changed });
    assert.is(treeHash(out), treeHash(fresh));
  });
}

cache('the key changes with the records and with the options', () => {
  const rec = { url: '/a/', content: 'क', language: 'hi' };
  const k = ShardCache.key([rec], { withRuntime: true });
  assert.match(k, /^[0-9a-f]{32}$/);
  assert.is(ShardCache.key([rec], { withRuntime: true }), k);
  assert.is.not(ShardCache.key([{ ...rec, content: 'ख' }], { withRuntime: true }), k);
  assert.is.not(ShardCache.key([rec], { withRuntime: false }), k);
  assert.is.not(ShardCache.key([rec, rec], { withRuntime: true }), k);
});

cache('a missing entry is a miss; an entry without its stamp (a stopped build) is a miss', () => {
  const dir = tempDir('samachar-cache-');
  const c = new ShardCache(dir);
  assert.is(c.restore('0'.repeat(32), tempDir()), undefined);
  mkdirSync(join(dir, 'f'.repeat(32)));
  writeFileSync(join(dir, 'f'.repeat(32), 'pagefind-entry.json'), '{}');
  assert.is(c.restore('f'.repeat(32), tempDir()), undefined);
});

cache('stale entries: not used since the build started, beyond the four most recent; incomplete ones always', () => {
  const dir = tempDir('samachar-cache-');
  const c = new ShardCache(dir);
  const stamp = JSON.stringify({ files: 0, bytes: 0, pages: 0, meta: '' });
  const names = Array.from({ length: 7 }, (_, i) => String(i).repeat(32));
  names.forEach((name, i) => {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, '.shard.json'), stamp);
    const t = new Date(Date.UTC(2026, 0, 1 + i));
    utimesSync(join(dir, name, '.shard.json'), t, t);
  });
  mkdirSync(join(dir, `${'9'.repeat(32)}.tmp-1`));
  const since = Date.UTC(2026, 5, 1);
  assert.ok(c.restore(names[0]!, tempDir()), 'the oldest entry, used by this build');
  const stale = staleEntries(dir, since)
    .map((p) => p.slice(dir.length + 1))
    .sort();
  assert.equal(stale, [names[1], names[2], `${'9'.repeat(32)}.tmp-1`].sort());
  assert.equal(staleEntries(join(dir, 'missing'), since), []);
});

cache.run();
