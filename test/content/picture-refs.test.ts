import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { pictureRefs } from '../../scripts/content/picture-refs.ts';
import type { RawArticle } from '../../scripts/content/load.ts';

/** An article whose front-matter has 3 lines (title, image, image_alt): the body starts at line 6. */
const raw = (body: string): RawArticle => ({
  id: 'a.md',
  sourcePath: '/c/a.md',
  file: 'a.md',
  data: {},
  matter: '\ntitle: क\nimage: /images/a.jpg\nimage_alt: ख\n',
  body,
  bodyLine: 6,
});
const refs = (body: string, image?: string) => pictureRefs(raw(body), image).map((r) => [r.src, r.line, r.encoded]);

const s = suite('pictureRefs: every picture with the line that writes it');
s('the front-matter image, at its line', () => assert.equal(refs('पाठ।\n', '/images/a.jpg'), [['/images/a.jpg', 3, false]]));
s('no pictures, no parse', () => assert.equal(refs('पाठ में ![ नहीं।\n'), []));
s('body pictures: paragraph lines, lists, two on one line, Devanagari names encoded', () => {
  const body = 'पहला अनुच्छेद।\n\nदूसरी पंक्ति\n![क](/images/क.jpg) और ![ख](/images/b.png)\n\n* सूची ![ग](https://x.example/g.jpg)\n';
  assert.equal(refs(body), [
    ['/images/%E0%A4%95.jpg', 9, true],
    ['/images/b.png', 9, true],
    ['https://x.example/g.jpg', 11, true],
  ]);
});
s('reference-style pictures and tables count; code does not', () => {
  const body = '`![नहीं](/images/code.jpg)`\n\n![संदर्भ][r]\n\n| क | ख |\n|---|---|\n| ![त](/images/t.png) | x |\n\n[r]: /images/ref.jpg\n';
  assert.equal(refs(body), [
    ['/images/ref.jpg', 8, true],
    ['/images/t.png', 12, true],
  ]);
});
s.run();
