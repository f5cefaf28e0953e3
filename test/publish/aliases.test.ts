import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { copyArchive, NOW, tempDir } from '../helpers/archive.ts';

const article = (title: string, date: string, extra: string) =>
  `---\ntitle: ${title}\ndate: ${date}\ncategory: khel\nauthor: asha-meena\ndistrict: jalore\n${extra}---\nपाठ।\n`;

const clash = suite('aliases: clashes are validation errors (scripts/catalog/unique.ts)');

const CLASHES: Array<[string, Record<string, string>, string]> = [
  [
    'alias = the URL of a live article',
    {
      'articles/2026/11/a.md': article('पहली', '2026-11-20', 'slug: pehli\n'),
      'articles/2026/11/b.md': article('दूसरी', '2026-11-21', 'aliases: [/2026/11/pehli/]\n'),
    },
    'is the URL of a live article',
  ],
  [
    'alias without the trailing slash still clashes',
    {
      'articles/2026/11/a.md': article('पहली', '2026-11-20', 'slug: pehli\n'),
      'articles/2026/11/b.md': article('दूसरी', '2026-11-21', 'aliases: [/2026/11/pehli]\n'),
    },
    'is the URL of a live article',
  ],
  [
    'alias = a page of the site (category listing)',
    {
      'articles/2026/11/b.md': article('दूसरी', '2026-11-21', 'aliases: [/khel/]\n'),
    },
    'is a page of the site itself',
  ],
  [
    'alias = /admin/ (the CMS)',
    {
      'articles/2026/11/b.md': article('दूसरी', '2026-11-21', 'aliases: [/admin/]\n'),
    },
    'is a page of the site itself',
  ],
  [
    'two articles claim one old URL',
    {
      'articles/2026/11/a.md': article('पहली', '2026-11-20', 'aliases: [/purana/]\n'),
      'articles/2026/11/b.md': article('दूसरी', '2026-11-21', 'aliases: [/purana/]\n'),
    },
    'is also claimed by',
  ],
  [
    'an alias must be an ASCII path from /',
    {
      'articles/2026/11/b.md': article('दूसरी', '2026-11-21', 'aliases: [purana]\n'),
    },
    'an alias must be an ASCII path starting with /',
  ],
];
for (const [name, files, message] of CLASHES) {
  clash(name, () => {
    const { errors } = loadArticles(copyArchive(files));
    const found = errors.find((e) => e.message.includes(message));
    assert.ok(found, `expected "${message}", got: ${errors.map((e) => e.format()).join(' | ') || 'no errors'}`);
    assert.is(found!.field, 'aliases');
    assert.ok(found!.line > 1, 'points at the aliases: line');
  });
}

clash('an alias that clashes with nothing is fine', () => {
  const { errors } = loadArticles(
    copyArchive({ 'articles/2026/11/b.md': article('दूसरी', '2026-11-21', 'aliases: [/2019/05/purani-dusri/, /old/page.html]\n') }),
  );
  assert.equal(
    errors.map((e) => e.format()),
    [],
  );
});

const build = suite('aliases: the build leaves a redirect at every old URL');
const out = join(tempDir(), '_site');

build.before(async () => {
  const content = copyArchive({
    'articles/2026/11/b.md': article('दूसरी ख़बर', '2026-11-21', 'slug: dusri\naliases: [/2019/05/purani-dusri, /old/page.html]\n'),
  });
  await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: NOW }, out);
});

const PAGES: Array<[string, string]> = [
  ['2019/05/purani-dusri/index.html', '/2026/11/dusri/'],
  ['old/page.html', '/2026/11/dusri/'],
  ['purani-kabaddi-khabar/index.html', '/2025/03/kabaddi-jalore-jeeti/'],
];
for (const [file, to] of PAGES) {
  build(`${file} → ${to}: meta refresh, canonical, link, noindex`, () => {
    const html = readFileSync(join(out, file), 'utf8');
    assert.match(html, `<meta http-equiv="refresh" content="0; url=${to}">`);
    assert.match(html, `<link rel="canonical" href="https://`);
    assert.match(html, `${to}">`);
    assert.match(html, `<a href="${to}">`);
    assert.match(html, '<meta name="robots" content="noindex">');
  });
}

build('_redirects has one 301 per old URL, sorted', () => {
  // 302s are listing pages of the numbering before #23 (test/catalog/group.test.ts).
  const lines = readFileSync(join(out, '_redirects'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#') && !l.endsWith(' 302'));
  assert.equal(lines, [
    '/2019/05/purani-dusri/ /2026/11/dusri/ 301',
    '/old/page.html /2026/11/dusri/ 301',
    '/purani-kabaddi-khabar/ /2025/03/kabaddi-jalore-jeeti/ 301',
  ]);
});

build('drafts leave no redirect (their page is not published either)', async () => {
  const content = copyArchive({ 'articles/2026/11/c.md': article('ड्राफ़्ट', '2026-11-21', 'draft: true\naliases: [/draft-ka-purana/]\n') });
  const o = join(tempDir(), '_site');
  await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: NOW }, o);
  assert.not.ok(existsSync(join(o, 'draft-ka-purana')));
  assert.not.match(readFileSync(join(o, '_redirects'), 'utf8'), 'draft-ka-purana');
});

build('an alias over a page the build made (a month listing) stops the build', async () => {
  const content = copyArchive({ 'articles/2026/11/c.md': article('तीसरी', '2026-11-21', 'aliases: [/2026/11/]\n') });
  const o = join(tempDir(), '_site');
  let caught: unknown;
  try {
    await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: NOW }, o);
  } catch (e) {
    caught = e;
  }
  assert.ok(caught, 'the build failed');
  assert.match(String(caught), 'articles/2026/11/c.md');
  assert.match(String(caught), 'यह पुराना URL हटाएँ');
  assert.not.ok(existsSync(o), 'nothing was published');
});

clash.run();
build.run();
