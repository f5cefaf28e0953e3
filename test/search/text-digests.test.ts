import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Article } from '../../scripts/catalog/types.ts';
import { UnitCache } from '../../scripts/search/cache.ts';
import { TextDigests, textDigest } from '../../scripts/search/text-digests.ts';
import { shardKeys } from '../../scripts/search/unit-keys.ts';
import { searchArticles } from '../fixtures/search/archive.ts';
import { tempDir } from '../helpers/archive.ts';

const articles = searchArticles();
const digests = suite('TextDigests: text digests remembered by story version');

/** The stories with their text counted when read, as the catalog's first read makes it from the Markdown. */
function counted(list: readonly Article[]): { stories: Article[]; reads: () => number } {
  let reads = 0;
  const stories = list.map((a) => {
    const copy = { ...a } as Article;
    Object.defineProperty(copy, 'text', {
      get: () => {
        reads++;
        return a.text;
      },
    });
    return copy;
  });
  return { stories, reads: () => reads };
}

const version = (v: string) => (path: string) => `${v}:${path.length}`;

digests('a memo saved by one build gives the next the same digests, reading no text', () => {
  const cacheDir = tempDir('samachar-text-digests-');
  const first = new TextDigests(new UnitCache(cacheDir), version('a'));
  const want = articles.map((a) => textDigest(a.text));
  assert.equal(articles.map(first.of), want);
  first.save();
  const { stories, reads } = counted(articles);
  const second = new TextDigests(new UnitCache(cacheDir), version('a'));
  assert.equal(stories.map(second.of), want);
  assert.is(reads(), 0);
});

digests('a story whose version changed, or another file with the same version, is read again', () => {
  const cacheDir = tempDir('samachar-text-digests-');
  const first = new TextDigests(new UnitCache(cacheDir), version('a'));
  articles.forEach(first.of);
  first.save();
  const edited = articles.map((a, i) => (i === 2 ? ({ ...a, text: `${a.text} जाँच जारी है।` } as Article) : a));
  const memo = new TextDigests(new UnitCache(cacheDir), (path) => (path === articles[2]!.sourcePath ? 'b:edited' : version('a')(path)));
  assert.equal(
    edited.map(memo.of),
    edited.map((a) => textDigest(a.text)),
  );
  const moved = { ...articles[0]!, sourcePath: `${articles[0]!.sourcePath}.copy`, text: 'दूसरी ख़बर' } as Article;
  const same = new TextDigests(new UnitCache(cacheDir), () => version('a')(articles[0]!.sourcePath));
  assert.is(same.of(moved), textDigest('दूसरी ख़बर'));
});

digests('without a version or a cache the digest is made from the text; keys are the same either way', () => {
  const { stories, reads } = counted(articles);
  const plain = new TextDigests();
  assert.is(plain.of(stories[0]!), textDigest(articles[0]!.text));
  assert.is(reads(), 1);
  const cacheDir = tempDir('samachar-text-digests-');
  const warm = new TextDigests(new UnitCache(cacheDir), version('a'));
  articles.forEach(warm.of);
  warm.save();
  const units = [3, 3, articles.length - 6];
  const memo = new TextDigests(new UnitCache(cacheDir), version('a'));
  assert.equal(shardKeys(articles, units, false, undefined, memo.of), shardKeys(articles, units, false));
});

digests('a story that left the archive leaves the memo', () => {
  const cacheDir = tempDir('samachar-text-digests-');
  const first = new TextDigests(new UnitCache(cacheDir), version('a'));
  articles.forEach(first.of);
  first.save();
  const fewer = new TextDigests(new UnitCache(cacheDir), version('a'));
  articles.slice(1).forEach(fewer.of);
  fewer.save();
  const { stories, reads } = counted(articles);
  const next = new TextDigests(new UnitCache(cacheDir), version('a'));
  stories.forEach(next.of);
  assert.is(reads(), 1);
});

digests.run();
