import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildShard, closePagefind, smallerFiles } from '../../scripts/search/pagefind-shard.ts';
import { articleRecord } from '../../scripts/search/records.ts';
import { ArchiveIndex } from '../../scripts/search/browser/archive-index.ts';
import { ShardReader } from '../../scripts/search/browser/shard-reader.ts';
import { searchArticles } from '../fixtures/search/archive.ts';
import { tempDir } from '../helpers/archive.ts';

const readLocal = async (url: string) => new Uint8Array(readFileSync(new URL(url)));

const shard = suite('buildShard (#24: never crash on text Pagefind accepts)');
shard('a story whose text begins with a byte-order mark is indexed, compacted and found', async () => {
  const [first, ...rest] = searchArticles();
  // Content is normalised before it reaches the catalog; a caller that skips it must not break the index.
  const bom = { ...first!, title: `\ufeff${first!.title}`, text: `\ufeff${first!.text}` };
  const dir = tempDir('samachar-shard-');
  try {
    const out = await buildShard(
      [bom, ...rest].map((a) => articleRecord(a)),
      dir,
      false,
    );
    assert.ok(out.names, 'the smaller metadata was written (no fallback needed)');
    const reader = await ShardReader.open(`file://${dir}/`, out.meta, readLocal, '/', out.names);
    const { results } = await new ArchiveIndex([reader]).search('मनरेगा');
    assert.is(results.length, 1);
  } finally {
    await closePagefind();
  }
});
shard.run();

const fallback = suite('smallerFiles');
fallback('metadata the rewrite cannot read: Pagefind own files, with a warning instead of an error', async () => {
  const files = [{ path: 'pagefind-entry.json', content: new TextEncoder().encode('{"version":"9.9.9","languages":{}}') }];
  const warned: string[] = [];
  const warn = console.warn;
  console.warn = (m: string) => warned.push(m);
  try {
    const out = await smallerFiles(files, false, join('out', '2026'));
    assert.is(out.files, files);
    assert.is(out.names, undefined);
  } finally {
    console.warn = warn;
  }
  assert.is(warned.length, 1);
  assert.match(warned[0]!, /out.2026: kept Pagefind's own metadata/);
});
fallback('other errors still fail the build', async () => {
  const files = [{ path: 'pagefind-entry.json', content: new TextEncoder().encode('not json') }];
  try {
    await smallerFiles(files, false, 'x');
    assert.unreachable();
  } catch (e) {
    assert.instance(e, SyntaxError);
  }
});
fallback.run();
