import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImageSet } from '../../scripts/images/process.ts';
import { escapeAttr, pictureHtml, socialRendition, STORY_SIZES } from '../../scripts/images/picture.ts';
import { imageSourcePath } from '../../scripts/images/plugin.ts';
import { tempDir } from '../helpers/archive.ts';

const r = (fmt: string, w: number) => ({ url: `/img/h-${w}.${fmt}`, width: w, height: (w * 9) / 16, outputPath: `/c/h-${w}.${fmt}` });
const set = (fmt: string) => [480, 800, 1200].map((w) => r(fmt, w));
const SET: ImageSet = { avif: set('avif'), webp: set('webp'), jpeg: set('jpeg'), width: 1200, height: 675 };

const picture = suite('pictureHtml');
const lead = pictureHtml(SET, 'नहर "और" <गाँव>', { sizes: STORY_SIZES, eager: true });
const lazy = pictureHtml(SET, 'ऊँट', { sizes: STORY_SIZES });
picture('AVIF and WebP sources before the JPEG img, every width in srcset', () => {
  assert.match(
    lead,
    /^<picture><source type="image\/avif" srcset="\/img\/h-480.avif 480w, \/img\/h-800.avif 800w, \/img\/h-1200.avif 1200w" sizes="[^"]+"><source type="image\/webp"/,
  );
  assert.match(lead, 'srcset="/img/h-480.jpeg 480w, /img/h-800.jpeg 800w, /img/h-1200.jpeg 1200w"');
  assert.match(lead, '<img src="/img/h-800.jpeg"');
});
picture('width and height reserve the space; alt is escaped', () => {
  assert.match(lead, 'width="1200" height="675"');
  assert.match(lead, 'alt="नहर &quot;और&quot; &lt;गाँव&gt;"');
});
picture('the lead picture loads at once with high priority; others lazily', () => {
  assert.match(lead, 'loading="eager" fetchpriority="high"');
  assert.match(lazy, 'loading="lazy"');
  assert.not.match(lazy, 'fetchpriority');
});
picture('a picture narrower than every width still works (one rendition)', () => {
  const one: ImageSet = { avif: [r('avif', 300)], webp: [r('webp', 300)], jpeg: [r('jpeg', 300)], width: 300, height: 169 };
  assert.match(pictureHtml(one, 'x', { sizes: '100vw' }), '<img src="/img/h-300.jpeg"');
});
picture('the social card is the widest JPEG', () => assert.is(socialRendition(SET).url, '/img/h-1200.jpeg'));
picture('escapeAttr', () => assert.is(escapeAttr('a&b"<>'), 'a&amp;b&quot;&lt;&gt;'));
picture.run();

const paths = suite('imageSourcePath: the late check follows the same rules as check');
const site = tempDir();
mkdirSync(join(site, 'images/2026/06'), { recursive: true });
writeFileSync(join(site, 'images/2026/06/nahar.jpg'), 'x');
symlinkSync(join(site, 'images/2026/06/nahar.jpg'), join(site, 'images/link.jpg'));
for (const [src, expected] of [
  ['/images/2026/06/nahar.jpg', join(site, 'images/2026/06/nahar.jpg')],
  ['/images/2026/06/missing.jpg', undefined],
  ['/images/2026/06', undefined],
  ['/images/link.jpg', undefined],
  ['/../secret.jpg', undefined],
  ['/images/../../etc/passwd', undefined],
  ['/images/%2e%2e/x.jpg', undefined],
  ['images/x.jpg', undefined],
  ['https://cdn.example/x.jpg', undefined],
] as const)
  paths(src, () => assert.is(imageSourcePath(site, src), expected));
paths.run();
