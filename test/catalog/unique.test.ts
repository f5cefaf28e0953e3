import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { copyArchive } from '../helpers/archive.ts';

const article = (name: string, extra: string) => ({
  [`articles/2026/11/${name}.md`]: `---\ntitle: गाँव की ख़बर ${name}\ndate: 2026-11-20\ncategory: khel\nauthor: asha-meena\ndistrict: jalore\n${extra}---\nपाठ।\n`,
});
const errorsOf = (files: Record<string, string>) => loadArticles(copyArchive(files)).errors;

const refused = suite('checkUniqueUrls: aliases the build could not write, at the aliases: line');
const CASES: Array<[string, Record<string, string>, string]> = [
  ['/_headers/', article('a', 'aliases: [/_headers/]\n'), 'starts with "_"'],
  ['/_redirects', article('a', 'aliases: [/_redirects]\n'), 'starts with "_"'],
  ['/robots.txt/', article('a', 'aliases: [/robots.txt/]\n'), 'needs a folder /robots.txt/ where the site has the file /robots.txt'],
  ['/feed.xml/', article('a', 'aliases: [/feed.xml/]\n'), 'needs a folder /feed.xml/'],
  ['/feed.xml', article('a', 'aliases: [/feed.xml]\n'), 'is a page of the site itself (a file the build writes)'],
  ['/khoj/index.html', article('a', 'aliases: [/khoj/index.html]\n'), 'is a page of the site itself'],
  ['/404.html', article('a', 'aliases: [/404.html]\n'), 'is a page of the site itself'],
  ['a topic page', article('a', 'aliases: [/vishay/nahar/]\n'), 'inside /vishay/'],
  ['under a category', article('a', 'aliases: [/khel/purani/]\n'), 'inside /khel/'],
  ['a year still to come', article('a', 'aliases: [/2031/]\n'), 'a year or month archive'],
  ['a month page', article('a', 'aliases: [/2031/04/page/2/]\n'), 'a year or month archive'],
  ['/sitemaps/…', article('a', 'aliases: [/sitemaps/pages-1.xml]\n'), 'inside /sitemaps/'],
  ['malformed %', article('a', 'aliases: [/%E0%A4/]\n'), 'broken %-escape'],
  ['%zz', article('a', 'aliases: [/%zz/]\n'), 'broken %-escape'],
  ['..', article('a', 'aliases: [/a/../b/]\n'), '"." or ".."'],
  ['%2e%2e', article('a', 'aliases: [/a/%2e%2e/b/]\n'), '"." or ".."'],
  ['//', article('a', 'aliases: [/a//b/]\n'), 'empty part'],
  ['a long part', article('a', `aliases: [/${'a'.repeat(300)}/]\n`), 'a part of 300 bytes'],
  ['a long path', article('a', `aliases: [/${'abcdefghi/'.repeat(120)}]\n`), 'a path may have at most 1024'],
  [
    'case-only clash with a live article',
    { ...article('a', 'slug: pehli\n'), ...article('b', 'aliases: [/2026/11/PEHLI/]\n') },
    'is the URL of a live article',
  ],
  [
    'case-only clash between aliases',
    { ...article('a', 'aliases: [/Purani/]\n'), ...article('b', 'aliases: [/purani/]\n') },
    'is also claimed by',
  ],
  ['one alias twice in one article', article('a', 'aliases: [/purani/, /purani/index.html]\n'), 'is listed twice'],
  [
    "a file over another alias's folder",
    { ...article('a', 'aliases: [/old/page.html]\n'), ...article('b', 'aliases: [/old/page.html/x/]\n') },
    'needs a folder /old/page.html/',
  ],
  [
    "inside a live article's file",
    { ...article('a', 'slug: pehli\n'), ...article('b', 'aliases: [/2026/11/pehli/index.html/x/]\n') },
    'needs a folder /2026/11/pehli/index.html/',
  ],
];
for (const [name, files, message] of CASES) {
  refused(name, () => {
    const errors = errorsOf(files);
    const found = errors.find((e) => e.message.includes(message));
    assert.ok(found, `expected "${message}", got:\n${errors.map((e) => e.format({ lang: 'en' })).join('\n') || 'no errors'}`);
    assert.is(found!.field, 'aliases');
    assert.is(found!.line, 7, 'the aliases: line');
    assert.ok(found!.hint);
  });
}
refused('a slug too long for a file name, at the slug: line', () => {
  const errors = errorsOf(article('a', `slug: ${'lambi-'.repeat(50)}khabar\n`));
  const found = errors.find((e) => e.message.includes('a file name may have at most 255'));
  assert.ok(found, errors.map((e) => e.format({ lang: 'en' })).join('\n'));
  assert.is(found!.line, 7);
});

const fine = suite('checkUniqueUrls: odd but valid old URLs pass');
fine('Devanagari, deep, index.html forms, file names', () => {
  const errors = errorsOf(
    article(
      'a',
      'aliases: [/%E0%A4%AE%E0%A4%82%E0%A4%A1%E0%A5%80/, /2019/05/purani/, /a/b/c/d/e/f/g/, /old/index.html, /old.html, /Badi-Khabar/]\n',
    ),
  );
  assert.equal(
    errors.map((e) => e.format({ lang: 'en' })),
    [],
  );
});

refused.run();
fine.run();
