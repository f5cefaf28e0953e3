import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_FRONT_MATTER_CHARS, parseFrontMatter, splitFrontMatter } from '../../scripts/content/front-matter.ts';

const split = suite('splitFrontMatter');

// [name, text, expected matter, body, bodyLine]
const good: Array<[string, string, string, string, number]> = [
  ['plain', '---\ntitle: ख़बर\n---\nपाठ।\n', '\ntitle: ख़बर', 'पाठ।\n', 4],
  ['trailing spaces on both delimiters', '---  \ntitle: ख़बर\n--- \t\nपाठ।', '\ntitle: ख़बर', 'पाठ।', 4],
  ['empty front-matter', '---\n---\nपाठ।', '', 'पाठ।', 3],
  ['no body after the closing line', '---\ntitle: ख़बर\n---', '\ntitle: ख़बर', '', 4],
  ['a --- inside a value line is not a delimiter', '---\ntitle: "--- ख़बर"\n---\nपाठ', '\ntitle: "--- ख़बर"', 'पाठ', 4],
  ['a later --- in the body stays in the body', '---\na: 1\n---\nएक\n---\nदो', '\na: 1', 'एक\n---\nदो', 4],
];
for (const [name, text, matter, body, bodyLine] of good) {
  split(name, () => assert.equal(splitFrontMatter(text), { matter, body, bodyLine }));
}

// Every header language gray-matter knows (and any other word) is refused at line 1.
for (const header of [
  '---js',
  '---javascript',
  '---coffee',
  '---coffeescript',
  '---json',
  '---yaml',
  '---toml',
  '--- js',
  '----',
  '---title: x',
]) {
  split(`refuses "${header}"`, () => {
    const r = splitFrontMatter(`${header}\n{ title: 'x' }\n---\nपाठ`);
    assert.ok(r && 'message' in r, JSON.stringify(r));
    assert.is(r.line, 1);
    assert.match(r.message, 'front-matter must be plain YAML between two --- lines');
    assert.match(r.hint, 'exactly ---');
  });
}

split('no front-matter at all', () => assert.is(splitFrontMatter('title: ख़बर\nपाठ'), undefined));

for (const text of ['---', '---\ntitle: ख़बर\nपाठ', '---\ntitle: ख़बर\n...\nपाठ']) {
  split(`never closed: ${JSON.stringify(text)}`, () => {
    const r = splitFrontMatter(text);
    assert.ok(r && 'message' in r);
    assert.equal([r.line, r.message], [1, 'the front-matter is never closed']);
  });
}

const parse = suite('parseFrontMatter');

parse('fields as data; dates stay text', () => {
  assert.equal(parseFrontMatter('\ntitle: मंडी\ndate: 2026-11-23\ntags: [चुनाव, किसान]\ndraft: true'), {
    data: { title: 'मंडी', date: '2026-11-23', tags: ['चुनाव', 'किसान'], draft: true },
  });
});

parse('empty front-matter is an empty map', () => assert.equal(parseFrontMatter(''), { data: {} }));

// [name, YAML, expected line, expected message part]
const bad: Array<[string, string, number, string]> = [
  ['broken YAML reports its file line', '\ntitle: ख़बर\ndate: मंडी: भाव', 3, 'not valid YAML'],
  ['a list is not fields', '\n- एक\n- दो', 2, 'must be fields'],
  ['a bare word is not fields', '\nख़बर', 2, 'must be fields'],
  ['custom tags are not constructed', '\ntitle: !!js/function "function () { return 1 }"', 2, 'not valid YAML'],
  ['deep nesting stops early', `\na: ${'['.repeat(50)}${']'.repeat(50)}`, 2, 'nested more than 8 deep'],
  ['an alias that repeats a list is refused at its line', '\na: &x [एक, दो]\nb: *x', 3, 'YAML alias'],
  [
    'a billion-laughs bomb is refused',
    `\na: &a [ह, ह, ह]\n${'bcdefghij'
      .split('')
      .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)
      .join('\n')}`,
    3,
    'YAML alias',
  ],
  ['too big', `\ntitle: ${'क'.repeat(MAX_FRONT_MATTER_CHARS)}`, 1, 'KB allowed'],
];
for (const [name, yaml, line, message] of bad) {
  parse(name, () => {
    const r = parseFrontMatter(yaml);
    assert.ok('message' in r, JSON.stringify(r).slice(0, 200));
    assert.is(r.line, line, r.message);
    assert.match(r.message, message);
  });
}

parse('an alias to a single value is harmless and kept', () => {
  assert.equal(parseFrontMatter('\na: &x जालोर\nb: *x'), { data: { a: 'जालोर', b: 'जालोर' } });
});

parse('__proto__ and constructor are plain keys, nothing is polluted', () => {
  const r = parseFrontMatter('\n__proto__: { polluted: true }\nconstructor: x\ntoString: y');
  assert.ok('data' in r);
  assert.equal(Object.keys(r.data), ['__proto__', 'constructor', 'toString']);
  assert.is(Object.getPrototypeOf(r.data), Object.prototype);
  assert.is(({} as Record<string, unknown>).polluted, undefined);
  assert.is((r.data as { polluted?: unknown }).polluted, undefined);
});

parse('escapes cannot bring control characters in', () => {
  const r = parseFrontMatter('\ntitle: "मंडी\\u0007 \\x1b[2Jभाव\\u0085"\n"ke\\u0000y": [ "\\0टैग" ]');
  assert.equal(r, { data: { title: 'मंडी [2Jभाव', key: ['टैग'] } });
});

split.run();
parse.run();
