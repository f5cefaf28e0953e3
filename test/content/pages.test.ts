import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../scripts/content/index.ts';
import { copyArchive, FIXTURES } from '../helpers/archive.ts';

/** The problems of a fixture archive with these files added, as `file:line: message — hint` from the content folder on. */
function problems(files: Record<string, string>): string[] {
  const dir = copyArchive(files);
  return loadContent(dir).errors.map((e) => e.format({ lang: 'en' }).slice(e.format({ lang: 'en' }).indexOf(dir) + dir.length + 1));
}
const page = (front: string, body = 'हमारे अख़बार के बारे में दो बातें।\n') => `---\n${front}---\n${body}`;

const load = suite('loadPages: pages/<slug>.md, validated like articles');
const CASES: Array<[string, Record<string, string>, string[]]> = [
  ['a good page', { 'pages/sampark.md': page('title: संपर्क\nsummary: हमसे बात करें\nupdated: 2026-11-01\n') }, []],
  ['slug: instead of the file name', { 'pages/संपर्क.md': page('title: संपर्क\nslug: sampark\n') }, []],
  [
    'no title',
    { 'pages/sampark.md': page('summary: x\n') },
    ['pages/sampark.md:1: title is missing — add a line "title: मंडी में सरसों के भाव बढ़े" to the front-matter'],
  ],
  [
    'an unknown field, with its line, beside a bad date',
    { 'pages/sampark.md': page('title: संपर्क\ndate: 2026-11-01\nupdated: kal\n') },
    [
      'pages/sampark.md:3: unknown field "date" — allowed fields: title, summary, slug, updated',
      'pages/sampark.md:4: updated: "kal" is not a date in a known format',
    ],
  ],
  [
    'a misspelt field',
    { 'pages/sampark.md': page('title: संपर्क\nsumary: x\n') },
    ['pages/sampark.md:3: unknown field "sumary" — did you mean "summary"?'],
  ],
  [
    'a bad slug',
    { 'pages/sampark.md': page('title: संपर्क\nslug: Sampark Karen\n') },
    ['pages/sampark.md:3: slug may use only a-z, 0-9 and single hyphens'],
  ],
  [
    'a Hindi file name without slug:',
    { 'pages/संपर्क.md': page('title: संपर्क\n') },
    ['pages/संपर्क.md:2: the file name "संपर्क" cannot be the page\'s URL — name the file with a-z, 0-9 and single hyphens'],
  ],
  ['no text', { 'pages/sampark.md': page('title: संपर्क\n', '\n') }, ['pages/sampark.md:4: the page has no text']],
  [
    "no front-matter: the hint names a page's fields",
    { 'pages/sampark.md': 'बस पाठ\n' },
    [
      'pages/sampark.md:1: the file does not start with front-matter — the first line must be --- followed by title:, summary: and a closing ---',
    ],
  ],
  [
    'JavaScript front-matter is never run',
    { 'pages/sampark.md': '---js\n{ title: require("fs").readFileSync("/etc/passwd") }\n---\nपाठ\n' },
    ['pages/sampark.md:1'],
  ],
  [
    'two pages with one URL: both are told',
    { 'pages/sampark.md': page('title: संपर्क\n'), 'pages/hamse-milen.md': page('title: हमसे मिलें\nslug: sampark\n') },
    ["pages/hamse-milen.md:3: this page's URL /sampark/ is also used by", "pages/sampark.md:2: this page's URL /sampark/ is also used by"],
  ],
];
for (const [name, files, expected] of CASES) {
  load(name, () => {
    const got = problems(files).sort();
    assert.is(got.length, expected.length, got.join('\n'));
    expected.forEach((e, i) => assert.ok(got[i]!.startsWith(e), `${got[i]}\n  does not start with\n${e}`));
  });
}
load('a valid page has its slug, title and updated time in India', () => {
  const { pages, errors } = loadContent(copyArchive({ 'pages/sampark.md': page('title: संपर्क\nupdated: 2026-11-01 10:00\n') }));
  assert.equal(errors, []);
  assert.equal(
    pages.map((p) => [p.slug, p.fm.title, p.updated]),
    [['sampark', 'संपर्क', '2026-11-01T10:00:00.000+05:30']],
  );
});
load.run();

const footer = suite('site.json footer.pages: each a page that exists');
const SITE = JSON.parse(readFileSync(join(FIXTURES, 'archive/_data/site.json'), 'utf8')) as Record<string, unknown>;
const withFooter = (pages: unknown) => JSON.stringify({ ...SITE, footer: { pages } }, null, 1);
const FOOTER: Array<[string, unknown, string[]]> = [
  ['known pages', ['sampark', 'hamare-bare-men'], []],
  [
    'an unknown page, at its line',
    ['sampark', 'samprak'],
    ['_data/site.json:15: footer.pages: there is no page "samprak" — did you mean "sampark"?'],
  ],
  ['a page listed twice', ['sampark', 'sampark'], ['_data/site.json:14: footer.pages: "sampark" is listed twice — keep it once']],
  ['not a slug', ['Sampark'], ['_data/site.json:12: footer.pages.0: each page is its slug, like "sampark"']],
];
for (const [name, list, expected] of FOOTER) {
  footer(name, () => {
    const got = problems({
      '_data/site.json': withFooter(list),
      'pages/sampark.md': page('title: संपर्क\n'),
      'pages/hamare-bare-men.md': page('title: हमारे बारे में\n'),
    });
    assert.equal(got, expected);
  });
}
footer.run();
