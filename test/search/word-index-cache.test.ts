import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSearchIndex } from '../../scripts/search/index.ts';
import { wordIndexKey } from '../../scripts/search/word-index-cache.ts';
import type { SearchManifest } from '../../scripts/search/manifest.ts';
import { searchArticles } from '../fixtures/search/archive.ts';
import { tempDir, treeHash } from '../helpers/archive.ts';

const test = suite('word index cache');

// Five covered shards and the tail (shards.test.ts): the word index covers all but the newest story.
const options = { maxShardArticles: 2, unitArticles: 1, bundle: false } as const;
const articles = searchArticles();
const editOf = (i: number) => articles.map((a, n) => (n === i ? { ...a, text: `${a.text} ज़िला कलेक्टर ने शाम को अधिकारियों की बैठक ली।` } : a));
const manifestOf = (out: string) => JSON.parse(readFileSync(join(out, 'pagefind', 'manifest.json'), 'utf8')) as SearchManifest;

/** A build with a cache, then one of `next` updating it (its index moved aside, as previous-site.ts does); and a build of `next` from nothing. */
async function merge(next: typeof articles, tamper?: (cacheDir: string, first: string) => void) {
  const cacheDir = join(tempDir('samachar-cache-'), 'search');
  const first = tempDir('samachar-search-');
  await buildSearchIndex({ ...options, outDir: first, articles, cacheDir });
  tamper?.(cacheDir, first);
  const aside = join(tempDir('samachar-aside-'), 'pagefind');
  const words = statSync(join(first, 'pagefind', 'words')).ino;
  renameSync(join(first, 'pagefind'), aside);
  const out = tempDir('samachar-search-');
  await buildSearchIndex({ ...options, outDir: out, articles: next, cacheDir, previous: aside });
  const fresh = tempDir('samachar-search-');
  await buildSearchIndex({ ...options, outDir: fresh, articles: next });
  return { out, fresh, words, first: manifestOf(out), cacheDir };
}

/** Sets the tag of every cached word index to `x`: a build that recalls one says so in its manifest. */
const markRemembered = (cacheDir: string) => {
  for (const name of readdirSync(cacheDir).filter((n) => n.startsWith('wordindex-'))) {
    const file = join(cacheDir, name, 'index.json');
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { info: { tag: string } };
    kept.info.tag = 'x';
    writeFileSync(file, JSON.stringify(kept));
  }
};

const cases: Array<[what: string, story: number, recalled: boolean]> = [
  ['the newest story (the tail, left out): the word index of the build before', 0, true],
  ['an old story (a covered shard): the word index joined again', articles.length - 1, false],
];
for (const [what, story, recalled] of cases) {
  test(`an edit of ${what}, with the bytes of a build from nothing`, async () => {
    const { out, fresh, words } = await merge(editOf(story));
    assert.is(treeHash(out), treeHash(fresh));
    assert.is(statSync(join(out, 'pagefind', 'words')).ino, words, 'the previous word folder, taken over');
    const marked = await merge(editOf(story), markRemembered);
    assert.is(marked.first.words!.tag === 'x', recalled);
  });
}

test('a recalled word index keeps the cached entries of its shards in use, for the next join', async () => {
  const entries = (cacheDir: string) => readdirSync(cacheDir).filter((n) => /^words-[0-9a-f]+$/.test(n));
  const age = (cacheDir: string) => {
    markRemembered(cacheDir);
    for (const name of entries(cacheDir)) utimesSync(join(cacheDir, name, '.shard.json'), 1000, 1000);
  };
  const { first, cacheDir } = await merge(editOf(0), age);
  assert.is(first.words!.tag, 'x');
  const used = entries(cacheDir).filter((n) => statSync(join(cacheDir, n, '.shard.json')).mtimeMs > 1_000_000);
  assert.is(used.length, first.words!.covers);
});

test('a remembered word index whose files neither the store nor the previous folder hold whole: joined again', async () => {
  const lose = (cacheDir: string, site: string) => {
    markRemembered(cacheDir);
    for (const folder of [join(cacheDir, 'words-gzip'), join(site, 'pagefind', 'words')])
      rmSync(join(folder, readdirSync(folder).find((f) => f.endsWith('.pf_words'))!));
  };
  const { out, fresh, first } = await merge(editOf(0), lose);
  assert.is.not(first.words!.tag, 'x');
  assert.is(treeHash(out), treeHash(fresh));
});

test("the key: the covered shards' contents, not their folders' names (a story of a new month may rename the newest)", async () => {
  const out = tempDir('samachar-search-');
  await buildSearchIndex({ ...options, outDir: out, articles });
  const covered = manifestOf(out).shards.slice(1);
  const key = wordIndexKey(covered, {});
  assert.is(
    wordIndexKey(
      covered.map((s, i) => (i === 0 ? { ...s, id: 'x', path: 'pagefind/x/' } : s)),
      {},
    ),
    key,
  );
  assert.is.not(
    wordIndexKey(
      covered.map((s, i) => (i === 0 ? { ...s, meta: 'x' } : s)),
      {},
    ),
    key,
  );
  assert.is.not(wordIndexKey([...covered].reverse(), {}), key);
});

test.run();
