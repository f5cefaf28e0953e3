import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { absoluteUrl, foldersOf, foldKey, generatedBy, outputFile } from '../../scripts/catalog/url-paths.ts';
import { render } from '../../scripts/content/messages.ts';

const files = suite('outputFile: the file a path is written to, decoded');
const GOOD: Array<[string, string]> = [
  ['/purani-khabar', 'purani-khabar/index.html'],
  ['/purani-khabar/', 'purani-khabar/index.html'],
  ['/purani/index.html', 'purani/index.html'],
  ['/old/page.html', 'old/page.html'],
  ['/%E0%A4%95%E0%A4%BE/', 'का/index.html'],
  ['/a/b/c/d/e/f/', 'a/b/c/d/e/f/index.html'],
  ['/x..y/', 'x..y/index.html'],
  // A story's own URL (the short way), and ones just outside its shape (every check).
  ['/2026/11/mandi-bhav-2/', '2026/11/mandi-bhav-2/index.html'],
  [`/2026/11/${'a'.repeat(200)}/`, `2026/11/${'a'.repeat(200)}/index.html`],
  [`/2026/11/${'a'.repeat(201)}/`, `2026/11/${'a'.repeat(201)}/index.html`],
  ['/2026/11/Mandi/', '2026/11/Mandi/index.html'],
];
for (const [path, file] of GOOD) files(`${path} → ${file}`, () => assert.is(outputFile(path), file));

const folders = suite('foldersOf: the folders a file needs, outermost first');
const FOLDERS: Array<[string, string[]]> = [
  ['2026/11/mandi/index.html', ['2026', '2026/11', '2026/11/mandi']],
  ['index.html', []],
  ['a//b', ['a', 'a/']],
];
for (const [file, expected] of FOLDERS) folders(file, () => assert.equal(foldersOf(file), expected));

const bad = suite('outputFile: paths no file system can hold safely');
const BAD: Array<[string, string]> = [
  ['/%E0%A4/', 'broken %-escape'],
  ['/%zz/', 'broken %-escape'],
  ['/a/../b/', '"." or ".."'],
  ['/a/%2e%2e/b/', '"." or ".."'],
  ['/a/./b/', '"." or ".."'],
  ['/a//b/', 'empty part'],
  ['/a%2Fb/', 'escaped /'],
  ['/a%5c..%5cb/', 'escaped /'],
  ['/a%00b/', 'control character'],
  ['/.well-known/x/', 'starting with "."'],
  ['/_worker.js', 'starts with "_"'],
  ['/_headers/', 'starts with "_"'],
  [`/${'a'.repeat(256)}/`, 'a part of 256 bytes'],
  [`/2026/11/${'a'.repeat(256)}/`, 'a part of 256 bytes'],
  ['/2026/11/a/../', '"." or ".."'],
  [`/${'%E0%A4%95'.repeat(86)}/`, 'a part of 258 bytes'],
  [`/${'abcdefghij/'.repeat(100)}`, 'a path may have at most 1024'],
];
for (const [path, message] of BAD)
  bad(`${path.slice(0, 40)}: ${message}`, () => {
    const r = outputFile(path);
    assert.ok(Array.isArray(r) && render(r[0], 'en').includes(message) && /[\u0900-\u097F]/.test(render(r[1], 'hi')), JSON.stringify(r));
  });

const gen = suite('generatedBy: what the build writes itself');
const CATS = new Set(['khel']);
const GENERATED: Array<[string, boolean]> = [
  ['robots.txt', true],
  ['feed.xml', true],
  ['404.html', true],
  ['index.html', true],
  ['sitemap.xml', true],
  ['khoj/index.html', true],
  ['vishay/koi-bhi/index.html', true],
  ['jila/x/index.html', true],
  ['lekhak/x/index.html', true],
  ['assets/x.css', true],
  ['img/x.jpg', true],
  ['pagefind/x/index.html', true],
  ['admin/index.html', true],
  ['sitemaps/pages-9.xml', true],
  ['khel/purani/index.html', true],
  ['KHEL/index.html', true],
  ['archive/index.html', true],
  ['2031/index.html', true],
  ['2031/04/index.html', true],
  ['2031/page/3/index.html', true],
  ['2031/04/page/2/index.html', true],
  ['page/2/index.html', true],
  ['x/page/2/index.html', true],
  ['2031/04/p/2/index.html', true],
  ['x/p/12/index.html', true],
  ['2019/05/p/index.html', false],
  ['2019/05/purani-khabar/index.html', false],
  ['purani/index.html', false],
  ['2019/05/x.html', false],
  ['khelkud/index.html', false],
];
for (const [file, expected] of GENERATED)
  gen(`${file}: ${expected ? 'generated' : 'free'}`, () => assert.is(generatedBy(file, CATS) !== undefined, expected));
gen('case and normalisation fold', () => assert.is(foldKey('Purani/क़.html'), foldKey('purani/क़.html'.normalize('NFD'))));

files.run();
bad.run();
folders.run();
gen.run();

const urls = suite('absoluteUrl');
for (const [path, expected] of [
  ['/2026/11/x/', 'https://news.example/2026/11/x/'],
  ['assets/logo.png', 'https://news.example/assets/logo.png'],
  ['https://cdn.example/a.png', 'https://cdn.example/a.png'],
] as const)
  urls(path, () => assert.is(absoluteUrl('https://news.example', path), expected));
urls('a site under a sub-path keeps it', () => assert.is(absoluteUrl('https://x.example/news', '/a/'), 'https://x.example/news/a/'));
urls.run();
