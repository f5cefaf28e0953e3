import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkContent } from '../../scripts/content/files.ts';
import { loadContent } from '../../scripts/content/index.ts';
import type { ContentError } from '../../scripts/content/errors.ts';
import { copyArchive, tempDir } from '../helpers/archive.ts';

/** A secret outside the content folder: no message may ever quote it. */
const SECRET = 'root:x:0:0:गुप्त';
function outsideFile(): string {
  const path = join(tempDir(), 'passwd');
  writeFileSync(path, `${SECRET}\n`);
  return path;
}

const walk = (dir: string) => {
  const errors: ContentError[] = [];
  return { found: walkContent(dir, errors), errors: errors.map((e) => e.format({ lang: 'en' })) };
};
const ARTICLE = '---\ntitle: गाँव की ख़बर\ndate: 2026-11-20\ncategory: khel\nauthor: asha-meena\ndistrict: jalore\n---\nपाठ।\n';

const links = suite('walkContent: symbolic links are refused, never followed');
const LINKS: Array<[string, string, (target: string) => string]> = [
  ['a linked article', 'articles/2026/11/link.md', (t) => t],
  ['a linked data file', '_data/authors.json', (t) => t],
  ['a linked images folder', 'images', (t) => join(t, '..')],
  ['a linked asset', 'assets/logo.png', (t) => t],
  ['a linked folder of articles', 'articles/2025', (t) => join(t, '..')],
  ['a link inside a folder starting with _', 'articles/_purane/x.md', (t) => t],
];
for (const [name, path, target] of LINKS) {
  links(`${name} (${path})`, () => {
    const dir = copyArchive();
    mkdirSync(join(dir, path, '..'), { recursive: true });
    try {
      execFileSync('rm', ['-rf', join(dir, path)]);
    } catch {
      /* nothing there */
    }
    symlinkSync(target(outsideFile()), join(dir, path));
    const { found, errors } = walk(dir);
    assert.ok(
      errors.some((e) =>
        e.includes(`${path}: is a symbolic link; content must be real files inside the content folder — copy the file here instead`),
      ),
      errors.join('\n'),
    );
    assert.ok(found.refused.has(path));
    assert.not.ok(found.articles.some((a) => a.includes('link.md')));
    const loaded = loadContent(dir);
    assert.ok(loaded.errors.length > 0);
    assert.not.ok(
      loaded.errors.some((e) => e.format({ lang: 'en' }).includes(SECRET)),
      'the target was read',
    );
  });
}
links('a linked data file is not read at all: the check stops at the link', () => {
  const dir = copyArchive();
  execFileSync('rm', [join(dir, '_data/site.json')]);
  symlinkSync(outsideFile(), join(dir, '_data/site.json'));
  const { errors, records } = loadContent(dir);
  assert.equal(
    errors.map((e) => e.message),
    ['is a symbolic link; content must be real files inside the content folder'],
  );
  assert.equal(records, []);
});

const types = suite('walkContent: what each folder may hold');
const REFUSED: Array<[string, string]> = [
  ['articles/2026/11/page.njk', 'page templates are code, not content — they live in layouts/'],
  ['articles/2026/11/x.11tydata.json', 'page templates are code'],
  ['articles/2026/11/x.11ty.js', 'page templates are code'],
  ['images/x.liquid', 'page templates are code'],
  ['assets/page.html', 'page templates are code'],
  ['assets/app.js', 'page templates are code'],
  ['_data/helpers.ts', 'page templates are code'],
  ['index.njk', 'page templates are code'],
  ['.eleventy.js', 'page templates are code'],
  ['articles/2026/11/photo.jpg', 'only articles (.md files) belong in articles/'],
  ['images/2026/notes.txt', 'only pictures belong in images/'],
  ['images/logo.svg', '(SVG → PNG)'],
  ['assets/evil.svg', 'SVG files are not published: an SVG can carry script — export it as PNG'],
  ['assets/style.css', 'files of type "css" are not published from assets/'],
  ['assets/.htaccess', ''],
  [
    '_data/extra.json',
    '_data/ holds only site.json, categories.json, districts.json, authors.json, sources.json, wordpress-redirects.json',
  ],
  ['_data/more/site.json', '_data/ has no folders'],
  ['pagez/about.md', 'this folder is not part of the content'],
  ['pages/about.txt', 'only pages (.md files) belong in pages/'],
  ['pages/purane/about.md', 'pages/ has no folders'],
  ['root/robots.txt', 'the build writes /robots.txt itself'],
  ['root/ROBOTS.TXT', 'the build writes /robots.txt itself'],
  ['root/sw.js', 'a service worker belongs in layouts/ as reviewed code'],
  ['root/_headers', 'host settings'],
  ['root/page.html', 'HTML and other page files are not published from root/'],
  ['root/index.html', 'the build writes /index.html itself'],
  ['root/google12ab.html.js', 'a service worker belongs in layouts/'],
  ['root/BingSiteAuth.xml', 'files of type "xml" are not published at the site root'],
  ['root/.well-known/security.txt', 'root/ has no folders'],
  ['config.yml', 'this file is not content'],
];
for (const [path, message] of REFUSED) {
  types(`${path} is refused`, () => {
    const dir = copyArchive({ [path]: 'x' });
    const { found, errors } = walk(dir);
    if (message === '') {
      // Dot files (.htaccess, .DS_Store) are never read or published, so they are simply left out.
      assert.equal(errors, []);
      assert.not.ok(found.files.has(path));
      return;
    }
    assert.ok(
      errors.some((e) => e.includes(path.split('/')[0]!) && e.includes(message)),
      `expected "${message}":\n${errors.join('\n')}`,
    );
  });
}
const ALLOWED = [
  'articles/2026/11/x.md',
  'images/2026/11/a.JPG',
  'images/b.webp',
  'assets/notice.pdf',
  'assets/fonts/x.woff2',
  'assets/favicon.ico',
  'assets/ads.txt',
  'pages/sampark.md',
  'root/ads.txt',
  'root/favicon.ico',
  'root/google0123456789abcdef.html',
  'README.md',
  '.DS_Store',
];
types('allowed files pass and are listed', () => {
  const dir = copyArchive(Object.fromEntries(ALLOWED.map((p) => [p, 'x'])));
  const { found, errors } = walk(dir);
  assert.equal(errors, []);
  for (const p of ALLOWED.filter((p) => !p.startsWith('.'))) assert.ok(found.files.has(p), p);
});
types('articles in folders starting with _ or . are not articles', () => {
  const dir = copyArchive({ 'articles/_purane/a.md': ARTICLE, 'articles/.trash/b.md': ARTICLE, 'articles/2026/11/c.md': ARTICLE });
  const { found } = walk(dir);
  assert.ok(found.articles.some((a) => a.endsWith('c.md')));
  assert.not.ok(found.articles.some((a) => a.endsWith('a.md') || a.endsWith('b.md')));
});

const special = suite('walkContent: special files and unreadable folders');
special('a named pipe is refused without being opened (opening it would hang)', () => {
  const dir = copyArchive();
  execFileSync('mkfifo', [join(dir, 'articles/2026/11/pipe.md')]);
  const { errors } = walk(dir);
  assert.ok(
    errors.some((e) => e.includes('pipe.md: is a named pipe, not a file')),
    errors.join('\n'),
  );
  assert.ok(loadContent(dir).errors.some((e) => e.message.includes('named pipe')));
});
special('a folder that cannot be read is an error, not a crash', () => {
  const file = join(tempDir(), 'not-a-folder');
  writeFileSync(file, 'x');
  const { errors } = walk(file);
  assert.ok(
    errors.some((e) => e.includes('this folder cannot be read (ENOTDIR)')),
    errors.join('\n'),
  );
});

links.run();
types.run();
special.run();
