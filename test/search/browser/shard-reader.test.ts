import { gzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { encodeCbor } from '../../../scripts/search/cbor.ts';
import { gunzip, joinUrl, ShardReader } from '../../../scripts/search/browser/shard-reader.ts';

const bytes = suite('gunzip');
bytes('gzip is unpacked; bytes a host already unpacked (Content-Encoding: gzip) pass as they are', async () => {
  const raw = new TextEncoder().encode('pagefind_dcd{"url":"/a/"}');
  assert.equal(await gunzip(new Uint8Array(gzipSync(raw))), raw);
  assert.equal(await gunzip(raw), raw);
});
bytes.run();

const urls = suite('joinUrl');
const cases: Array<[string, string, string]> = [
  ['/', '/2026/11/x/', '/2026/11/x/'],
  ['/khabar/', '/2026/11/x/', '/khabar/2026/11/x/'],
  ['/khabar', '2026/11/x/', '/khabar/2026/11/x/'],
  ['/khabar/', 'https://example.com/x/', 'https://example.com/x/'],
];
for (const [base, url, want] of cases) urls(`${base} + ${url}`, () => assert.is(joinUrl(base, url), want));
urls.run();

const files = suite('ShardReader');
const pack = (v: Parameters<typeof encodeCbor>[0]) => new Uint8Array(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encodeCbor(v)])));
const META = pack([
  '1.6.0',
  [
    ['p_0', 8, ''],
    ['p_1', 8, ''],
  ],
  [['क', 'ह', 'c_0']],
  [['district', 'f_0']],
  [],
  ['title'],
]);
const CHUNK = pack([[['कम', [[0, [-25, 1], []]], [['काम', [[1, [-25, 0], [-1, 0]]]]]]]]);
files('a failed download is not remembered: the next search tries again', async () => {
  let fail = true;
  const served: string[] = [];
  const fetch = async (url: string) => {
    served.push(url);
    if (url.endsWith('meta')) return META;
    if (fail) throw new Error(`503 fetching ${url}`);
    return CHUNK;
  };
  const shard = await ShardReader.open('https://x/s/', 'meta', fetch);
  await shard.lookup('काम').then(
    () => assert.unreachable('should fail'),
    (e: Error) => assert.match(e.message, /503/),
  );
  fail = false;
  const { entries, key } = await shard.lookup('काम');
  assert.is(key, 'कम');
  assert.equal(
    entries.map((e) => e.spellings.map((s) => s.form)),
    [['कम', 'काम']],
  );
  await shard.lookup('कम');
  assert.is(served.filter((u) => u.endsWith('c_0.pf_index')).length, 2, 'one failure, then one download kept');
});
files.run();
