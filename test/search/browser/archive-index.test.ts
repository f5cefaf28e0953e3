import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSearchIndex } from '../../../scripts/search/index.ts';
import { prefixMatches } from '../../../scripts/search/browser/archive-index.ts';
import { FIRST_EXACT } from '../../../scripts/search/browser/engine.ts';
import { openBuiltSearch, takeTransfers } from '../../../scripts/search/eval/node-runtime.ts';
import { searchArticles } from '../../fixtures/search/archive.ts';
import { tempDir } from '../../helpers/archive.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SearchManifest } from '../../../scripts/search/manifest.ts';
import { openArchive } from '../../../scripts/search/browser/open-archive.ts';
import type { FetchBytes } from '../../../scripts/search/browser/shard-reader.ts';

// The fixture archive in shards of at most two stories (enough for a word index), with Pagefind's own runtime beside it for comparison.
const outDir = tempDir('samachar-archive-index-');
const articles = searchArticles();
await buildSearchIndex({
  outDir,
  articles,
  maxShardArticles: 2,
  pagefindRuntime: true,
  bundle: false,
  site: { url: 'https://example.com/khabar/' },
});
const opened = await openBuiltSearch(outDir, { pagefind: { exactDiacritics: true } });
// Pagefind's prefix rule for spellings, so the reader's answers can be compared with Pagefind's.
const index = opened.index.withRule(prefixMatches);
const pagefind = opened.pagefind!;
const slug = (url: string) => url.split('/').at(-2) ?? '';
const urlsOf = async (results: ReadonlyArray<{ data(): Promise<{ url: string }> }>) =>
  Promise.all(results.map(async (r) => (await r.data()).url));

const parity = suite('ArchiveIndex matches Pagefind 1.6 (exactDiacritics)');
// Inflected, nukta, nasal, vowel-letter, digit and Latin words of the fixture stories, and misses.
const WORDS = [
  'चुनाव',
  'चुनावों',
  'काम',
  'कम',
  'किसान',
  'किसानों',
  'जालोर',
  'ज़िले',
  'जिले',
  'गाँव',
  'सड़क',
  'नई',
  'सरकारी',
  'ट्रैक्टर',
  'बारिश',
  '2024',
  '२०२४',
  'कांग्रेस',
  'सम्मेलन',
  'मरुधर',
  'हवाईजहाज़',
  'पंचायत',
  'खरीद',
  'बाड़मेर',
];
for (const word of WORDS) {
  parity(`${word}: the same stories`, async () => {
    const ours = (await urlsOf((await index.search(word)).results)).sort();
    const theirs = (await urlsOf((await pagefind.search(word)).results)).sort();
    assert.equal(ours, theirs);
  });
}
parity(
  "in one shard, scores rank the stories of a word as Pagefind does (across shards rarity is the archive's, not each shard's)",
  async () => {
    const one = tempDir('samachar-archive-index-');
    await buildSearchIndex({ outDir: one, articles, pagefindRuntime: true, bundle: false });
    const single = await openBuiltSearch(one, { fresh: 'one-shard', pagefind: { exactDiacritics: true } });
    for (const word of ['किसान', 'जालोर', 'कम', 'चुनाव', 'बाड़मेर', 'गाँव']) {
      const ours = (await single.index.withRule(prefixMatches).search(word)).results;
      const theirs = (await single.pagefind!.search(word)).results;
      assert.equal(await urlsOf(ours), await urlsOf(theirs), word);
      ours.forEach((r, i) => assert.ok(Math.abs(r.score / theirs[i]!.score - 1) < 0.05, `${word}: ${r.score} against ${theirs[i]!.score}`));
    }
  },
);
parity.run();

const reader = suite('ArchiveIndex');
reader("result URLs carry the site's base path; data has the text, title and word positions", async () => {
  const [hit] = (await index.search('ट्रैक्टर')).results;
  // Through the word index, positions come when asked for.
  await hit!.pending?.();
  assert.is(hit!.pending, undefined);
  const data = await hit!.data();
  assert.is(data.url, '/khabar/2025/05/chori/');
  assert.is(data.meta.title, 'ट्रैक्टर चोरी करने वाला गिरोह पकड़ा');
  const words = data.content.split(/\s+/);
  assert.ok(hit!.words.length >= 2 && hit!.words.every((w) => words[w] === 'ट्रैक्टर'), hit!.words.join(','));
});
reader('no term: every story of every shard, newest first; with a filter, its stories', async () => {
  const all = await urlsOf((await index.search(null)).results);
  assert.equal(
    all,
    articles.map((a) => `/khabar${a.url}`),
  );
  const jalore = await urlsOf((await index.search(null, { filters: { district: 'जालोर' } })).results);
  assert.equal(jalore.map(slug), ['manrega', 'chori', 'upchunav', 'sarson-kharid']);
});
reader('filters narrow a word; several filters all apply; an unknown value matches nothing', async () => {
  const f = async (filters: Record<string, string>) => (await urlsOf((await index.search('किसान', { filters })).results)).map(slug).sort();
  assert.equal(await f({ district: 'जोधपुर' }), ['andolan']);
  assert.equal(await f({ category: 'कृषि', district: 'जालोर' }), ['sarson-kharid']);
  assert.equal(await f({ district: 'अजमेर' }), []);
});
reader('ids are unique across shards; equal scores keep date order', async () => {
  const { results } = await index.search(null);
  assert.is(new Set(results.map((r) => r.id)).size, articles.length);
});
reader('each file is fetched once: a second search for the same word downloads nothing', async () => {
  await index.search('मरुधर');
  takeTransfers();
  const { results } = await index.search('मरुधर');
  await results[0]!.data();
  await results[0]!.data();
  assert.equal(
    takeTransfers().filter((t) => !t.path.endsWith('.pf_fragment')),
    [],
  );
});
reader.run();

const same = suite('ArchiveIndex through the word index ranks exactly as reading shard by shard');
const byShard = await openBuiltSearch(outDir, { fresh: 'by-shard', shardByShard: true });
same('the fixture in three shards has a word index, and the other reading does not use it', () => {
  assert.ok(opened.manifest.words && opened.manifest.shards.length >= 3);
});
same('every word of every story, and absent, romanised and question queries: the same results, scores and positions', async () => {
  const words = [...new Set(articles.flatMap((a) => `${a.title} ${a.text}`.split(/[\s।,]+/)))].filter((w) => w !== '');
  const queries = [...words, 'मुख्यमंत्री', 'डेंगु', 'jalore', 'barmer kisan', 'बाड़मेर में सड़क कब बनी?', 'सरसों की खरीद'];
  let later = 0;
  for (const q of queries) {
    const [first, b] = await Promise.all([opened.engine.search(q), byShard.engine.search(q)]);
    if (first.results.some((x) => x.best.pending)) later++;
    const ranking = (r: typeof b, n = Infinity) => r.results.slice(0, n).map((x) => [x.id, x.score, x.matched]);
    // The first results exactly, at once; all of them once the rest's positions are loaded.
    assert.equal(ranking(first, first.exact), ranking(b, first.exact), q);
    assert.ok(first.exact >= Math.min(FIRST_EXACT, b.results.length), q);
    const a = await first.rerank(Infinity);
    assert.equal(ranking(a), ranking(b), q);
    for (const [i, x] of a.results.slice(0, 3).entries())
      assert.is((await opened.engine.view(x)).excerpt, (await byShard.engine.view(b.results[i]!)).excerpt, `${q}: excerpt ${i}`);
    assert.equal(a.corrections, b.corrections, q);
  }
  assert.ok(later > 0, 'some queries leave positions to load');
  assert.ok(words.length > 150, `${words.length}`);
});
same('positions that fail to load (a file gone after a deploy) are tried again at the next call', async () => {
  let failures = 1;
  const flaky: FetchBytes = async (url, range) => {
    if (url.endsWith('.pf_pos') && failures-- > 0) throw new Error(`404 fetching ${url}`);
    const bytes = new Uint8Array(readFileSync(fileURLToPath(url)));
    return range ? bytes.subarray(...range) : bytes;
  };
  const manifest = JSON.parse(readFileSync(join(outDir, 'pagefind/manifest.json'), 'utf8')) as SearchManifest;
  const archive = await openArchive(manifest, pathToFileURL(join(outDir, '/')).href, flaky);
  const [hit] = (await archive.search('किसान')).results;
  assert.ok(hit?.pending, 'positions left to load');
  assert.ok(
    await hit.pending().then(
      () => false,
      () => true,
    ),
    'the first load fails',
  );
  await hit.pending?.();
  const [theirs] = (await byShard.index.search('किसान')).results;
  assert.is(hit.id, theirs!.id);
  assert.equal(hit.words, theirs!.words);
});
same('filtered and newest-first searches too (they read the shards)', async () => {
  for (const [q, filters] of [
    ['किसान', { district: 'जोधपुर' }],
    ['', { category: 'कृषि' }],
  ] as const) {
    const view = async (s: typeof opened) => (await s.engine.search(q, filters, 'newest')).results.map((x) => [x.id, x.score]);
    assert.equal(await view(opened), await view(byShard), q);
  }
});
same.run();
