import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ContentError } from '../../scripts/content/errors.ts';
import { errorPage, errorParts } from '../../scripts/eleventy/dev-error-page.ts';

const HASH = "'sha512-abc='";
const hostile = new ContentError('content/articles/2026/11/a.md', 2, 'शीर्षक "<script>alert(1)</script>" में गड़बड़', 'लिखें: title: "मंडी & भाव"');

const page = suite('the dev server error page');
page('lists every problem with path:line, what is wrong and the fix, sorted by file and line', () => {
  const html = errorPage([new ContentError('content/articles/2026/11/b.md', 5, 'दूसरी', 'ठीक करें'), hostile], HASH);
  const a = html.indexOf('a.md:2');
  const b = html.indexOf('b.md:5');
  assert.ok(a > 0 && b > a, 'a.md before b.md');
  assert.match(html, '<p class="fix">क्या लिखें: ठीक करें</p>');
  assert.match(html, '2 फ़ाइलों में कुल 2 गड़बड़ियाँ।');
  assert.match(html, '<html lang="hi">');
});
page('escapes what editors wrote: no markup of theirs reaches the page', () => {
  const html = errorPage([hostile], HASH);
  assert.not.match(html, '<script>alert');
  assert.match(html, '&#60;script&#62;alert(1)&#60;/script&#62;');
  assert.match(html, 'मंडी &#38; भाव');
  assert.match(html, '1 फ़ाइल में 1 गड़बड़ी।');
});
page('no script of its own, no inline style; the policy allows only the reload script by its hash', () => {
  const html = errorPage([hostile], HASH);
  assert.not.match(html, /<script|<style|style=/);
  assert.match(html, `script-src 'self' ${HASH};`);
  assert.match(html, "default-src 'self'");
});
page('errorParts splits the printed problem at its where and its fix', () => {
  assert.equal(errorParts(hostile), {
    where: 'content/articles/2026/11/a.md:2',
    what: 'शीर्षक "<script>alert(1)</script>" में गड़बड़',
    fix: 'लिखें: title: "मंडी & भाव"',
  });
  assert.equal(errorParts(new ContentError('content/_data/site.json', 0, 'ख़राब')), {
    where: 'content/_data/site.json',
    what: 'ख़राब',
    fix: '',
  });
});
page.run();
