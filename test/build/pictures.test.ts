import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { NOW, tempDir } from '../helpers/archive.ts';
import { PICTURE_STORY, pictureArchive } from '../helpers/picture-story.ts';

const test = suite('a story with body pictures, a gallery and a captioned lead picture, built');
const out = tempDir();
let html = '';
let content = '';
test.before(async () => {
  content = await pictureArchive();
  await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: NOW }, out);
  html = readFileSync(join(out, PICTURE_STORY, 'index.html'), 'utf8');
});
test.after(() => {
  for (const dir of [out, content]) rmSync(dir, { recursive: true, force: true });
});

test('the lead picture has its caption and credit, in the page and in JSON-LD', () => {
  assert.match(
    html,
    /<figure class="lead-image"><picture>.*<\/picture><figcaption>बारिश के बाद भरा तालाब <span class="credit">फ़ोटो: संवाददाता<\/span><\/figcaption><\/figure>/,
  );
  assert.match(html, '"caption":"बारिश के बाद भरा तालाब","creditText":"फ़ोटो: संवाददाता"');
});
test('the body figure: a processed <picture> with width and height, lazy, with caption and credit', () => {
  const figure = html.match(/<figure><picture>(?:(?!<figure).)*?alt="सूखा तालाब".*?<\/figure>/)?.[0] ?? '';
  assert.match(figure, /<source type="image\/avif" srcset="\/img\/[^"]+ 480w/);
  assert.match(figure, 'width="1200" height="800"');
  assert.match(figure, 'loading="lazy" decoding="async"');
  assert.match(figure, '<figcaption>गर्मी में सूखा तालाब <span class="credit">फ़ोटो: पंचायत</span></figcaption>');
  assert.not.match(html, /<p>\s*<figure/);
});
test('the gallery: one scrollable group of three figures, each with its own size', () => {
  const gallery = html.match(/<div class="gallery" role="group" aria-label="तस्वीरें" tabindex="0">.*?<\/div>/)?.[0] ?? '';
  assert.is(gallery.match(/<figure><picture>/g)?.length, 3);
  assert.match(gallery, 'width="1200" height="900"');
  assert.match(gallery, 'width="800" height="1066"');
  assert.match(gallery, '<figcaption>मई <span class="credit">फ़ोटो: र</span></figcaption>');
});
test('a picture inside text stays in its paragraph', () => {
  assert.match(html, /<p>पाठ के बीच <picture>.*?alt="चिह्न".*?<\/picture> भी।<\/p>/);
});
test('every picture file the page names is in the site; the sources are not published', () => {
  const urls = new Set(html.match(/\/img\/[^\s"]+/g));
  assert.ok(urls.size >= 6 * 3, `${urls.size} picture URLs`);
  for (const url of urls) assert.ok(existsSync(join(out, url)), url);
  assert.not.ok(existsSync(join(out, 'images')));
  // Five distinct pictures (g1 is in the gallery and in the text): each processed once.
  assert.is(new Set(readdirSync(join(out, 'img')).map((f) => f.replace(/-\d+\.\w+$/, ''))).size, 5);
});
test.run();
