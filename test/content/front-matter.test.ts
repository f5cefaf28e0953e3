import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_FRONT_MATTER_CHARS, parseFrontMatter, splitFrontMatter } from '../../scripts/content/front-matter.ts';
import { render } from '../../scripts/content/messages.ts';

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
    assert.is(r.message.id, 'fm.badFirstLine');
    assert.match(render(r.message, 'en'), 'front-matter must be plain YAML between two --- lines');
    assert.match(render(r.hint, 'en'), 'exactly ---');
  });
}

split('no front-matter at all', () => assert.is(splitFrontMatter('title: ख़बर\nपाठ'), undefined));

for (const text of ['---', '---\n\nपाठ', '---\nपाठ']) {
  split(`never closed, no fields: ${JSON.stringify(text)}`, () => {
    const r = splitFrontMatter(text);
    assert.ok(r && 'message' in r);
    assert.equal([r.line, r.message.id], [1, 'fm.notClosed']);
  });
}

// The closing --- forgotten: the fields are still read (up to the last line that is one), the
// problem is at line 1 where the block opens, and the hint names the line to add --- after.
const UNCLOSED: Array<[string, string, string, string, number, string]> = [
  [
    'story after a blank line',
    '---\ntitle: ख़बर\ndate: 2026-11-20\n\nपाठ।',
    '\ntitle: ख़बर\ndate: 2026-11-20',
    '\nपाठ।',
    4,
    'after line 3 (date: 2026-11-20)',
  ],
  ['story right after', '---\ntitle: ख़बर\nपाठ', '\ntitle: ख़बर', 'पाठ', 3, 'after line 2 (title: ख़बर)'],
  ['a list field', '---\ntags:\n  - चुनाव\n...\nपाठ', '\ntags:\n  - चुनाव', '...\nपाठ', 4, 'after line 3 (- चुनाव)'],
];
for (const [name, text, matter, body, bodyLine, hint] of UNCLOSED) {
  split(`never closed: ${name}`, () => {
    const r = splitFrontMatter(text);
    assert.ok(r && 'matter' in r && r.problem, JSON.stringify(r));
    assert.equal([r.matter, r.body, r.bodyLine], [matter, body, bodyLine]);
    assert.equal([r.problem.line, r.problem.message.id], [1, 'fm.notClosed']);
    assert.match(render(r.problem.hint, 'en'), hint);
  });
}

const parse = suite('parseFrontMatter');

parse('fields as data; dates stay text', () => {
  assert.equal(parseFrontMatter('\ntitle: मंडी\ndate: 2026-11-23\ntags: [चुनाव, किसान]\ndraft: true'), {
    data: { title: 'मंडी', date: '2026-11-23', tags: ['चुनाव', 'किसान'], draft: true },
    problems: [],
  });
});

parse('empty front-matter is an empty map', () => assert.equal(parseFrontMatter(''), { data: {}, problems: [] }));

const HEAD = '\ntitle: ख़बर\ndate: 2026-11-20';
// Each kind of YAML mistake: [name, YAML, line where it starts, message id, the line the hint
// says to write (or a part of the hint), the data still read (undefined: none)].
const MISTAKES: Array<[string, string, number, string, string, Record<string, unknown> | undefined]> = [
  [
    'a colon in the title',
    '\ntitle: बैठक: फ़ैसला\ndate: 2026-11-20',
    2,
    'fm.colonInValue',
    'title: "बैठक: फ़ैसला"',
    { title: 'बैठक: फ़ैसला', date: '2026-11-20' },
  ],
  [
    'a colon at the end of a value',
    `${HEAD}\nsummary: तीन बातें:`,
    4,
    'fm.colonInValue',
    'summary: "तीन बातें:"',
    { title: 'ख़बर', date: '2026-11-20', summary: 'तीन बातें:' },
  ],
  [
    'a colon in a value with quotes inside',
    '\ntitle: "जल" योजना: काम शुरू',
    2,
    'fm.quotedPart',
    'title: \'"जल" योजना: काम शुरू\'',
    { title: '"जल" योजना: काम शुरू' },
  ],
  [
    'an unclosed double quote, at its own line',
    `\ntitle: "बैठक में फ़ैसला\ndate: 2026-11-20\ncategory: rajniti`,
    2,
    'fm.unclosedQuote',
    'title: "बैठक में फ़ैसला"',
    { title: 'बैठक में फ़ैसला', date: '2026-11-20', category: 'rajniti' },
  ],
  [
    'an unclosed single quote',
    `${HEAD}\nsummary: 'सार`,
    4,
    'fm.unclosedQuote',
    "summary: 'सार'",
    { title: 'ख़बर', date: '2026-11-20', summary: 'सार' },
  ],
  [
    'a key written twice',
    `${HEAD}\ncategory: rajniti\ntitle: दूसरा`,
    5,
    'fm.duplicateKey',
    'keep one of the two lines',
    { title: 'दूसरा', date: '2026-11-20', category: 'rajniti' },
  ],
  ['a tab before a list item', `${HEAD}\ntags:\n\t- चुनाव`, 5, 'fm.tab', '  - चुनाव', { title: 'ख़बर', date: '2026-11-20', tags: ['चुनाव'] }],
  [
    'a tab before a field',
    `${HEAD}\n\tcategory: rajniti`,
    4,
    'fm.tab',
    'remove the tab',
    { title: 'ख़बर', date: '2026-11-20', category: 'rajniti' },
  ],
  [
    'a list never closed',
    `${HEAD}\ntags: [चुनाव, "किसान"\ncategory: rajniti`,
    4,
    'fm.unclosedList',
    'tags: [चुनाव, "किसान"]',
    { title: 'ख़बर', date: '2026-11-20', tags: ['चुनाव', 'किसान'], category: 'rajniti' },
  ],
  [
    'an unknown shape stays a YAML problem at its line',
    `${HEAD}\ncategory: rajniti\n  district: jalore`,
    5,
    'fm.notYaml',
    'one field per line',
    undefined,
  ],
];
for (const [name, yaml, line, id, hint, data] of MISTAKES) {
  parse(`${name}: ${id} at line ${line}`, () => {
    const r = parseFrontMatter(yaml);
    const first = r.problems[0];
    assert.ok(first, JSON.stringify(r));
    assert.equal([first.line, first.message.id], [line, id]);
    assert.match(render(first.hint, 'en'), hint);
    const fix = first.hint.params.line;
    assert.ok(typeof fix !== 'string' || render(first.hint, 'hi').includes(fix), 'the Hindi hint shows the same line');
    assert.equal(r.data, data);
  });
}

parse('every mistake of a block at once, each at its own line', () => {
  const r = parseFrontMatter('\ntitle: बैठक: फ़ैसला\ndate: 2026-11-20\ntags:\n\t- चुनाव\ndate: 2026-11-21\nsummary: "सार');
  assert.equal(
    r.problems.map((p) => `${p.line} ${p.message.id}`),
    ['2 fm.colonInValue', '5 fm.tab', '6 fm.duplicateKey', '7 fm.unclosedQuote'],
  );
  assert.equal(r.data, { title: 'बैठक: फ़ैसला', date: '2026-11-21', tags: ['चुनाव'], summary: 'सार' });
});

parse("the parser's own words are kept for --verbose only", () => {
  const r = parseFrontMatter(`${HEAD}\ncategory: rajniti\n  district: jalore`);
  assert.ok(r.problems[0]?.detail);
  assert.not.match(render(r.problems[0]!.message, 'hi'), r.problems[0]!.detail!);
});

// [name, YAML, expected line, expected message id]
const bad: Array<[string, string, number, string]> = [
  ['a list is not fields', '\n- एक\n- दो', 2, 'fm.notFields'],
  ['a bare word is not fields', '\nख़बर', 2, 'fm.notFields'],
  ['custom tags are not constructed', '\ntitle: !!js/function "function () { return 1 }"', 2, 'fm.notYaml'],
  ['deep nesting stops early', `\na: ${'['.repeat(50)}${']'.repeat(50)}`, 2, 'fm.tooDeep'],
  ['an alias that repeats a list is refused at its line', '\na: &x [एक, दो]\nb: *x', 3, 'fm.alias'],
  [
    'a billion-laughs bomb is refused',
    `\na: &a [ह, ह, ह]\n${'bcdefghij'
      .split('')
      .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)
      .join('\n')}`,
    3,
    'fm.alias',
  ],
  ['too big', `\ntitle: ${'क'.repeat(MAX_FRONT_MATTER_CHARS)}`, 1, 'fm.tooBig'],
];
for (const [name, yaml, line, id] of bad) {
  parse(name, () => {
    const r = parseFrontMatter(yaml);
    assert.is(r.data, undefined, JSON.stringify(r).slice(0, 200));
    assert.equal([r.problems[0]?.line, r.problems[0]?.message.id], [line, id]);
  });
}

parse('an alias to a single value is harmless and kept', () => {
  assert.equal(parseFrontMatter('\na: &x जालोर\nb: *x'), { data: { a: 'जालोर', b: 'जालोर' }, problems: [] });
});

parse('__proto__ and constructor are plain keys, nothing is polluted', () => {
  const r = parseFrontMatter('\n__proto__: { polluted: true }\nconstructor: x\ntoString: y');
  assert.ok(r.data);
  assert.equal(Object.keys(r.data), ['__proto__', 'constructor', 'toString']);
  assert.is(Object.getPrototypeOf(r.data), Object.prototype);
  assert.is(({} as Record<string, unknown>).polluted, undefined);
  assert.is((r.data as { polluted?: unknown }).polluted, undefined);
});

parse('__proto__ written twice cannot pollute either (the repaired parse lets the later win)', () => {
  const r = parseFrontMatter('\n__proto__: { polluted: 1 }\n__proto__: { polluted: 2 }');
  assert.is(({} as Record<string, unknown>).polluted, undefined);
  assert.is(r.problems[0]?.message.id, 'fm.duplicateKey');
});

parse('escapes cannot bring control characters in', () => {
  const r = parseFrontMatter('\ntitle: "मंडी\\u0007 \\x1b[2Jभाव\\u0085"\n"ke\\u0000y": [ "\\0टैग" ]');
  assert.equal(r, { data: { title: 'मंडी [2Jभाव', key: ['टैग'] }, problems: [] });
});

split.run();
parse.run();
