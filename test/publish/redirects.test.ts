import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { collectRedirects, fileForPath, redirectPage, redirectsFile } from '../../scripts/publish/redirects.ts';
import type { Article } from '../../scripts/catalog/types.ts';

const a = (id: string, url: string, title: string, aliases: string[]) => ({ id, url, title, aliases }) as unknown as Article;

const collect = suite('collectRedirects');
collect('every alias, trailing slash added, sorted by old URL', () => {
  const r = collectRedirects([a('x.md', '/2026/11/x/', 'X', ['/zz', '/aa/']), a('y.md', '/2026/11/y/', 'Y', ['/mm.html'])]);
  assert.equal(
    r.map((x) => [x.from, x.to, x.source]),
    [
      ['/aa/', '/2026/11/x/', 'x.md'],
      ['/mm.html', '/2026/11/y/', 'y.md'],
      ['/zz/', '/2026/11/x/', 'x.md'],
    ],
  );
});
collect('no aliases, no redirects', () => assert.equal(collectRedirects([a('x.md', '/x/', 'X', [])]), []));

const page = suite('redirectPage');
const html = redirectPage(
  { from: '/old/', to: '/2026/11/new/', title: '"जीरे" के भाव <ऊँचे> & स्थिर', source: 'x.md' },
  'https://samachar.example',
);
const PARTS: Array<[string, string]> = [
  ['meta refresh to the new URL', '<meta http-equiv="refresh" content="0; url=/2026/11/new/">'],
  ['absolute canonical', '<link rel="canonical" href="https://samachar.example/2026/11/new/">'],
  ['noindex', '<meta name="robots" content="noindex">'],
  ['a link for readers', '<a href="/2026/11/new/">'],
  ['the title escaped', '&#34;जीरे&#34; के भाव &#60;ऊँचे&#62; &#38; स्थिर'],
  ['Hindi page', '<html lang="hi">'],
];
for (const [name, part] of PARTS) page(name, () => assert.ok(html.includes(part), part));
page('a site in a folder: the refresh and the link go to the new URL in it (url ends in the folder)', () => {
  const sub = redirectPage({ from: '/old/', to: '/2026/11/new/', title: 'x', source: 'x.md' }, 'https://u.github.io/repo');
  assert.match(sub, '<meta http-equiv="refresh" content="0; url=/repo/2026/11/new/">');
  assert.match(sub, '<a href="/repo/2026/11/new/">');
  assert.match(sub, '<link rel="canonical" href="https://u.github.io/repo/2026/11/new/">');
});
page('no raw markup from the title', () => assert.not.match(html, '<ऊँचे>'));

const file = suite('redirectsFile and fileForPath');
file('one line per redirect, after a comment', () => {
  assert.is(
    redirectsFile([{ from: '/a/', to: '/b/', status: 301 }]),
    '# Old URLs of renamed articles (front-matter "aliases:") and imported ones. Generated at build time.\n/a/ /b/ 301\n',
  );
});
file('in a folder: the old URL as the host sees the uploaded folder, the target as the reader goes there', () => {
  assert.match(redirectsFile([{ from: '/a/', to: '/b/', status: 302 }], '/repo/'), '\n/a/ /repo/b/ 302\n');
});
const PATHS: Array<[string, string]> = [
  ['/old/', '/out/old/index.html'],
  ['/old/page.html', '/out/old/page.html'],
  ['/%E0%A4%95%E0%A4%BE/', '/out/का/index.html'],
];
for (const [path, expected] of PATHS) file(`${path} → ${expected}`, () => assert.is(fileForPath('/out', path), expected));
const BAD: Array<[string, string]> = [
  ['/../../etc/', 'outside the site'],
  // A sibling folder whose name begins with the site's: not inside it.
  ['/../out-2/', 'outside the site'],
  ['/../out', 'outside the site'],
  ['/?p=123', 'query or fragment'],
  ['/a#b', 'query or fragment'],
];
for (const [path, message] of BAD) file(`${path} is refused: ${message}`, () => assert.throws(() => fileForPath('/out', path), message));

collect.run();
page.run();
file.run();
