import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkLinks, extractIds, extractLinks, resolveLink, targetFile } from '../../scripts/seo/links.ts';
import { isArticlePage, pageWeight } from '../../scripts/seo/page-weight.ts';
import { tempDir } from '../helpers/archive.ts';

const SITE = 'https://news.example';

const extract = suite('extractLinks / extractIds');
extract('href, src, every srcset candidate, refresh targets, sitemap <loc> and feed <logo>', () => {
  const html =
    '<a href="/a/?q=1&amp;b=2">x</a><img src="/i.jpeg" srcset="/i-480.webp 480w, /i-800.webp 800w"><meta http-equiv="refresh" content="0; url=/new/"><loc>https://news.example/b/</loc><logo>https://news.example/l.png</logo>';
  assert.equal(extractLinks(html), [
    '/a/?q=1&b=2',
    '/i.jpeg',
    '/i-480.webp',
    '/i-800.webp',
    '/new/',
    'https://news.example/b/',
    'https://news.example/l.png',
  ]);
});
extract('quoted text in an article is escaped and is not taken for a link', () => {
  assert.equal(extractLinks('<p>लिखें &lt;a href=&quot;/x/&quot;&gt;</p>'), []);
});
extract('ids', () => assert.equal([...extractIds('<main id="main"><h2 id="sec-khel">')], ['main', 'sec-khel']));
extract.run();

const resolve = suite('resolveLink');
for (const [href, page, expected] of [
  ['/rajniti/', '/', { path: '/rajniti/', fragment: '' }],
  ['#main', '/2026/11/x/', { path: '/2026/11/x/', fragment: 'main' }],
  ['page/2/', '/rajniti/', { path: '/rajniti/page/2/', fragment: '' }],
  ['https://news.example/2026/', '/', { path: '/2026/', fragment: '' }],
  ['https://news.example', '/', { path: '/', fragment: '' }],
  ['/khoj/?q=नहर', '/', { path: '/khoj/', fragment: '' }],
  ['https://wa.me/?text=x', '/', undefined],
  ['https://news.example.evil/x/', '/', undefined],
  ['mailto:a@b.c', '/', undefined],
] as const)
  resolve(`${href} on ${page}`, () => assert.equal(resolveLink(href, page, SITE), expected));
// A site built for a folder: its url ends in the pathPrefix, and every page is served below it.
for (const [href, page, expected] of [
  ['/repo/rajniti/', '/', { path: '/rajniti/', fragment: '' }],
  ['/repo/', '/khoj/', { path: '/', fragment: '' }],
  ['p/2/', '/rajniti/', { path: '/rajniti/p/2/', fragment: '' }],
  ['../', '/rajniti/', { path: '/', fragment: '' }],
  ['https://news.example/repo/2026/#x', '/', { path: '/2026/', fragment: 'x' }],
  ['https://news.example/repo', '/', { path: '/', fragment: '' }],
  ['/rajniti/', '/', { path: '/rajniti/', fragment: '', outside: true }],
  ['../../', '/rajniti/', { path: '/', fragment: '', outside: true }],
  // The same host outside the folder is another site (user.github.io/other-repo/): not checked.
  ['https://news.example/rajniti/', '/', undefined],
] as const)
  resolve(`${href} on ${page}, site in /repo/`, () => assert.equal(resolveLink(href, page, `${SITE}/repo`), expected));
resolve.run();

const target = suite('targetFile');
const files = new Set(['/index.html', '/a/index.html', '/feed.xml']);
for (const [path, expected] of [
  ['/', '/index.html'],
  ['/a/', '/a/index.html'],
  ['/a', '/a/index.html'],
  ['/feed.xml', '/feed.xml'],
  ['/b/', undefined],
] as const) {
  target(path, () => assert.is(targetFile(path, files), expected));
}
target.run();

const check = suite('checkLinks over a small site');
const dir = tempDir();
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};
put(
  '/index.html',
  '<a href="/a/">a</a><a href="/a/#top">top</a><a href="/a/#nowhere">x</a><a href="/gone/">gone</a><a href="https://other.example/">out</a><link rel="canonical" href="https://news.example/">',
);
put('/a/index.html', '<h1 id="top">A</h1><img src="/img/missing.avif" alt="">');
put('/sitemap.xml', '<urlset><url><loc>https://news.example/a/</loc></url><url><loc>https://news.example/old/</loc></url></urlset>');
check('reports missing files and missing fragment targets, with the page they are on', () => {
  const r = checkLinks(dir, SITE);
  assert.is(r.files, 3);
  assert.equal(r.broken.map((b) => `${b.page} → ${b.href}`).sort(), [
    '/a/index.html → /img/missing.avif',
    '/index.html → /a/#nowhere',
    '/index.html → /gone/',
    '/sitemap.xml → https://news.example/old/',
  ]);
});
check('in a folder: links must stay in it, and are checked against the files without it', () => {
  const sub = tempDir();
  mkdirSync(join(sub, 'a'), { recursive: true });
  writeFileSync(
    join(sub, 'index.html'),
    '<a href="/repo/a/">a</a><a href="/a/">root</a><a href="/repo/b/">b</a><link href="https://news.example/repo/">',
  );
  writeFileSync(join(sub, 'a/index.html'), '<a href="../">up</a>');
  assert.equal(
    checkLinks(sub, `${SITE}/repo`).broken.map((b) => `${b.href}: ${b.reason}`),
    ["/a/: outside the site's folder (pathPrefix /repo/)", '/repo/b/: no such file'],
  );
});
check.run();

const weight = suite('pageWeight');
weight('gzip of the HTML plus its local stylesheet; scripts apart; other sites ignored', () => {
  const css = 'body{margin:0}'.repeat(50);
  put('/assets/site.css', css);
  put('/assets/share.js', 'console.log(1)');
  put(
    '/2026/11/x/index.html',
    '<link rel="stylesheet" href="/assets/site.css"><link rel="stylesheet" href="https://cdn.example/x.css"><script src="/assets/share.js" defer></script><p>ख़बर</p>',
  );
  const w = pageWeight(dir, '/2026/11/x/index.html');
  assert.ok(w.css > 20 && w.css < css.length, `css ${w.css}`);
  assert.ok(w.js > 0);
  assert.is(w.total, w.html + w.css);
});
weight('a site in a folder links its stylesheet in it; the file is in the site folder without it', () => {
  put('/2026/11/y/index.html', '<link rel="stylesheet" href="/repo/assets/site.css"><p>ख़बर</p>');
  const w = pageWeight(dir, '/2026/11/y/index.html', new Map(), '/repo/');
  assert.ok(w.css > 20, `css ${w.css}`);
  // Read as a site at the root, the stylesheet is not where the link says.
  assert.throws(() => pageWeight(dir, '/2026/11/y/index.html'), /ENOENT/);
});
weight('isArticlePage', () => {
  assert.ok(isArticlePage('/2026/11/mandi-bhav/index.html'));
  assert.not.ok(isArticlePage('/2026/11/index.html'));
  assert.not.ok(isArticlePage('/rajniti/page/2/index.html'));
});
weight.run();
