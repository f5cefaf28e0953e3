import { createHash } from 'node:crypto';
import { readdirSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Article } from '../../scripts/catalog/types.ts';
import { staleEntries, UnitCache } from '../../scripts/search/cache.ts';
import type { BundleFile } from '../../scripts/search/compact-names.ts';
import { archiveVocabulary } from '../../scripts/search/roman-map.ts';
import { asPart, shardedVocabulary } from '../../scripts/search/vocab-sums.ts';
import { mergeParts, type ArchiveVocabulary } from '../../scripts/search/vocab-parts.ts';
import { searchArticles } from '../fixtures/search/archive.ts';
import { tempDir } from '../helpers/archive.ts';

const articles = searchArticles();
// Maps compared in insertion order too: the sum must be a single pass's, not only the same counts.
const plain = (v: ArchiveVocabulary) => ({ df: [...v.df].sort(), inTitle: [...v.inTitle].sort(), written: [...v.written].sort() });

/** Shards of two units of one story each, newest first, each unit keyed by what it holds. */
const shardsOf = (list: readonly Article[]) =>
  Array.from({ length: Math.ceil(list.length / 2) }, (_, s) =>
    list.slice(s * 2, s * 2 + 2).map((a) => ({
      key: createHash('sha1')
        .update(JSON.stringify([a.id, a.title, a.text]))
        .digest('hex'),
      articles: [a],
    })),
  );

/** A cache that counts the entries read. */
class Counting extends UnitCache {
  reads = 0;
  stored: string[] = [];
  override readFiles(key: string): BundleFile[] | undefined {
    this.reads++;
    return super.readFiles(key);
  }
  override storeFiles(key: string, files: readonly BundleFile[]): void {
    this.stored.push(key);
    super.storeFiles(key, files);
  }
}

const sums = suite('shardedVocabulary: kept sums of the older shards');

sums('cold and warm, with and without a cache: the vocabulary of one pass', () => {
  const want = plain(archiveVocabulary(articles));
  assert.ok(shardsOf(articles).length >= 4, 'the archive has several shards');
  assert.equal(plain(shardedVocabulary(shardsOf(articles))), want);
  const cache = new UnitCache(tempDir('samachar-vocab-sums-'));
  assert.equal(plain(shardedVocabulary(shardsOf(articles), cache)), want, 'cold');
  assert.equal(plain(shardedVocabulary(shardsOf(articles), cache)), want, 'warm');
});

const edit = (i: number) => (l: readonly Article[]) =>
  l.map((a, k) => (k === i ? ({ ...a, text: `${a.text} नहर का पानी खेतों तक पहुँचा।` } as Article) : a));
const changes: Array<[string, (l: readonly Article[]) => readonly Article[], number]> = [
  // [what, change, most entries the build after it reads: the sums looked for and the units of the shards before the one found]
  ['a story of the first shard edited', edit(1), 3],
  ['a story of the second shard edited', edit(2), 6],
  ['a story further back edited', edit(7), 2 + articles.length],
  [
    'a title in the third shard',
    (l) => l.map((a, k) => (k === 5 ? ({ ...a, title: 'सड़क के लिए धरना' } as Article) : a)),
    2 + articles.length,
  ],
  [
    'a story added, newest',
    (l) => [{ ...l[0]!, id: 'nayi', title: 'ज़िला परिषद में नियुक्ति', text: 'ज़िला परिषद ने दो नए अभियंता रखे।' } as Article, ...l],
    3 + articles.length,
  ],
];
for (const [what, change, most] of changes) {
  sums(`after ${what}: the vocabulary of one pass, from few entries`, () => {
    const cache = new Counting(tempDir('samachar-vocab-sums-'));
    shardedVocabulary(shardsOf(articles), cache);
    const changed = change(articles);
    cache.reads = 0;
    assert.equal(plain(shardedVocabulary(shardsOf(changed), cache)), plain(archiveVocabulary(changed)));
    assert.ok(cache.reads <= most, `${cache.reads} entries read`);
    cache.reads = 0;
    assert.equal(plain(shardedVocabulary(shardsOf(changed), cache)), plain(archiveVocabulary(changed)), 'the build after');
    assert.is(cache.reads, 3, 'the first shard and a sum');
  });
}

sums('a build that finds a sum keeps what a later edit of an older shard reads', () => {
  const dir = tempDir('samachar-vocab-sums-');
  const cache = new Counting(dir);
  shardedVocabulary(shardsOf(articles), cache);
  // A publication, as the cache sees it: the first shard changed, the sum after it found. The
  // cache then deletes what this build did not use.
  const published = edit(0)(articles);
  // Earlier builds an hour ago (file times are coarser than Date.now()).
  const since = Date.now() - 30 * 60_000;
  const before = new Date(since - 30 * 60_000);
  for (const name of readdirSync(dir)) utimesSync(join(dir, name, '.shard.json'), before, before);
  cache.reads = 0;
  shardedVocabulary(shardsOf(published), cache);
  assert.is(cache.reads, 3, 'the first shard and the sum after it');
  const stale = new Set(staleEntries(dir, since, 0).map((p) => p.split(/[\\/]/).at(-1)));
  const older = shardsOf(published)
    .slice(1)
    .flat()
    .map((u) => `${u.key}-v`);
  assert.equal(
    older.filter((k) => stale.has(k)),
    [],
    'no unit part of an older shard is left to be deleted',
  );
  for (const k of stale) rmSync(join(dir, k!), { recursive: true });
  // An edit further back then reads its units' parts, never a story's text.
  const edited = edit(7)(published);
  cache.stored = [];
  assert.equal(plain(shardedVocabulary(shardsOf(edited), cache)), plain(archiveVocabulary(edited)));
  const scanned = cache.stored.filter((k) => k.endsWith('-v'));
  assert.is(scanned.length, 1, `units scanned: ${scanned.join(' ')}`);
});

sums('a vocabulary as one part merges back to itself', () => {
  const v = archiveVocabulary(articles);
  assert.ok(v.written.size > 0 && v.inTitle.size > 0);
  assert.equal(plain(mergeParts([asPart(v)])), plain(v));
});

sums.run();
