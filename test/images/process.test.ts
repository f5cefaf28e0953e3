import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { IMAGE_FORMATS, processImage, publishImageSet } from '../../scripts/images/process.ts';
import { woffToSfnt } from '../../scripts/images/woff-to-sfnt.ts';
import { tempDir } from '../helpers/archive.ts';

const process_ = suite('processImage (eleventy-img, cached)');
const dir = tempDir();
const source = join(dir, 'nahar.png');
const cache = join(dir, 'cache');

process_.before(async () => {
  await sharp({ create: { width: 1100, height: 550, channels: 3, background: '#2f7fb8' } })
    .png()
    .toFile(source);
});

process_('AVIF, WebP and JPEG at the widths the source allows, never upscaled', async () => {
  const set = await processImage(source, cache);
  for (const f of IMAGE_FORMATS)
    assert.equal(
      set[f].map((r) => r.width),
      [480, 800, 1100],
      f,
    );
  assert.equal([set.width, set.height], [1100, 550]);
  assert.match(set.avif[0]!.url, /^\/img\/[\w-]+-480\.avif$/);
  const meta = await sharp(set.jpeg[1]!.outputPath).metadata();
  assert.equal([meta.format, meta.width, meta.height], ['jpeg', 800, 400]);
});

process_('a second build finds the files and does not encode again', async () => {
  const first = await processImage(source, cache);
  const before = statSync(first.avif[2]!.outputPath).mtimeMs;
  const again = await processImage(source, cache);
  assert.equal(again, first);
  assert.is(statSync(again.avif[2]!.outputPath).mtimeMs, before);
});

process_('sharp refuses to decode a picture above the pixel limit (second line behind the check)', async () => {
  let caught: unknown;
  try {
    await processImage(source, join(dir, 'cache-limit'), 500_000);
  } catch (e) {
    caught = e;
  }
  assert.match(String(caught), /pixel limit/);
});

process_('publishImageSet links every rendition into the site under its URL', async () => {
  const set = await processImage(source, cache);
  const out = join(dir, 'site');
  publishImageSet(set, out);
  publishImageSet(set, out); // idempotent (the dev server publishes into the same folder)
  for (const r of [...set.avif, ...set.webp, ...set.jpeg]) assert.ok(readFileSync(join(out, r.url)).equals(readFileSync(r.outputPath)));
});
// In a process of its own: this one has loaded sharp and eleventy-img already.
process_('eleventy-img and sharp load with the first picture, not with the module (a render without pictures never pays for them)', () => {
  const script = `
    import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
    const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((k) => /@11ty[\\/]eleventy-img|[\\/]sharp[\\/]/.test(k)).length > 0;
    const { processImage } = await import(${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../scripts/images/process.ts')).href)});
    const before = loaded();
    await processImage(${JSON.stringify(source)}, ${JSON.stringify(join(dir, 'cache-lazy'))});
    console.log(JSON.stringify([before, loaded()]));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(JSON.parse(child.stdout), [false, true], child.stderr);
});
process_.run();

const woff = suite('woffToSfnt');
woff("unpacks Fontsource's WOFF into a TrueType font with the same tables", () => {
  const require = createRequire(import.meta.url);
  const file = join(
    dirname(require.resolve('@fontsource/noto-sans-devanagari/package.json')),
    'files/noto-sans-devanagari-devanagari-400-normal.woff',
  );
  const input = readFileSync(file);
  const ttf = woffToSfnt(input);
  assert.is(ttf.readUInt32BE(0), input.readUInt32BE(4), 'flavor');
  const tables = ttf.readUInt16BE(4);
  assert.is(tables, input.readUInt16BE(12));
  const tags = Array.from({ length: tables }, (_, i) => ttf.toString('latin1', 12 + i * 16, 16 + i * 16));
  for (const t of ['cmap', 'glyf', 'head', 'GSUB']) assert.ok(tags.includes(t), t);
  assert.throws(() => woffToSfnt(Buffer.from('not a font file at all, no')), /WOFF/);
});
woff.run();
