import { gunzipSync, gzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { gunzip } from '../../scripts/search/browser/shard-reader.ts';
import { zopfliGzip } from '../../scripts/search/recompress.ts';
import { searchArticles } from '../fixtures/search/archive.ts';

// Hindi text with the repetition of a real index: what gzip and Zopfli are for.
const sample = new TextEncoder().encode(
  searchArticles()
    .map((a) => `${a.title}\n${a.text}`)
    .join('\n')
    .repeat(3),
);

const gz = suite('zopfliGzip');
gz('Zopfli output is gzip that reads back to the same bytes, smaller than gzip -9', async () => {
  const z = await zopfliGzip(sample);
  assert.equal(new Uint8Array(gunzipSync(z)), sample);
  assert.ok(z.length < gzipSync(sample, { level: 9 }).length, `${z.length} < ${gzipSync(sample, { level: 9 }).length}`);
});
gz('same input, same bytes (no timestamp in the header)', async () => {
  assert.equal(await zopfliGzip(sample), await zopfliGzip(sample));
  assert.equal([...(await zopfliGzip(sample)).subarray(4, 8)], [0, 0, 0, 0]);
});
gz("the search page's reader (the browser's DecompressionStream) reads it", async () => {
  assert.equal(await gunzip(await zopfliGzip(sample)), sample);
});
gz.run();
