import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSearchIndex } from '../../scripts/search/index.ts';
import { decodeCbor, type CborValue } from '../../scripts/search/cbor.ts';
import { openBuiltSearch, type OpenedSearch } from '../../scripts/search/eval/node-runtime.ts';
import type { SearchManifest } from '../../scripts/search/manifest.ts';
import { searchArticles } from '../fixtures/search/archive.ts';
import { tempDir, treeHash } from '../helpers/archive.ts';

// One build, two shards (at most 5 stories each), searched through the browser code in Node.
const outDir = tempDir('samachar-search-');
const articles = searchArticles();
const built = await buildSearchIndex({ outDir, articles, maxShardArticles: 5 });
const search: OpenedSearch = await openBuiltSearch(outDir);
const slugOf = async (query: string, filters = {}) => {
  const { results } = await search.engine.search(query, filters);
  return Promise.all(results.map(async (r) => (await search.engine.view(r)).url.split('/').at(-2) ?? ''));
};

const build = suite('buildSearchIndex');
build('same input, same bytes, also with shards built two at a time in two Pagefind processes', async () => {
  const again = tempDir('samachar-search-');
  await buildSearchIndex({ outDir: again, articles, maxShardArticles: 5, concurrency: 2 });
  assert.is(treeHash(again), treeHash(outDir));
});
build('maxFragmentsPerShard bundles the per-story files (hosts with file-count limits)', async () => {
  const small = tempDir('samachar-search-');
  await buildSearchIndex({ outDir: small, articles, maxFragmentsPerShard: 2, bundle: false });
  const [shard] = readdirSync(join(small, 'pagefind')).filter((d) => /^\d/.test(d));
  assert.is(readdirSync(join(small, 'pagefind', shard!, 'fragment')).length, 2);
  const opened = await openBuiltSearch(small, { fresh: 'bundled' });
  const { results } = await opened.engine.search('ट्रैक्टर');
  assert.is((await opened.engine.view(results[0]!)).url, '/2025/05/chori/');
});
build('writes one shard per run of months, the manifest, the map and the script', () => {
  const manifest = JSON.parse(readFileSync(join(outDir, 'pagefind/manifest.json'), 'utf8')) as SearchManifest;
  assert.is(built.shards, 2);
  assert.equal(
    manifest.shards.map((s) => s.id),
    ['2025-08_2026-03', '2024-03_2025-05'],
  );
  assert.equal(
    manifest.shards.map((s) => s.articles),
    [5, 5],
  );
  for (const s of manifest.shards) assert.ok(existsSync(join(outDir, s.path, s.meta)), `${s.path}${s.meta}`);
  assert.ok(existsSync(join(outDir, 'pagefind/roman/0.json')));
  assert.ok(existsSync(join(outDir, 'pagefind/search.js')));
});
build('readers get the index only: no Pagefind runtime, entry file or UI (the search reads the index itself)', () => {
  const manifest = JSON.parse(readFileSync(join(outDir, 'pagefind/manifest.json'), 'utf8')) as SearchManifest;
  assert.is(manifest.runtime, undefined);
  const shards = readdirSync(join(outDir, 'pagefind')).filter((d) => /^\d/.test(d));
  assert.equal(shards.sort(), ['2024-03_2025-05', '2025-08_2026-03'], 'one folder per shard');
  for (const shard of shards) {
    assert.equal(
      readdirSync(join(outDir, 'pagefind', shard))
        .filter((f) => !f.endsWith('.pf_meta'))
        .sort(),
      ['filter', 'fragment', 'index'],
    );
  }
});
build("pagefindRuntime adds Pagefind's own runtime (for the eval baseline), which searches the same index", async () => {
  const withRuntime = tempDir('samachar-search-');
  await buildSearchIndex({ outDir: withRuntime, articles, maxShardArticles: 5, pagefindRuntime: true, bundle: false });
  const manifest = JSON.parse(readFileSync(join(withRuntime, 'pagefind/manifest.json'), 'utf8')) as SearchManifest;
  assert.ok(manifest.runtime && existsSync(join(withRuntime, manifest.runtime)));
  const opened = await openBuiltSearch(withRuntime, { fresh: 'runtime', pagefind: { exactDiacritics: true } });
  const { results } = await opened.pagefind!.search('ट्रैक्टर');
  assert.is((await results[0]!.data()).url, '/2025/05/chori/');
});

const queries = suite('search across shards');
const cases: Array<[string, string, (got: string[]) => boolean]> = [
  ['vowel signs matter: काम finds the job story, not the rain story', 'काम', (g) => g[0] === 'manrega' && !g.includes('barish')],
  ['vowel signs matter: कम finds the rain story, not the job story', 'कम', (g) => g.includes('barish') && !g.includes('manrega')],
  ['inflection: चुनाव finds चुनावों', 'चुनाव', (g) => g.includes('panchayat') && g.includes('upchunav')],
  ['inflection: चुनावों finds चुनाव', 'चुनावों', (g) => g.includes('panchayat') && g.includes('upchunav')],
  ['question words dropped, best answer first', 'सरसों की सरकारी खरीद कब शुरू होगी?', (g) => g[0] === 'sarson-kharid'],
  ['a question with a word no story has still answers', 'जीरे की उपज क्यों घटेगी इस साल?', (g) => g[0] === 'barish'],
  ['romanised place name', 'jalore', (g) => g.includes('manrega') && g.includes('chori')],
  ['romanised phrase', 'congress ka sammelan', (g) => g[0] === 'congress'],
  ['romanised words', 'kisan andolan', (g) => g[0] === 'andolan'],
  ['Latin digits find Devanagari ones', '2024', (g) => g.includes('sarson-kharid') && g.includes('cricket')],
  ['Devanagari digits find Latin ones', '२०२४', (g) => g.includes('cricket') && g.includes('sarson-kharid')],
  ['no nukta typed, nukta in the story', 'जिले', (g) => g.includes('manrega')],
  ['nukta typed, none in the story', 'ज़िला', (g) => g.includes('congress')],
  ['nothing matches', 'हवाईजहाज़', (g) => g.length === 0],
  // #24: a word no story has is not answered by a part or a word it starts with.
  ['absent compound: not its first part (पंचायत)', 'पंचायतसमिति', (g) => g.length === 0],
  ['absent word: not a shorter real word (कमी is not कम)', 'कमी', (g) => g.length === 0],
  ['absent word: not a longer real word (सर is not सरसों or सरकारी)', 'सर', (g) => g.length === 0],
  ['inflection of an ई word: ढाणियों finds ढाणी, and the story has ढाणियों', 'ढाणी', (g) => g.includes('sadak')],
];
for (const [name, q, ok] of cases) {
  queries(name, async () => {
    const got = await slugOf(q);
    assert.ok(ok(got), `${q} → ${got.join(', ')}`);
  });
}
queries('newest first: stories with every word, by date across shards', async () => {
  const { results } = await search.engine.search('चुनाव', {}, 'newest');
  const urls = await Promise.all(results.map(async (r) => (await search.engine.view(r)).url));
  assert.equal(urls, ['/2025/11/panchayat/', '/2024/06/upchunav/']);
});
queries('a filter without words lists its stories newest first', async () => {
  const { results } = await search.engine.search('', { district: 'जालोर' });
  const urls = await Promise.all(results.map(async (r) => (await search.engine.view(r)).url));
  assert.equal(urls, ['/2026/03/manrega/', '/2025/05/chori/', '/2024/06/upchunav/', '/2024/03/sarson-kharid/']);
});
queries('no words and no filter: nothing', async () => {
  assert.equal((await search.engine.search('  ')).results, []);
});
queries('a filter narrows the results', async () => {
  assert.equal(await slugOf('किसान', { district: 'जोधपुर' }), ['andolan']);
});
queries('a result view has title, Hindi date, category, district and a highlighted excerpt', async () => {
  const { results } = await search.engine.search('ट्रैक्टर गिरोह');
  const view = await search.engine.view(results[0]!);
  assert.equal(
    { ...view, excerpt: '' },
    {
      url: '/2025/05/chori/',
      title: 'ट्रैक्टर चोरी करने वाला गिरोह पकड़ा',
      date: '30 मई 2025',
      category: 'अपराध',
      district: 'जालोर',
      excerpt: '',
    },
  );
  assert.match(view.excerpt, /<mark>ट्रैक्टर<\/mark>/);
  assert.match(view.excerpt, /<mark>गिरोह<\/mark>/);
  // Function words are hidden from the index but keep their places in the text.
  assert.match(view.excerpt, /पुलिस ने <mark>ट्रैक्टर<\/mark> चुराकर पड़ोसी राज्य में बेचने वाले <mark>गिरोह<\/mark> के चार/);
});
const typos = suite('typo corrections (#24)');
typos('a misspelled word absent from the archive searches the closest archive word, and says so', async () => {
  const r = await search.engine.search('ट्रेक्टर गिरोह');
  assert.equal(r.corrections, [{ typed: 'ट्रेक्टर', shown: 'ट्रैक्टर', kept: false }]);
  assert.is(r.results[0]!.matched, 2);
  assert.is((await search.engine.view(r.results[0]!)).url, '/2025/05/chori/');
});
typos('exact: the typed word only, no correction', async () => {
  const r = await search.engine.search('ट्रेक्टर', {}, 'relevance', true);
  assert.equal(r.corrections, []);
  assert.equal(r.results, []);
});
typos('real words are never corrected into others (कम stays कम, दिन stays दिन)', async () => {
  for (const q of ['कम', 'काम', 'दिन', 'चुनाव']) assert.equal((await search.engine.search(q)).corrections, [], q);
});
typos('a word far from every archive word is not corrected', async () => {
  const r = await search.engine.search('पंचायतसमिति');
  assert.equal([r.corrections, r.results], [[], []]);
});
typos('the typo vocabulary is in the manifest and its buckets exist', () => {
  const manifest = JSON.parse(readFileSync(join(outDir, 'pagefind/manifest.json'), 'utf8')) as SearchManifest;
  assert.ok(manifest.typos && manifest.typos.buckets >= 1);
  const all = Object.assign(
    {},
    ...readdirSync(join(outDir, 'pagefind/typos')).map((f) => JSON.parse(readFileSync(join(outDir, 'pagefind/typos', f), 'utf8'))),
  );
  assert.match(all['ट5'] ?? '', /ट्रैक्टर \d/);
});
typos.run();

build('function words of the text are not in the index (titles keep theirs)', () => {
  const words: string[] = [];
  for (const shard of readdirSync(join(outDir, 'pagefind')).filter((d) => /^\d/.test(d))) {
    for (const f of readdirSync(join(outDir, 'pagefind', shard, 'index'))) {
      const cbor = gunzipSync(readFileSync(join(outDir, 'pagefind', shard, 'index', f))).subarray('pagefind_dcd'.length);
      const collect = (v: CborValue): void => {
        if (typeof v === 'string') words.push(v);
        else if (Array.isArray(v)) v.forEach(collect);
      };
      collect(decodeCbor(cbor));
    }
  }
  assert.ok(
    words.includes('टरकटर') || words.some((w) => w.startsWith('टरकटर')),
    `the index has ट्रैक्टर (folded): ${words.slice(0, 20).join(' ')}`,
  );
  assert.not.ok(
    words.some((w) => /[\u2800-\u28ff]/.test(w) || w.startsWith('qz')),
    'a function word of the text was indexed',
  );
});

build.run();
queries.run();
