import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import sharp from 'sharp';
import { loadContent } from '../../scripts/content/index.ts';
import { copyArchive } from '../helpers/archive.ts';

const jpeg = (w: number, h: number) =>
  sharp({ create: { width: w, height: h, channels: 3, background: '#a3261b' } })
    .jpeg()
    .toBuffer();
const small = await jpeg(120, 120);
const big = await jpeg(1200, 1200);

function authors(photo: string, files: Record<string, string | Uint8Array> = {}) {
  const json = JSON.stringify(
    [
      { slug: 'asha-meena', name: 'आशा मीणा', photo, links: { x: 'https://x.com/asha' } },
      { slug: 'ravi-joshi', name: 'रवि जोशी' },
    ],
    null,
    2,
  );
  const dir = copyArchive({ '_data/authors.json': json, ...files });
  return loadContent(dir);
}

const photos = suite('author photos');
photos('a small picture in assets/ passes and gets its size', () => {
  const { errors, data } = authors('/assets/lekhak/asha.jpg', { 'assets/lekhak/asha.jpg': small });
  assert.equal(
    errors.map((e) => e.format()),
    [],
  );
  assert.equal(data.authors[0]!.photoSize, { width: 120, height: 120 });
  assert.is(data.authors[1]!.photoSize, undefined);
});

// [name, photo, files, message part, hint part]
const refused: Array<[string, string, Record<string, string | Uint8Array>, string, string]> = [
  ['missing', '/assets/lekhak/nahin.jpg', {}, 'was not found', 'content/assets/lekhak/nahin.jpg'],
  ['under images/, not assets/', '/images/asha.jpg', { 'images/asha.jpg': small }, 'is not a file in content/assets/', '/assets/lekhak/'],
  ['outside the folder', '/assets/../../etc/passwd', {}, 'is not a file in content/assets/', 'content/assets/'],
  ['a URL', 'https://example.org/asha.jpg', {}, 'is not a file in content/assets/', 'content/assets/'],
  ['not a picture', '/assets/lekhak/asha.jpg', { 'assets/lekhak/asha.jpg': 'नहीं' }, 'is not a picture', 'JPEG or PNG'],
  ['too large', '/assets/lekhak/asha.jpg', { 'assets/lekhak/asha.jpg': big }, '1200 × 1200 pixels', '800 × 800'],
];
for (const [name, photo, files, message, hint] of refused) {
  photos(`refused: ${name}, at the photo's line`, () => {
    const { errors, data } = authors(photo, files);
    const e = errors.find((x) => x.message.includes(message));
    assert.ok(e, errors.map((x) => x.format()).join(' | '));
    assert.ok(e!.file.endsWith('_data/authors.json'));
    assert.is(e!.line, 5, e!.format());
    assert.ok(e!.message.startsWith(`asha-meena: photo ${photo}`), e!.message);
    assert.ok((e!.hint ?? '').includes(hint), e!.format());
    assert.is(data.authors[0]!.photoSize, undefined);
  });
}

photos('a bad social link is reported with its entry', () => {
  const json = '[\n  { "slug": "asha-meena", "name": "आशा मीणा", "links": { "x": "http://x.com/asha" } }\n]';
  const { errors } = loadContent(copyArchive({ '_data/authors.json': json }));
  const e = errors.find((x) => x.message.includes('links.x'));
  assert.ok(e, errors.map((x) => x.format()).join(' | '));
  assert.is(e!.line, 2);
});
photos.run();
