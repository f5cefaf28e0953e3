import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { measureDownloads } from '../../../scripts/search/eval/downloads.ts';
import { buildSearchIndex } from '../../../scripts/search/index.ts';
import { searchArticles } from '../../fixtures/search/archive.ts';
import { tempDir } from '../../helpers/archive.ts';

// The fixture in two shards, with the browser script, measured as a reader's session.
const outDir = tempDir('samachar-downloads-');
await buildSearchIndex({ outDir, articles: searchArticles(), maxShardArticles: 5 });
const SESSION = ['सरसों की खरीद', 'jalore panchayat', 'सरसों की खरीद', 'बारिश से फसल को कितना नुकसान हुआ?'];
const report = await measureDownloads(outDir, SESSION, 5, 2);

const dl = suite('measureDownloads');
dl("the first query carries the script, the manifest, every shard's metadata, chunks and results (no Pagefind runtime)", () => {
  const paths = report.firstFiles.map((f) => f.path);
  assert.not.ok(
    paths.some((p) => /wasm|pagefind\.js$/.test(p)),
    paths.join(' '),
  );
  assert.is(paths.filter((p) => p.endsWith('.pf_meta')).length, 2);
  assert.ok(paths.includes('/pagefind/search.js') && paths.includes('/pagefind/manifest.json'));
  assert.ok(paths.some((p) => p.endsWith('.pf_index')) && paths.some((p) => p.endsWith('.pf_fragment')));
  const script = gzipSync(readFileSync(join(outDir, 'pagefind/search.js'))).length;
  assert.is(
    report.first,
    report.firstFiles.reduce((a, f) => a + f.bytes, 0),
  );
  assert.ok(report.first > script, `${report.first}`);
});
dl('later queries count only what is new: the same query again downloads nothing', () => {
  assert.is(report.later.length, SESSION.length - 1);
  assert.is(report.later[1], 0);
  assert.ok(report.later[0]! > 0 && report.later[0]! < report.first);
});
dl("each sampled first query is measured on a fresh page: the session's first query costs the same there", () => {
  assert.is(report.firsts.length, 2);
  assert.is(report.firsts[0], report.first);
  // The romanised query on a fresh page pays the whole floor again, plus its own chunks and map bucket.
  assert.ok(report.firsts[1]! > report.later[0]!);
});
dl.run();
