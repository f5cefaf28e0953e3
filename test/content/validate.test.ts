import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../scripts/content/index.ts';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import { parseArticle } from '../../scripts/content/load.ts';
import { fieldLine, validateArticle } from '../../scripts/content/validate.ts';
import type { ContentError } from '../../scripts/content/errors.ts';
import { copyArchive, FIXTURES } from '../helpers/archive.ts';

// Through loadArticles, the whole check as `npm run check` runs it: the fixtures include problems
// between articles (two with one URL, an alias over a page), which the catalog finds.
const bad = suite('loadContent and loadArticles: bad input');

// [fixture, expected message part, expected line (0 = whole file), expected hint part]
const cases: Array<[string, string, number, string]> = [
  ['yaml-broken.md', 'the value of title contains a colon', 2, 'title: "मंडी: भाव बढ़े"'],
  ['missing-title.md', 'title is missing', 1, 'add a line "title: मंडी में सरसों के भाव बढ़े"'],
  ['empty-author.md', 'author is empty', 5, 'write a value after the colon, like: author: ravi-joshi'],
  ['tags-not-list.md', 'tags must be a list', 7, ''],
  ['unknown-category.md', 'unknown category "rajnit"', 4, 'did you mean "rajniti" (राजनीति)? category: rajniti'],
  ['unknown-district.md', 'unknown district "jalor"', 6, 'did you mean "jalore" (जालोर)? district: jalore'],
  ['unknown-author.md', 'unknown author "ravi-josh"', 5, 'did you mean "ravi-joshi" (रवि जोशी)? author: ravi-joshi'],
  ['impossible-date.md', 'February 2023 has 28 days', 3, 'date: 2023-02-28'],
  ['bad-date-format.md', 'not a date in a known format', 3, '2026-11-23'],
  ['duplicate-url.md', 'is also used by', 7, 'different "slug:"'],
  ['empty.md', 'the file is empty', 0, 'delete the file'],
  ['unknown-field.md', 'unknown field "sumary"', 7, 'did you mean "summary"? summary: '],
  ['image-no-alt.md', 'image has no image_alt', 7, 'image_alt'],
  ['caption-no-image.md', 'image_caption without an image', 7, 'image: /images/'],
  ['alias-clash.md', 'alias /rajniti/', 7, 'remove the alias'],
  ['no-front-matter.md', 'does not start with front-matter', 1, '---'],
  ['not-utf8.md', 'not UTF-8', 2, 'UTF-8'],
];

for (const [fixture, message, line, hint] of cases) {
  bad(`${fixture} → ${message}`, () => {
    const dir = copyArchive({ [`articles/2026/11/${fixture}`]: readFileSync(join(FIXTURES, 'bad', fixture)) });
    const { errors } = loadArticles(dir);
    const mine = errors.filter((e) => e.file.endsWith(fixture));
    assert.ok(mine.length >= 1, `no error for ${fixture}: ${errors.map((e) => e.format()).join('\n')}`);
    const e = mine.find((x) => x.message.includes(message));
    assert.ok(e, `expected "${message}" in ${mine.map((x) => x.format()).join(' | ')}`);
    assert.is(e!.line, line, `line of ${e!.format()}`);
    assert.ok((e!.hint ?? '').includes(hint), `hint "${e!.hint}" should contain "${hint}"`);
    assert.ok(e!.format().startsWith(`${e!.file}${line ? `:${line}` : ''}: `));
  });
}

bad('every problem of every file is reported at once', () => {
  const extra: Record<string, Uint8Array> = {};
  for (const [fixture] of cases) extra[`articles/2026/11/${fixture}`] = readFileSync(join(FIXTURES, 'bad', fixture));
  const { errors } = loadArticles(copyArchive(extra));
  const files = new Set(errors.map((e) => e.file.split('/').pop()));
  for (const [fixture] of cases) assert.ok(files.has(fixture), `missing report for ${fixture}`);
});

bad('the good fixture archive has no problems', () => {
  const { errors, records } = loadContent(join(FIXTURES, 'archive'));
  assert.equal(
    errors.map((e) => e.format()),
    [],
  );
  assert.is(records.length, 11);
});

bad('a Hindi name is accepted where a slug is expected', () => {
  const dir = copyArchive({
    'articles/2026/11/hindi-names.md':
      '---\ntitle: ख़बर\ndate: 2026-11-20\ncategory: राजनीति\nauthor: आशा मीणा\ndistrict: बाड़मेर\n---\nपाठ।\n',
  });
  const { errors, records } = loadContent(dir);
  assert.equal(errors, []);
  const a = records.find((x) => x.raw.id.endsWith('hindi-names.md'))!;
  assert.is(a.category.slug, 'rajniti');
  assert.is(a.district.slug, 'barmer');
  assert.equal(
    a.authors.map((x) => x.slug),
    ['asha-meena'],
  );
});

bad('bad data files are reported with their line', () => {
  const dir = copyArchive({
    '_data/categories.json':
      '[\n  { "slug": "rajniti", "name": "राजनीति" },\n  { "slug": "khoj", "name": "खोज" },\n  { "slug": "Bad Slug", "name": "x" }\n]\n',
  });
  const { errors } = loadContent(dir);
  const messages = errors.map((e) => e.format({ lang: 'en' })).join('\n');
  assert.match(messages, /categories\.json:3: category slug "khoj" is taken/);
  assert.match(messages, /categories\.json:4: entry 3: slug: slug may use only/);
});

bad.run();

const aliases = suite('aliases that would shadow generated pages');
for (const alias of ['/2026/', '/2026/11/', '/rajniti/page/2/', '/assets/x.css', '/pagefind/', '/feed.xml']) {
  aliases(alias, () => {
    const dir = copyArchive({
      'articles/2026/11/alias.md': `---\ntitle: ख़बर\ndate: 2026-11-20\ncategory: rajniti\nauthor: asha-meena\ndistrict: jalore\naliases: [${alias}]\n---\nपाठ।\n`,
    });
    const { errors } = loadArticles(dir);
    assert.ok(
      errors.some((e) => e.field === 'aliases' && e.line === 7),
      errors.map((e) => e.format()).join('\n'),
    );
  });
}
aliases('an alias with ? or # is refused by the schema', () => {
  const dir = copyArchive({
    'articles/2026/11/alias.md':
      '---\ntitle: ख़बर\ndate: 2026-11-20\ncategory: rajniti\nauthor: asha-meena\ndistrict: jalore\naliases: ["/old?id=5"]\n---\nपाठ।\n',
  });
  const { errors } = loadArticles(dir);
  assert.ok(
    errors.some((e) => e.message.includes('without ? or #')),
    errors.map((e) => e.format()).join('\n'),
  );
});
aliases.run();

const every = suite('validateArticle: every problem at once, keys as text (#17)');
const site = loadSiteData(join(FIXTURES, 'archive'), []);
const HOSTILE = join(FIXTURES, 'hostile/articles/2026/11');
const HEAD = 'title: ख़बर\ndate: 2026-11-20\ncategory: rajniti\nauthor: asha-meena\ndistrict: jalore\n';

function validate(text: string): { valid: boolean; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const raw = parseArticle('articles/2026/11/x.md', 'x.md', text, errors);
  assert.ok(raw, errors.map((e) => e.format()).join('\n'));
  return { valid: validateArticle(raw!, site, errors) !== undefined, errors };
}
const lines = (errors: ContentError[]) => errors.map((e) => `${e.line} ${e.message}`);

every('an unknown field does not hide a bad date, category and district', () => {
  const { valid, errors } = validate(readFileSync(join(HOSTILE, 'unknown-field-hides.md'), 'utf8'));
  assert.not.ok(valid);
  assert.equal(lines(errors), [
    '7 unknown field "sumary"',
    '3 date: 2026-02-30 is not a real date: February 2026 has 28 days',
    '4 unknown category "rajnit"',
    '6 unknown district "jalor"',
  ]);
});

every('a field of the wrong type does not hide the others', () => {
  const { errors } = validate(
    '---\ntitle: [ख़बर]\ndate: 2026-11-20\ncategory: rajnit\nauthor: asha-meena\ndistrict: jalore\ntags: चुनाव\n---\n\n',
  );
  assert.equal(lines(errors), [
    '2 title must be text',
    '7 tags must be a list, like: tags: [किसान, मंडी]',
    '4 unknown category "rajnit"',
    '9 the article has no text',
  ]);
});

every('a valid article still passes, with defaults filled', () => {
  const { valid, errors } = validate(`---\n${HEAD}---\nपाठ।\n`);
  assert.equal(errors, []);
  assert.ok(valid);
});

// Old fieldLine built new RegExp(key): "(" threw, "(a+)+b" backtracked for ever on a line of a's.
for (const key of ['(a+)+b', '(', '[', '\\', '*', '+', 'a.b', '^$', '(?<x', 'a{2,}']) {
  every(`the unknown key ${JSON.stringify(key)} is reported at its line, quickly`, () => {
    const started = performance.now();
    const { errors } = validate(`---\n${HEAD}${JSON.stringify(key)}: ख़बर\nsummary: |\n  ${'a'.repeat(40)}\n---\nपाठ।\n`);
    assert.equal(lines(errors), [`7 unknown field "${key}"`]);
    assert.ok(performance.now() - started < 1000, 'too slow');
  });
}

every('__proto__ and constructor keys are unknown fields, nothing is polluted', () => {
  const { errors } = validate(`---\n${HEAD}__proto__: { draft: true, polluted: true }\nconstructor: x\n---\nपाठ।\n`);
  assert.equal(lines(errors), ['7 unknown field "__proto__"', '8 unknown field "constructor"']);
  assert.is(({} as { polluted?: boolean }).polluted, undefined);
});

every('fieldLine finds plain, spaced and quoted keys', () => {
  const raw = {
    id: 'x',
    sourcePath: 'x',
    file: 'x',
    data: {},
    body: '',
    bodyLine: 9,
    matter: '\ntitle : a\n"date": b\n\'it\'\'s\': c\n  "a:b" : d',
  };
  assert.equal(
    ['title', 'date', "it's", 'a:b', 'missing'].map((f) => fieldLine(raw, f)),
    [2, 3, 4, 5, 1],
  );
});

every.run();
