import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { planArticle, splitTags, PLACEHOLDER_BODY } from '../../scripts/cms/new-article.ts';
import { runNew } from '../../scripts/cms/new-command.ts';
import { render } from '../../scripts/content/messages.ts';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import { loadArticles } from '../../scripts/catalog/load.ts';
import type { ContentError } from '../../scripts/content/errors.ts';
import { loadContent } from '../../scripts/content/index.ts';
import { copyArchive, FIXTURES, tempDir } from '../helpers/archive.ts';

const errors: ContentError[] = [];
const data = loadSiteData(join(FIXTURES, 'archive'), errors);
// 19:00 UTC on November 30th is 00:30 on December 1st in India: the file goes under 2026/12.
const LATE_NIGHT = Date.parse('2026-11-30T19:00:00Z');
const base = { title: 'मंडी में जीरे के भाव बढ़े', category: 'krishi-mandi', district: 'barmer', author: 'ravi-joshi', now: LATE_NIGHT };

const plan = suite('planArticle');

plan('path, URL and date come from the clock in India and the title', () => {
  const p = planArticle(base, data);
  assert.ok(p.ok);
  if (!p.ok) return;
  assert.is(p.relPath, 'articles/2026/12/mandi-men-jire-ke-bhav-barhe.md');
  assert.is(p.url, '/2026/12/mandi-men-jire-ke-bhav-barhe/');
  assert.match(p.text, '\ndate: 2026-12-01 00:30\n');
  assert.match(p.text, '\nslug: mandi-men-jire-ke-bhav-barhe\n');
  assert.match(p.text, '\ndraft: true\n');
  assert.ok(p.text.endsWith(`---\n\n${PLACEHOLDER_BODY}\n`));
});

const REFS: Array<[string, Partial<typeof base>, string[]]> = [
  [
    'Hindi names resolve to slugs',
    { category: 'कृषि-मंडी', district: 'बाड़मेर', author: 'रवि जोशी' },
    ['category: krishi-mandi', 'district: barmer', 'author: ravi-joshi'],
  ],
  ['upper case slugs resolve', { category: 'KHEL' }, ['category: khel']],
];
for (const [name, over, lines] of REFS) {
  plan(name, () => {
    const p = planArticle({ ...base, ...over }, data);
    assert.ok(p.ok);
    if (p.ok) for (const l of lines) assert.match(p.text, `\n${l}\n`);
  });
}

const REFUSED: Array<[string, Partial<typeof base> & { slug?: string }, string]> = [
  [
    'a category typo, with a suggestion',
    { category: 'rajnit' },
    'unknown category "rajnit" — did you mean "rajniti" (राजनीति)? --category rajniti',
  ],
  [
    'a farming word in Hindi, with the farming category',
    { category: 'खेती' },
    'did you mean "krishi-mandi" (कृषि-मंडी)? --category krishi-mandi',
  ],
  ['an unknown district, with the list', { district: 'jaipur' }, 'unknown district "jaipur" — use one of: jalore, barmer'],
  ['an unknown author', { author: 'asha-mina' }, 'did you mean "asha-meena"'],
  ['an empty title', { title: '  ' }, '--title is empty'],
  ['a slug that is not a slug', { slug: 'Mandi Bhav' }, '--slug "Mandi Bhav" may use only a-z'],
];
for (const [name, over, message] of REFUSED) {
  plan(`refuses ${name}`, () => {
    const p = planArticle({ ...base, ...over }, data);
    assert.not.ok(p.ok);
    if (!p.ok)
      assert.ok(
        p.problems.some((m) => render(m, 'en').includes(message)),
        p.problems.map((m) => render(m, 'en')).join(' | '),
      );
  });
}

const withAgency = { ...data, sources: [{ slug: 'agency', name: 'एजेंसी' }] };
// [name, byline options, lines written, line that must not be there]
const BYLINES: Array<[string, { author?: string; source?: string }, string[], string | undefined]> = [
  ['two authors, one by Hindi name', { author: 'ravi-joshi, आशा मीणा' }, ['author: [ravi-joshi, asha-meena]'], 'source:'],
  ['agency copy', { source: 'एजेंसी' }, ['source: agency'], 'author:'],
  ['a reporter with agency input', { author: 'asha-meena', source: 'agency' }, ['author: asha-meena', 'source: agency'], undefined],
];
for (const [name, byline, lines, absent] of BYLINES) {
  plan(`byline: ${name}, and the file passes the validator`, () => {
    const { author: _, ...rest } = base;
    const p = planArticle({ ...rest, ...byline }, withAgency);
    assert.ok(p.ok, p.ok ? '' : p.problems.join(' | '));
    if (!p.ok) return;
    for (const l of lines) assert.match(p.text, `\n${l}\n`);
    if (absent) assert.not.match(p.text, `\n${absent}`);
    const dir = copyArchive({ '_data/sources.json': JSON.stringify(withAgency.sources), [p.relPath]: p.text });
    assert.equal(
      loadContent(dir).errors.map((e) => e.format()),
      [],
    );
  });
}
const BYLINES_REFUSED: Array<[string, { author?: string; source?: string }, string]> = [
  ['neither author nor source', {}, 'give --author'],
  ['an unknown second author', { author: 'ravi-joshi, asha-mina' }, 'unknown author "asha-mina" — did you mean "asha-meena"'],
  [
    'an unknown source',
    { source: 'एजंसी' },
    'unknown source "एजंसी" — did you mean "agency" (एजेंसी)? --source agency (declared in _data/sources.json)',
  ],
];
for (const [name, byline, message] of BYLINES_REFUSED) {
  plan(`byline refused: ${name}`, () => {
    const { author: _, ...rest } = base;
    const p = planArticle({ ...rest, ...byline }, withAgency);
    assert.not.ok(p.ok);
    if (!p.ok)
      assert.ok(
        p.problems.some((m) => render(m, 'en').includes(message)),
        p.problems.map((m) => render(m, 'en')).join(' | '),
      );
  });
}

plan('every problem at once', () => {
  const p = planArticle({ ...base, category: 'x', district: 'y', author: 'z' }, data);
  assert.is(p.ok ? 0 : p.problems.length, 3);
});

const QUOTED: Array<[string, string]> = [
  ['मंडी: आज के भाव', "title: 'मंडी: आज के भाव'"],
  ['"जीरे" के भाव', `title: '"जीरे" के भाव'`],
  ['2026', "title: '2026'"],
  ['साधारण शीर्षक', 'title: साधारण शीर्षक'],
];
for (const [title, line] of QUOTED) {
  plan(`title ${title} is written as YAML that reads back the same`, () => {
    const p = planArticle({ ...base, title }, data);
    assert.ok(p.ok);
    if (p.ok) assert.match(p.text, `\n${line}\n`);
  });
}

const TAGS: Array<[string | undefined, string[]]> = [
  ['जीरा, मंडी', ['जीरा', 'मंडी']],
  ['जीरा،मंडी ,', ['जीरा', 'मंडी']],
  ['', []],
  [undefined, []],
];
for (const [input, expected] of TAGS) plan(`splitTags(${JSON.stringify(input)})`, () => assert.equal(splitTags(input), expected));

const cli = suite('runNew (npm run new)');
const archive = () => {
  const dir = tempDir();
  cpSync(join(FIXTURES, 'archive', '_data'), join(dir, '_data'), { recursive: true });
  return dir;
};
const run = (dir: string, args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = runNew([...args, '--content', dir], LATE_NIGHT, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};
const ARGS = [
  '--title',
  'मंडी में जीरे के भाव बढ़े',
  '--category',
  'कृषि-मंडी',
  '--district',
  'barmer',
  '--author',
  'ravi-joshi',
  '--tags',
  'जीरा, मंडी',
];

cli('writes a file the validator and the whole-archive check accept', () => {
  const dir = archive();
  const r = run(dir, ARGS);
  assert.is(r.code, 0, r.err);
  const file = join(dir, 'articles/2026/12/mandi-men-jire-ke-bhav-barhe.md');
  assert.ok(existsSync(file));
  assert.match(readFileSync(file, 'utf8'), 'tags: [जीरा, मंडी]');
  assert.match(r.out, 'URL /2026/12/mandi-men-jire-ke-bhav-barhe/');
  assert.match(r.out, 'यह ड्राफ़्ट है');
  const loaded = loadArticles(dir);
  assert.equal(
    loaded.errors.map((e) => e.format()),
    [],
  );
  assert.is(loaded.articles[0]?.draft, true);
});

cli('never overwrites: the second run fails and the file keeps its text', () => {
  const dir = archive();
  run(dir, ARGS);
  const file = join(dir, 'articles/2026/12/mandi-men-jire-ke-bhav-barhe.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(PLACEHOLDER_BODY, 'संपादक का लिखा पाठ।'));
  const r = run(dir, ARGS);
  assert.is(r.code, 1);
  assert.match(r.err, 'पहले से है; कुछ नहीं बदला');
  assert.match(readFileSync(file, 'utf8'), 'संपादक का लिखा पाठ।');
});

cli('refuses a slug another file of that month already uses', () => {
  const dir = archive();
  mkdirSync(join(dir, 'articles/2026/12'), { recursive: true });
  writeFileSync(
    join(dir, 'articles/2026/12/purani.md'),
    '---\ntitle: पुरानी\ndate: 2026-12-01\ncategory: khel\nauthor: asha-meena\ndistrict: jalore\nslug: mandi-men-jire-ke-bhav-barhe\n---\nपाठ।\n',
  );
  const r = run(dir, ARGS);
  assert.is(r.code, 1);
  assert.match(r.err, 'purani.md का URL भी /2026/12/mandi-men-jire-ke-bhav-barhe/ है');
  assert.not.ok(existsSync(join(dir, 'articles/2026/12/mandi-men-jire-ke-bhav-barhe.md')));
});

const FAILS: Array<[string, string[], number, string]> = [
  [
    'unknown values, with suggestions',
    ['--title', 'x', '--category', 'rajnit', '--district', 'barmer', '--author', 'ravi-joshi'],
    1,
    'श्रेणी (category) "rajnit" हमारी सूची में नहीं है — शायद "rajniti" (राजनीति) लिखना था: --category rajniti',
  ],
  [
    'unknown values, in English with --lang en',
    ['--lang', 'en', '--title', 'x', '--category', 'खेती', '--district', 'जालौर', '--author', 'ravi-joshi'],
    1,
    'unknown district "जालौर" — did you mean "jalore" (जालोर)? --district jalore',
  ],
  ['missing options', ['--title', 'x'], 2, 'ये नहीं दिए: --category, --district, --author'],
  ['an unknown option', [...ARGS, '--catgory', 'x'], 2, "Unknown option '--catgory'"],
];
for (const [name, args, code, message] of FAILS) {
  cli(`refuses ${name}, writes nothing`, () => {
    const dir = archive();
    const r = run(dir, args);
    assert.is(r.code, code);
    assert.match(r.err, message);
    assert.not.ok(existsSync(join(dir, 'articles')));
  });
}

cli('--help prints the usage', () => {
  const r = run(archive(), ['--help']);
  assert.is(r.code, 0);
  assert.match(r.out, 'npm run new -- --title');
  assert.match(r.out, '--title     शीर्षक');
  assert.match(run(archive(), ['--help', '--lang', 'en']).out, '--title     the headline');
});

plan.run();
cli.run();
