import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { measureDownloads } from '../../../scripts/search/eval/downloads.ts';
import { openBuiltSearch, takeTransfers } from '../../../scripts/search/eval/node-runtime.ts';
import { buildSearchIndex } from '../../../scripts/search/index.ts';
import { searchArticles } from '../../fixtures/search/archive.ts';
import { tempDir } from '../../helpers/archive.ts';

// The fixture in shards of two stories (enough for a word index), with the browser script, measured as a reader's session.
const outDir = tempDir('samachar-downloads-');
await buildSearchIndex({ outDir, articles: searchArticles(), maxShardArticles: 2 });
const SESSION = ['सरसों की खरीद', 'jalore panchayat', 'सरसों की खरीद', 'बारिश से फसल को कितना नुकसान हुआ?'];
const report = await measureDownloads(outDir, SESSION, 5, 2);

const dl = suite('measureDownloads');
dl(
  "the first query carries the script, the manifest, the word index's files and results (no Pagefind runtime, no shard's metadata or chunks)",
  () => {
    const paths = report.firstFiles.map((f) => f.path);
    assert.not.ok(
      paths.some((p) => /wasm|pagefind\.js$|\.pf_meta$|\.pf_index$/.test(p)),
      paths.join(' '),
    );
    assert.ok(paths.includes('/pagefind/search.js') && paths.includes('/pagefind/manifest.json'));
    assert.ok(paths.some((p) => p.endsWith('.pf_words')) && paths.some((p) => p.endsWith('.pf_fragment')));
    const script = gzipSync(readFileSync(join(outDir, 'pagefind/search.js'))).length;
    assert.is(
      report.first,
      report.firstFiles.reduce((a, f) => a + f.bytes, 0),
    );
    assert.ok(report.first > script, `${report.first}`);
  },
);
dl('later queries count only what is new: the same query again downloads nothing', () => {
  assert.is(report.later.length, SESSION.length - 1);
  assert.is(report.later[1], 0);
  assert.ok(report.later[0]! > 0 && report.later[0]! < report.first);
});
dl('a session counts what one runtime kept for the whole session downloads, query by query', async () => {
  // The reading the report replaces (it held every decoded entry and ran out of memory at 100,000 stories).
  takeTransfers();
  const { engine } = await openBuiltSearch(outDir, { fresh: 'kept' });
  const script = gzipSync(readFileSync(join(outDir, 'pagefind/search.js'))).length;
  const kept: number[] = [];
  for (const q of SESSION) {
    const { results } = await engine.search(q);
    await Promise.all(results.slice(0, 5).map((r) => engine.view(r)));
    kept.push(takeTransfers().reduce((a, f) => a + f.bytes, kept.length === 0 ? script : 0));
  }
  assert.equal([report.first, ...report.later], kept);
});
dl("each sampled first query is measured on a fresh page: the session's first query costs the same there", () => {
  assert.is(report.firsts.length, 2);
  assert.is(report.firsts[0], report.first);
  // The romanised query on a fresh page pays the whole floor again, plus its own chunks and map bucket.
  assert.ok(report.firsts[1]! > report.later[0]!);
});
dl.run();

// The download budget. Bytes are counted, not timed, so they are the same on any machine. A
// generated archive of 120 stories (the fixture's sentences recombined) in 2 and in 8 shards or more.
const stories = searchArticles();
const sentences = stories.flatMap((a) => a.text.split(/(?<=।)\s*/).filter((x) => x !== ''));
let seed = 5;
const pick = <T>(xs: readonly T[]) => xs[((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor((seed / 2147483648) * xs.length))]!;
const generated = Array.from({ length: 120 }, (_, i) => {
  const a = stories[i % stories.length]!;
  const date = new Date(Date.parse('2026-03-01T00:00:00.000+05:30') - i * 9 * 86_400_000);
  const day = date.toISOString().slice(0, 10);
  const text = [pick(sentences), pick(sentences), pick(sentences)].join(' ');
  const slug = `${a.slug}-${i}`;
  const url = `/${day.slice(0, 4)}/${day.slice(5, 7)}/${slug}/`;
  return {
    ...a,
    id: `articles${url}${slug}.md`,
    slug,
    url,
    date: `${day}T00:00:00.000+05:30`,
    timestamp: date.getTime(),
    text,
    body: text,
  };
});
const QUERIES = ['सरसों की खरीद', 'जालोर पुलिस', 'बारिश से फसल को कितना नुकसान हुआ?', 'marudhar cup', 'ट्रैक्टर'];
const measured = async (maxShardArticles: number, shardByShard = false) => {
  const dir = tempDir('samachar-budget-');
  await buildSearchIndex({ outDir: dir, articles: generated, maxShardArticles });
  const manifest = JSON.parse(readFileSync(join(dir, 'pagefind/manifest.json'), 'utf8')) as { shards: unknown[] };
  const { firsts } = await measureDownloads(dir, QUERIES, 5, QUERIES.length, shardByShard);
  return { shards: manifest.shards.length, firsts };
};
const narrow = await measured(60);
const wide = await measured(15);
const wideByShard = await measured(15, true);

const budget = suite('download budget');
budget('a first query costs what it costs in two shards, however many shards the archive has (no metadata or chunk per shard)', () => {
  assert.ok(narrow.shards >= 2 && wide.shards >= 8, `${narrow.shards} and ${wide.shards} shards`);
  // Per query word: one directory file and one or two word files, whatever the shard count; the
  // results shown are the same stories' data. A few per cent for word files that hold more shards' entries.
  wide.firsts.forEach((bytes, i) =>
    assert.ok(
      bytes <= narrow.firsts[i]! * 1.15 + 1024,
      `${QUERIES[i]}: ${bytes} B in ${wide.shards} shards, ${narrow.firsts[i]} B in ${narrow.shards}`,
    ),
  );
});
budget('reading shard by shard (the metadata of each and a chunk per word and shard) costs far more at eight shards', () => {
  wide.firsts.forEach((bytes, i) =>
    assert.ok(bytes * 1.5 < wideByShard.firsts[i]!, `${QUERIES[i]}: ${bytes} B against ${wideByShard.firsts[i]} B`),
  );
});
budget.run();
