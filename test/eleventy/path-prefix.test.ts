import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { pathPrefixPlugin, prefixHtml } from '../../scripts/eleventy/path-prefix.ts';
import type { SiteModel } from '../../scripts/eleventy/model.ts';

const html = suite('prefixHtml');
// [a page's markup, the same under /repo/]
const CASES: Array<[string, string]> = [
  ['<a href="/rajniti/">', '<a href="/repo/rajniti/">'],
  ['<a href="/">', '<a href="/repo/">'],
  ['<link rel="stylesheet" href="/assets/site.1234567890.css">', '<link rel="stylesheet" href="/repo/assets/site.1234567890.css">'],
  ['<script src="/assets/share.js" defer></script>', '<script src="/repo/assets/share.js" defer></script>'],
  ['<form action="/khoj/" method="get">', '<form action="/repo/khoj/" method="get">'],
  [
    '<img src="/img/a-800.jpeg" srcset="/img/a-480.jpeg 480w, /img/a-800.jpeg 800w">',
    '<img src="/repo/img/a-800.jpeg" srcset="/repo/img/a-480.jpeg 480w, /repo/img/a-800.jpeg 800w">',
  ],
  ['<source type="image/avif" srcset="/img/a.avif">', '<source type="image/avif" srcset="/repo/img/a.avif">'],
  [
    '<link rel="preload" as="image" imagesrcset="/img/a-480.avif 480w,/img/a-800.avif 800w">',
    '<link rel="preload" as="image" imagesrcset="/repo/img/a-480.avif 480w,/repo/img/a-800.avif 800w">',
  ],
  ['<meta http-equiv="refresh" content="0; url=/2026/11/x/">', '<meta http-equiv="refresh" content="0; url=/repo/2026/11/x/">'],
  ['<a\nhref="/a/">', '<a\nhref="/repo/a/">'],
  // What stays: other sites, protocol-relative, relative, fragments, absolute URLs on this site (built from url).
  ['<a href="https://x.example/a/">', '<a href="https://x.example/a/">'],
  ['<img src="//cdn.example/a.png">', '<img src="//cdn.example/a.png">'],
  ['<a href="p/2/"><a href="#main"><a href="?q=1">', '<a href="p/2/"><a href="#main"><a href="?q=1">'],
  ['<link rel="canonical" href="https://x.example/repo/a/">', '<link rel="canonical" href="https://x.example/repo/a/">'],
  // Not a URL attribute, or not an attribute at all: a story's text is escaped, a JSON-LD value is data.
  ['<p data-url="/a/" title="/b/">', '<p data-url="/a/" title="/b/">'],
  ['<p>लिखें &lt;a href=&quot;/x/&quot;&gt;</p>', '<p>लिखें &lt;a href=&quot;/x/&quot;&gt;</p>'],
  ['<a class="x" href="/a/" hreflang="hi">', '<a class="x" href="/repo/a/" hreflang="hi">'],
];
for (const [input, expected] of CASES) html(input, () => assert.is(prefixHtml(input, '/repo/'), expected));
html('a prefix of two folders', () => assert.is(prefixHtml('<a href="/a/">', '/x/y/'), '<a href="/x/y/a/">'));

const plugin = suite('pathPrefixPlugin');
const transforms = (pathPrefix: string) => {
  const added: Array<(this: { page: { outputPath?: string | false } }, content: string) => string> = [];
  const model = { site: { pathPrefix } } as unknown as SiteModel;
  pathPrefixPlugin({ addTransform: (_name, fn) => added.push(fn) }, () => model);
  return added;
};
plugin('at / nothing is added: pages are written as they render, byte for byte', () => assert.equal(transforms('/'), []));
plugin('in a folder: HTML pages only', () => {
  const [fn] = transforms('/repo/');
  assert.is(fn!.call({ page: { outputPath: '/out/a/index.html' } }, '<a href="/b/">'), '<a href="/repo/b/">');
  assert.is(fn!.call({ page: { outputPath: '/out/feed.xml' } }, '<a href="/b/">'), '<a href="/b/">');
  assert.is(fn!.call({ page: { outputPath: false } }, '<a href="/b/">'), '<a href="/b/">');
});

html.run();
plugin.run();
