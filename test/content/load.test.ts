import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, readArticle } from '../../scripts/content/load.ts';
import type { ContentError } from '../../scripts/content/errors.ts';
import { FIXTURES, tempDir } from '../helpers/archive.ts';

const FIELDS = "title: 'नहर में पानी', date: '2026-11-20', category: 'rajniti', author: 'asha-meena', district: 'jalore'";
const g = globalThis as { __samacharPwned?: boolean };

const payload = suite('readArticle: front-matter never runs');

// gray-matter evaluated these headers' block with require in reach (issue 17): each payload would
// set a global and write a marker file, and must do neither.
const attacks: Array<[string, (marker: string) => string]> = [
  [
    '---js',
    (m) =>
      `---js\n{ ${FIELDS}, x: (globalThis.__samacharPwned = true, require('node:fs').writeFileSync(${JSON.stringify(m)}, 'ran')) }\n---\nपाठ।\n`,
  ],
  [
    '---javascript',
    (m) =>
      `---javascript\n(globalThis.__samacharPwned = true, require('node:fs').writeFileSync(${JSON.stringify(m)}, 'ran'), { ${FIELDS} })\n---\nपाठ।\n`,
  ],
  [
    '---coffee',
    (m) =>
      `---coffee\nx: do -> globalThis.__samacharPwned = true; require('node:fs').writeFileSync(${JSON.stringify(m)}, 'ran')\n---\nपाठ।\n`,
  ],
  ['---json', () => '---json\n{ "title": "नहर", "date": "2026-11-20" }\n---\nपाठ।\n'],
];
for (const [header, text] of attacks) {
  payload(header, () => {
    const dir = tempDir();
    const marker = join(dir, 'ran');
    const path = join(dir, 'articles/2026/11/x.md');
    mkdirSync(join(dir, 'articles/2026/11'), { recursive: true });
    writeFileSync(path, text(marker));
    delete g.__samacharPwned;
    const errors: ContentError[] = [];
    let raw;
    try {
      raw = readArticle(dir, path, errors);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.is(g.__samacharPwned, undefined, 'the payload ran');
    assert.not.ok(existsSync(marker), 'the payload wrote its marker');
    assert.is(raw, undefined);
    assert.is(errors.length, 1);
    assert.is(errors[0]!.line, 1);
    assert.match(errors[0]!.format({ lang: 'en' }), /x\.md:1: front-matter must be plain YAML between two --- lines/);
    assert.match(errors[0]!.format({ lang: 'hi' }), /x\.md:1: पहली पंक्ति सिर्फ़ --- होनी चाहिए/);
  });
}

const read = suite('readArticle: files that cannot be read');

read('a folder named like an article', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'x.md'));
  const errors: ContentError[] = [];
  assert.is(readArticle(dir, join(dir, 'x.md'), errors), undefined);
  assert.equal(
    errors.map((e) => [e.line, e.message]),
    [[0, 'cannot read this file (it is a folder)']],
  );
  assert.match(errors[0]!.hint ?? '', 'remove it');
  rmSync(dir, { recursive: true });
});

read('a file deleted before it is read', () => {
  const dir = tempDir();
  const errors: ContentError[] = [];
  assert.is(readArticle(dir, join(dir, 'gone.md'), errors), undefined);
  assert.equal(
    errors.map((e) => e.message),
    ['cannot read this file (it was deleted or moved while being read)'],
  );
  rmSync(dir, { recursive: true });
});

const parse = suite('parseArticle');

parse('front-matter, body and the body line', () => {
  const errors: ContentError[] = [];
  const raw = parseArticle('articles/2026/11/a.md', 'a.md', '\uFEFF---\r\ntitle: मंडी\r\ndate: 2026-11-23\r\n---\r\nभाव बढ़े।\r\n', errors);
  assert.equal(errors, []);
  assert.equal(raw, {
    id: 'articles/2026/11/a.md',
    sourcePath: 'a.md',
    file: 'a.md',
    data: { title: 'मंडी', date: '2026-11-23' },
    matter: '\ntitle: मंडी\ndate: 2026-11-23',
    body: 'भाव बढ़े।\n',
    bodyLine: 5,
  });
});

parse('control characters never come through, raw or escaped; Hindi is untouched', () => {
  const errors: ContentError[] = [];
  const raw = parseArticle(
    'a.md',
    'a.md',
    '---\ntitle: "क़िले की\\u0007 मरम्मत\\x1b[0m"\ntags: ["\\u0085गढ़"]\n---\nक्\u200Dष\u0000त्रिय \u001B[31mसमाज\u0090 की बैठक\u007F।\n',
    errors,
  );
  assert.equal(errors, []);
  assert.equal(raw!.data, { title: 'क़िले की मरम्मत[0m', tags: ['गढ़'] });
  assert.is(raw!.body, 'क्\u200Dषत्रिय [31mसमाज की बैठक।\n');
});

// [name, text, line, message part]
const problems: Array<[string, string, number, string]> = [
  ['empty', ' \n\n', 0, 'the file is empty'],
  ['no front-matter', 'title: ख़बर\n', 1, 'does not start with front-matter'],
  ['never closed, and no field', '---\nपाठ', 1, 'never closed'],
  ['broken YAML', '---\ntitle: ख़बर\ndate: 2026-11-20\n  district: jalore\n---\nपाठ', 4, 'not valid YAML'],
];
for (const [name, text, line, message] of problems) {
  parse(name, () => {
    const errors: ContentError[] = [];
    assert.is(parseArticle('x.md', 'x.md', text, errors), undefined);
    assert.equal(
      errors.map((e) => e.line),
      [line],
    );
    assert.match(errors[0]!.message, message);
  });
}

parse('a colon in the title is reported at its line, and the fields are still read for their other problems', () => {
  const errors: ContentError[] = [];
  const raw = parseArticle('x.md', 'x.md', readFileSync(join(FIXTURES, 'bad/yaml-broken.md'), 'utf8'), errors);
  assert.equal(
    errors.map((e) => [e.line, e.id]),
    [[2, 'fm.colonInValue']],
  );
  assert.match(errors[0]!.hint ?? '', 'title: "मंडी: भाव बढ़े"');
  assert.is(raw?.data.title, 'मंडी: भाव बढ़े');
  assert.is(raw?.readProblems, 1);
});

payload.run();
read.run();
parse.run();
