import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSearchIndex } from '../../scripts/search/index.ts';
import type { SearchManifest } from '../../scripts/search/manifest.ts';
import { PreviousIndex, writeBuckets } from '../../scripts/search/previous-index.ts';
import { searchArticles } from '../fixtures/search/archive.ts';
import { tempDir, treeHash } from '../helpers/archive.ts';

const test = suite('previous index');

// Five covered shards and the tail (shards.test.ts), so that the word index is written too.
const options = { maxShardArticles: 2, unitArticles: 1, bundle: false } as const;
const articles = searchArticles();
// An edit of the oldest story: its shard changes, the others and most word files do not.
const edited = articles.map((a, i) => (i === articles.length - 1 ? { ...a, text: `${a.text} मंडी समिति ने खरीद केंद्रों की संख्या बढ़ाई।` } : a));

/** A first build with a cache, its index moved aside as previous-site.ts moves it; the folders' inodes before the move. */
async function previousOf(cacheDir: string) {
  const out = tempDir('samachar-search-');
  await buildSearchIndex({ ...options, outDir: out, articles, cacheDir });
  const manifest = JSON.parse(readFileSync(join(out, 'pagefind', 'manifest.json'), 'utf8')) as SearchManifest;
  const inodes = new Map(readdirSync(join(out, 'pagefind')).map((n) => [n, statSync(join(out, 'pagefind', n)).ino]));
  const aside = join(tempDir('samachar-aside-'), 'pagefind');
  renameSync(join(out, 'pagefind'), aside);
  return { aside, manifest, inodes };
}

test('a merge takes over the unchanged shard folders and word files, with the bytes of a build from nothing', async () => {
  const cacheDir = join(tempDir('samachar-cache-'), 'search');
  const { aside, manifest, inodes } = await previousOf(cacheDir);
  const out = tempDir('samachar-search-');
  const r = await buildSearchIndex({ ...options, outDir: out, articles: edited, cacheDir, previous: aside });
  const fresh = tempDir('samachar-search-');
  await buildSearchIndex({ ...options, outDir: fresh, articles: edited });
  assert.is(treeHash(out), treeHash(fresh));
  const ids = manifest.shards.map((s) => s.id);
  const moved = ids.filter((id) => statSync(join(out, 'pagefind', id)).ino === inodes.get(id));
  // Every shard but the edited (oldest) one came whole from the cache, and so from the previous folder.
  assert.is(r.cached, ids.length - 1);
  assert.equal(moved, ids.slice(0, -1));
  assert.equal(readdirSync(aside).sort(), [ids.at(-1)!, 'manifest.json'].sort());
  for (const folder of ['words', 'roman', 'typos']) assert.is(statSync(join(out, 'pagefind', folder)).ino, inodes.get(folder), folder);
});

test('a shard folder that does not hold what its manifest says (an extra file) is not taken', async () => {
  const cacheDir = join(tempDir('samachar-cache-'), 'search');
  const { aside, manifest, inodes } = await previousOf(cacheDir);
  const odd = manifest.shards[1]!.id;
  writeFileSync(join(aside, odd, 'stray.txt'), 'बचा हुआ');
  const out = tempDir('samachar-search-');
  await buildSearchIndex({ ...options, outDir: out, articles, cacheDir, previous: aside });
  const fresh = tempDir('samachar-search-');
  await buildSearchIndex({ ...options, outDir: fresh, articles });
  assert.is(treeHash(out), treeHash(fresh));
  assert.ok(existsSync(join(aside, odd, 'stray.txt')));
  assert.is.not(statSync(join(out, 'pagefind', odd)).ino, inodes.get(odd));
  assert.is(statSync(join(out, 'pagefind', manifest.shards[2]!.id)).ino, inodes.get(manifest.shards[2]!.id));
});

test('no manifest, or one that is not JSON: nothing is taken', () => {
  for (const text of [undefined, '{ टूटा']) {
    const dir = tempDir('samachar-aside-');
    mkdirSync(join(dir, 's1'));
    if (text) writeFileSync(join(dir, 'manifest.json'), text);
    const target = join(tempDir('samachar-search-'), 's1');
    assert.not.ok(new PreviousIndex(dir).takeShard({ files: 0, bytes: 0, pages: 0, meta: 'm' }, target));
    assert.not.ok(existsSync(target));
  }
});

test('writeBuckets keeps a bucket with the same bytes, writes a changed one as a new file and removes the rest', () => {
  const aside = tempDir('samachar-aside-');
  mkdirSync(join(aside, 'roman'));
  const files = { '0.json': '{"a":"अ"}', '1.json': '{"b":"ब"}', '2.json': '{"c":"क"}', 'x.txt': 'और' };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(aside, 'roman', name), text);
  const same = statSync(join(aside, 'roman', '0.json')).ino;
  // A second name of the changed bucket (as a cache's link would be): it must keep its bytes.
  const other = join(aside, 'link.json');
  linkSync(join(aside, 'roman', '1.json'), other);
  const folder = join(tempDir('samachar-search-'), 'pagefind', 'roman');
  writeBuckets(folder, ['{"a":"अ"}', '{"b":"भ"}'], new PreviousIndex(aside), 'roman');
  assert.equal(readdirSync(folder).sort(), ['0.json', '1.json']);
  assert.is(statSync(join(folder, '0.json')).ino, same);
  assert.is(readFileSync(other, 'utf8'), '{"b":"ब"}');
  assert.is(readFileSync(join(folder, '1.json'), 'utf8'), '{"b":"भ"}');
});

test.run();
