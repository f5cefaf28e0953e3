import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkLinks } from '../../scripts/seo/links.ts';
import { buildSampleWithPrefix, filesOf, straysOutside } from '../helpers/prefixed-site.ts';

const SITE = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/_data/site.json'), 'utf8')).url as string;
const IN_FOLDER = `${SITE}/repo`;

const test = suite('the sample archive built for a folder (pathPrefix "/repo/")');
const built = { repo: { out: '', remove: () => {} }, root: { out: '', remove: () => {} } };
test.before(async () => {
  built.repo = await buildSampleWithPrefix('/repo/');
  built.root = await buildSampleWithPrefix(undefined);
});
test.after(() => {
  built.repo.remove();
  built.root.remove();
});
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

test('every URL of every page, feed, sitemap, JSON file and stylesheet is in /repo/ or on another site', () => {
  assert.equal(straysOutside(built.repo.out, '/repo/', IN_FOLDER).slice(0, 10), []);
});

test('the same scan finds the site-root URLs of a build without the prefix, of every kind', () => {
  const strays = straysOutside(built.root.out, '/repo/', IN_FOLDER);
  const kinds = new Set(strays.map((s) => s.file.replace(/^.*\./, '')));
  for (const kind of ['html', 'xml', 'css', 'txt', 'yml']) assert.ok(kinds.has(kind), `no stray found in a .${kind} file`);
  assert.ok(strays.some((s) => s.url.startsWith(`${SITE}/2026/`)));
  assert.ok(strays.some((s) => s.url.startsWith('/img/')));
});

// What only the prefix may change: URLs (plain, absolute, percent-encoded in share links) and the
// stylesheet's name (its url()s changed).
const unprefixed = (text: string) =>
  text
    .replaceAll(`${IN_FOLDER}`, SITE)
    .replaceAll(encodeURIComponent(IN_FOLDER), encodeURIComponent(SITE))
    .replaceAll('/repo/', '/')
    .replace(/site\.[0-9a-f]{10}\.css/g, 'site.css');
const sameWithout = (text: string) => text.replace(/site\.[0-9a-f]{10}\.css/g, 'site.css');

test('the same files, and every text file differs from the root build by the prefix only', () => {
  const files = filesOf(built.repo.out);
  assert.equal(files.map(sameWithout), filesOf(built.root.out).map(sameWithout));
  const differ: string[] = [];
  for (const file of files) {
    if (!/\.(html|xml|json|txt|yml|css)$|^_redirects$/.test(file)) continue;
    const root = filesOf(built.root.out).find((f) => sameWithout(f) === sameWithout(file))!;
    if (unprefixed(read(built.repo.out, file)) !== sameWithout(read(built.root.out, root))) differ.push(file);
  }
  assert.equal(differ, []);
});

test('no broken link, checked as npm run check:site checks a site in a folder', () => {
  const r = checkLinks(built.repo.out, IN_FOLDER);
  assert.ok(r.links > 1000, `${r.links} links`);
  assert.equal(r.broken.slice(0, 10), []);
});

test('the files that are not pages: search base, CMS address, robots.txt, an alias, _redirects', () => {
  const out = built.repo.out;
  assert.is(JSON.parse(read(out, 'pagefind/manifest.json')).baseUrl, '/repo/');
  assert.match(read(out, 'admin/config.yml'), `site_url: ${IN_FOLDER}\n`);
  assert.match(read(out, 'robots.txt'), 'Disallow: /repo/admin/');
  assert.match(read(out, 'admin/index.html'), '<link href="/repo/admin/config.yml"');
  const alias = filesOf(out).find((f) => f !== '404.html' && read(out, f).includes('http-equiv="refresh"'));
  assert.ok(alias, 'the sample has an alias');
  assert.match(read(out, alias!), /content="0; url=\/repo\/20\d\d\//);
  assert.match(read(out, '_redirects'), / \/repo\/20\d\d\/\S+ 301\n/);
});

test.run();
