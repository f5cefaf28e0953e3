import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { oldUrlShards, SHARD_ENTRIES, shardHash } from '../../scripts/eleventy/old-url-lookup.ts';

const shards = suite('oldUrlShards');
const redirects = (n: number) => Array.from({ length: n }, (_, i) => ({ from: `/?p=${i}`, to: `/2019/05/khabar-${i}/`, title: '' }));

shards('no old addresses: no files, so no page loads the script', () => {
  assert.is(oldUrlShards([]), undefined);
});

shards('every address is in the shard its hash names; shards stay under the size limit', () => {
  const s = oldUrlShards(redirects(SHARD_ENTRIES * 2 + 1))!;
  assert.is(s.shards, 3);
  assert.match(s.map, /^old-urls-[0-9a-f]{10}\/$/);
  const maps = s.files.map((f) => JSON.parse(String(f.contents)) as Record<string, string>);
  for (const r of redirects(SHARD_ENTRIES * 2 + 1)) assert.is(maps[shardHash(r.from) % 3]![r.from], r.to, r.from);
  assert.ok(maps.every((m) => Object.keys(m).length < SHARD_ENTRIES * 1.2));
  assert.equal(
    s.files.map((f) => f.url),
    [0, 1, 2].map((i) => `/assets/${s.map}${i}.json`),
  );
});

shards('a changed map is a new folder (everything under /assets/ is cached for good)', () => {
  const a = oldUrlShards(redirects(10))!;
  const b = oldUrlShards([...redirects(10).slice(1), { from: '/?p=0', to: '/2020/01/naya/', title: '' }])!;
  assert.is(oldUrlShards([...redirects(10)].reverse())!.map, a.map);
  assert.is.not(a.map, b.map);
});

shards('the browser script hashes as the build does (the same FNV-1a constants and key spelling)', () => {
  const js = readFileSync(join(import.meta.dirname, '../../layouts/assets/redirect.js'), 'utf8');
  assert.match(js, 'let h = 0x811c9dc5;');
  assert.match(js, 'h = Math.imul(h, 0x01000193) >>> 0;');
  assert.is(shardHash(''), 0x811c9dc5);
  // The published FNV-1a test vectors.
  assert.is(shardHash('a'), 0xe40c292c);
  assert.is(shardHash('foobar'), 0xbf9cf968);
});

shards.run();
