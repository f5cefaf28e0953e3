import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Article } from '../../scripts/catalog/types.ts';
import { bodyPicturesOf, pictureKey, picturesOf } from '../../scripts/images/article-pictures.ts';

const article = (sourcePath: string, body: string, image?: string) =>
  ({ sourcePath, body, ...(image ? { image: { src: image, alt: 'क' } } : {}) }) as unknown as Article;

const uses = suite('picturesOf: every distinct picture once, lead and body');
uses('a picture used as a lead and in two bodies, under either spelling, is one picture', () => {
  const found = picturesOf([
    article('a.md', 'पाठ।\n\n![तालाब](/images/2026/11/तालाब.jpg)', '/images/2026/11/तालाब.jpg'),
    article('b.md', '![तालाब](/images/2026/11/%E0%A4%A4%E0%A4%BE%E0%A4%B2%E0%A4%BE%E0%A4%AC.jpg)\n![मेला](/images/2026/11/mela.jpg)'),
    article('c.md', 'पाठ में ![मेला](/images/2026/11/mela.jpg) भी।'),
  ]);
  assert.equal([...found.keys()], ['images/2026/11/तालाब.jpg', 'images/2026/11/mela.jpg']);
  assert.equal(found.get('images/2026/11/mela.jpg'), { article: 'b.md', src: '/images/2026/11/mela.jpg' });
});
uses('a body without pictures, a picture in code, and a refused path add nothing', () => {
  const found = picturesOf([article('a.md', 'सादा पाठ।\n\n`![क](/images/x.jpg)`\n\n![बाहर](/images/../_data/site.json)')]);
  assert.is(found.size, 0);
});

uses('a body is looked through once per process, however many times its pictures are asked for', () => {
  const a = article('a.md', 'पाठ।\n\n![मेला](/images/2026/11/mela.jpg)');
  const found = bodyPicturesOf(a);
  assert.equal(found, ['/images/2026/11/mela.jpg']);
  assert.is(bodyPicturesOf(a), found);
  picturesOf([a]);
  assert.is(bodyPicturesOf(a), found);
});

const keys = suite('pictureKey: the path inside the content folder');
const KEYS: Array<[string, boolean, string | undefined]> = [
  ['/images/2026/a b.jpg', false, 'images/2026/a b.jpg'],
  ['/images/2026/a%20b.jpg', true, 'images/2026/a b.jpg'],
  ['/images/2026/a%20b.jpg', false, undefined],
  ['https://example.org/a.jpg', true, undefined],
];
for (const [src, encoded, key] of KEYS)
  keys(`${src} (${encoded ? 'body' : 'front-matter'})`, () => assert.is(pictureKey(src, encoded), key));
uses.run();
keys.run();
