import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { minifyRuntime, regzip, zopfliGzip } from '../../scripts/search/recompress.ts';
import { articleRecord } from '../../scripts/search/records.ts';
import { searchArticles } from '../fixtures/search/archive.ts';

// Pagefind's own runtime and WebAssembly, as a build gets them.
const { index } = await pagefind.createIndex({ forceLanguage: 'hi' });
if (!index) throw new Error('no index');
for (const a of searchArticles()) await index.addCustomRecord(articleRecord(a));
const { files } = await index.getFiles();
await pagefind.close();
const runtime = files.find((f) => f.path === 'pagefind.js')!.content;
const wasm = files.find((f) => f.path === 'wasm.hi.pagefind')!.content;

// Hindi text with the repetition of a real index: what gzip and Zopfli are for.
const sample = new TextEncoder().encode(searchArticles().map((a) => `${a.title}\n${a.text}`).join('\n').repeat(3));

const gz = suite('zopfliGzip and regzip');
gz('Zopfli output is gzip that reads back to the same bytes, smaller than gzip -9', async () => {
  const z = await zopfliGzip(sample);
  assert.equal(new Uint8Array(gunzipSync(z)), sample);
  assert.ok(z.length < gzipSync(sample, { level: 9 }).length, `${z.length} < ${gzipSync(sample, { level: 9 }).length}`);
});
gz('same input, same bytes (no timestamp in the header)', async () => {
  assert.equal(await zopfliGzip(sample), await zopfliGzip(sample));
  assert.equal([...(await zopfliGzip(sample)).subarray(4, 8)], [0, 0, 0, 0]);
});
gz('regzip: Pagefind\'s WebAssembly gets smaller and decompresses to the same module', async () => {
  const again = await regzip(wasm);
  assert.ok(again.length < wasm.length, `${again.length} < ${wasm.length}`);
  assert.equal(new Uint8Array(gunzipSync(again)), new Uint8Array(gunzipSync(wasm)));
});
gz('regzip never makes a file bigger: incompressible bytes come back as they were', async () => {
  const noise = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24);
  const plain = gzipSync(noise, { level: 1 });
  const again = await regzip(plain);
  assert.ok(again.length <= plain.length);
  assert.equal(new Uint8Array(gunzipSync(again)), noise);
});
gz.run();

const min = suite('minifyRuntime');
min('Pagefind\'s runtime gets smaller after gzip and exports the same names', async () => {
  const small = await minifyRuntime(runtime);
  assert.ok(gzipSync(small).length < gzipSync(runtime).length - 1000, `${gzipSync(small).length} vs ${gzipSync(runtime).length}`);
  const dir = mkdtempSync(join(tmpdir(), 'samachar-runtime-'));
  try {
    writeFileSync(join(dir, 'a.mjs'), runtime);
    writeFileSync(join(dir, 'b.mjs'), small);
    const [a, b] = await Promise.all([import(pathToFileURL(join(dir, 'a.mjs')).href), import(pathToFileURL(join(dir, 'b.mjs')).href)]) as Array<Record<string, unknown>>;
    assert.equal(Object.keys(b!).sort(), Object.keys(a!).sort());
    assert.ok(Object.keys(a!).includes('createInstance'));
    for (const k of Object.keys(a!)) assert.is(typeof b![k], typeof a![k], k);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
min.run();

const handlers = suite('Zopfli leaves the process alone');
handlers('it runs off the calling thread: timers keep firing while a large file is compressed', async () => {
  const big = new TextEncoder().encode(new TextDecoder().decode(sample).repeat(20));
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  const t = performance.now();
  const out = await zopfliGzip(big);
  const ms = performance.now() - t;
  clearInterval(timer);
  assert.equal(new Uint8Array(gunzipSync(out)), big);
  // Blocking would allow at most one tick however long it took.
  assert.ok(ms < 50 || ticks >= 3, `${ticks} ticks in ${ms.toFixed(0)} ms`);
});
handlers('no process-wide handlers stay behind (Emscripten adds an abort on unhandled rejections)', async () => {
  await zopfliGzip(sample);
  assert.is(process.listenerCount('unhandledRejection'), 0);
  assert.is(process.listenerCount('uncaughtException'), 0);
});
handlers.run();
