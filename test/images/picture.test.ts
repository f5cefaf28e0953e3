import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ImageSet } from '../../scripts/images/process.ts';
import { escapeAttr, pictureHtml, socialRendition, STORY_SIZES } from '../../scripts/images/picture.ts';
import { imageSourcePath, pngSize } from '../../scripts/images/plugin.ts';

const r = (fmt: string, w: number) => ({ url: `/img/h-${w}.${fmt}`, width: w, height: (w * 9) / 16, outputPath: `/c/h-${w}.${fmt}` });
const set = (fmt: string) => [480, 800, 1200].map((w) => r(fmt, w));
const SET: ImageSet = { avif: set('avif'), webp: set('webp'), jpeg: set('jpeg'), width: 1200, height: 675 };

const picture = suite('pictureHtml');
const lead = pictureHtml(SET, 'नहर "और" <गाँव>', { sizes: STORY_SIZES, eager: true });
const lazy = pictureHtml(SET, 'ऊँट', { sizes: STORY_SIZES });
picture('AVIF and WebP sources before the JPEG img, every width in srcset', () => {
  assert.match(lead, /^<picture><source type="image\/avif" srcset="\/img\/h-480.avif 480w, \/img\/h-800.avif 800w, \/img\/h-1200.avif 1200w" sizes="[^"]+"><source type="image\/webp"/);
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

const paths = suite('imageSourcePath');
for (const [src, expected] of [
  ['/images/2026/06/nahar.jpg', '/site/content/images/2026/06/nahar.jpg'],
  ['/../secret.jpg', undefined],
  ['/images/../../etc/passwd', undefined],
  ['images/x.jpg', undefined],
  ['https://cdn.example/x.jpg', undefined],
] as const) paths(src, () => assert.is(imageSourcePath('/site/content', src), expected));
paths.run();

const png = suite('pngSize');
png('reads width and height from the IHDR chunk', () => {
  const head = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(head);
  head.writeUInt32BE(1200, 16);
  head.writeUInt32BE(630, 20);
  assert.equal(pngSize(head), { width: 1200, height: 630 });
  assert.throws(() => pngSize(Buffer.from('GIF89a-not-a-png-at-all!!')), /not a PNG/);
});
png.run();
