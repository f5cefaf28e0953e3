import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { prefixCssUrls } from '../../scripts/eleventy/css-prefix.ts';
import { buildStyles } from '../../scripts/eleventy/assets.ts';

const css = suite('prefixCssUrls');
// [stylesheet, expected under /repo/]
const CASES: Array<[string, string]> = [
  ['a{src:url(/assets/a.woff2)}', 'a{src:url(/repo/assets/a.woff2)}'],
  ['a{b:url("/img/x.png")}', 'a{b:url("/repo/img/x.png")}'],
  ["a{b:url('/img/x.png')}", "a{b:url('/repo/img/x.png')}"],
  ['a{b:url( /img/x.png )}', 'a{b:url(/repo/img/x.png)}'],
  ['a{b:url(//cdn.example/x.png)}', 'a{b:url(//cdn.example/x.png)}'],
  ['a{b:url(https://cdn.example/x.png)}', 'a{b:url(https://cdn.example/x.png)}'],
  ['a{b:url(data:image/svg+xml,%3Csvg/%3E)}', 'a{b:url(data:image/svg+xml,%3Csvg/%3E)}'],
  ['a{b:url(fonts/x.woff2)}', 'a{b:url(fonts/x.woff2)}'],
  ['a{b:url(/a.png),url(/b.png)}', 'a{b:url(/repo/a.png),url(/repo/b.png)}'],
];
for (const [input, expected] of CASES) css(input, () => assert.is(prefixCssUrls(input, '/repo/'), expected));
css('at / the text is returned as it is', () => {
  for (const [input] of CASES) assert.is(prefixCssUrls(input, '/'), input);
});

const styles = suite('buildStyles under a pathPrefix');
styles('the fonts load from the folder; at / the stylesheet is the same bytes as without the argument', () => {
  const root = buildStyles([]);
  const repo = buildStyles([], '/repo/');
  const text = (s: typeof root) => String(s.assets.find((a) => a.url === s.cssUrl)!.contents);
  assert.is(text(buildStyles([], '/')), text(root));
  assert.is(buildStyles([], '/').cssUrl, root.cssUrl);
  const urls = [...text(repo).matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!);
  assert.ok(urls.length >= 4, `${urls.length} url()s`);
  for (const u of urls) assert.ok(u.startsWith('/repo/assets/fonts/') || !u.startsWith('/'), u);
  // The files themselves are still written at /assets/… of the output folder, which the host serves at /repo/.
  assert.equal(
    repo.assets.map((a) => a.url.split('/')[1]),
    root.assets.map(() => 'assets'),
  );
});

css.run();
styles.run();
