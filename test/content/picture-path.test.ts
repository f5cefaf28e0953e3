import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parsePicturePath } from '../../scripts/content/picture-path.ts';
import { render } from '../../scripts/content/messages.ts';

const ok = suite('parsePicturePath: paths inside content/images/');
const GOOD: Array<[string, boolean, string]> = [
  ['/images/2026/11/mandi.jpg', false, 'images/2026/11/mandi.jpg'],
  ['/images/2026/11/%E0%A4%AE%E0%A4%82%E0%A4%A1%E0%A5%80.jpg', true, 'images/2026/11/मंडी.jpg'],
  ['/images/a..b.png', false, 'images/a..b.png'],
];
for (const [src, encoded, rel] of GOOD) ok(`${src} → ${rel}`, () => assert.equal(parsePicturePath(src, encoded), { rel }));

const bad = suite('parsePicturePath: everything else is refused with a reason');
const BAD: Array<[string, boolean, string]> = [
  ['https://photos.example/a.jpg', true, 'is on another site'],
  ['http://photos.example/a.jpg', false, 'is on another site'],
  ['//photos.example/a.jpg', true, 'is on another site'],
  ['data:image/png;base64,iVBORw0KGgo=', true, 'is not a file'],
  ['file:///etc/passwd', true, 'is not a file'],
  ['images/a.jpg', false, 'does not start with /images/'],
  ['/assets/logo.png', false, 'does not start with /images/'],
  ['/images/../_data/site.json', false, 'an empty, "." or ".." part'],
  ['/images/./a.jpg', true, 'an empty, "." or ".." part'],
  ['/images//a.jpg', false, 'an empty, "." or ".." part'],
  ['/images/%2e%2e/_data/site.json', true, 'an empty, "." or ".." part'],
  ['/images/%2E%2E/x.jpg', true, 'an empty, "." or ".." part'],
  ['/images/%2e%2e/_data/site.json', false, 'has a %-escape'],
  ['/images/%zz.jpg', true, 'broken %-escape'],
  ['/images/%E0%A4.jpg', true, 'broken %-escape'],
  ['/images/a%5c..%5cb.jpg', true, 'backslash'],
  ['/images\\..\\x.jpg', false, 'does not start with /images/'],
  ['/images/a\\b.jpg', false, 'backslash'],
  ['/images/a%00.jpg', true, 'control character'],
  ['/images/a.jpg?v=2', false, 'has a ? or #'],
];
for (const [src, encoded, message] of BAD) {
  bad(`${src}${encoded ? ' (body)' : ''}: ${message}`, () => {
    const r = parsePicturePath(src, encoded);
    assert.ok('message' in r && render(r.message, 'en').includes(message), JSON.stringify(r));
    assert.ok('hint' in r && render(r.hint, 'en').length > 0 && /[\u0900-\u097F]/.test(render(r.hint, 'hi')));
  });
}
bad('a remote picture says why: the site shows only its own pictures', () => {
  const r = parsePicturePath('https://photos.example/a.jpg', true);
  assert.ok('hint' in r && render(r.hint, 'en').includes('content/images/') && render(r.hint, 'en').includes('who reads'));
});

ok.run();
bad.run();
