import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseArticle } from '../../scripts/content/load.ts';
import { validateArticle } from '../../scripts/content/validate.ts';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import { ContentError } from '../../scripts/content/errors.ts';
import { FIXTURES } from '../helpers/archive.ts';

/**
 * Random and adversarial articles through the pure read + validate path (issue 17): each must come
 * back as an article or as ContentErrors, never throw, never hang, never touch a prototype.
 * Seeded and short so that it runs on every `npm test`; FUZZ_RUNS=20000 FUZZ_SEED=n for a longer local hunt.
 */

const site = loadSiteData(join(FIXTURES, 'archive'), []);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 17);
// A hang detector, not a benchmark: a healthy case takes milliseconds.
const BOUND_MS = 2000;

const code = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCharCode(c));
const devanagari = fc.string({ unit: fc.oneof(code(0x900, 0x97f), fc.constantFrom('\u200c', '\u200d', ' ', 'क्ष', 'ज़')), maxLength: 30 });
const controls = fc.string({ unit: fc.oneof(code(0, 0x1f), code(0x7f, 0x9f), code(0xd800, 0xdfff), fc.constant('\ufeff')), maxLength: 10 });
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
  devanagari,
  controls,
);

const KEYS = [
  'title',
  'date',
  'category',
  'author',
  'district',
  'summary',
  'tags',
  'image',
  'image_alt',
  'slug',
  'updated',
  'draft',
  'aliases',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<<',
  '"(a+)+b"',
  '"("',
  '"["',
  '"\\\\"',
  '"*"',
  '? [a, b]',
  '"__proto__"',
  'sumary',
];
const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: anyText },
  { weight: 1, arbitrary: devanagari },
);

const SCALARS = [
  '2026-11-20',
  '2026-02-30',
  '2026-11-20 14:30',
  'rajniti',
  'राजनीति',
  'jalore',
  'asha-meena',
  'true',
  'null',
  '~',
  '[]',
  '{}',
  '1e999999',
  '-0',
  '0x1F',
  '.nan',
  `${'9'.repeat(400)}`,
  '"unclosed',
  "'unclosed",
  '|',
  '>-',
  '[[[[[[[[[[',
  '{a: {b: {c:',
  '&a [x, y]',
  '*a',
  '*nope',
  '!!js/function "function () { globalThis.__fuzzPwned = true }"',
  '!!js/regexp /(a+)+b/',
  '!!binary aGk=',
  '!!timestamp 2026-11-20',
  '!<tag:x> y',
  '"\\u0000\\u0007\\x1b[2J\\u0085\\ud800"',
  '{ __proto__: { polluted: true } }',
  '[a, *a]',
  '---',
  '...',
  '%YAML 1.2',
  '#',
];
const scalar = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SCALARS) },
  { weight: 2, arbitrary: anyText },
  { weight: 1, arbitrary: devanagari.map((s) => `"${s}"`) },
);

const nested = fc.integer({ min: 1, max: 400 }).map((n) => `${'['.repeat(n)}x${']'.repeat(n)}`);
const bomb = fc.integer({ min: 2, max: 12 }).map((levels) => {
  const lines = ['l0: &l0 [हा, हा, हा, हा, हा, हा, हा, हा, हा]'];
  for (let i = 1; i < levels; i++)
    lines.push(
      `l${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n');
});
const longLine = fc.integer({ min: 1000, max: 200_000 }).map((n) => `summary: ${'क'.repeat(n)}`);
const listField = fc
  .tuple(key, fc.array(scalar, { maxLength: 5 }))
  .map(([k, items]) => `${k}:\n${items.map((i) => `  - ${i}`).join('\n')}`);
const field = fc
  .tuple(fc.constantFrom('', ' ', '  ', '\t'), key, fc.constantFrom(': ', ':', ' : ', ''), scalar)
  .map(([indent, k, sep, v]) => `${indent}${k}${sep}${v}`);
const line = fc.oneof(
  { weight: 8, arbitrary: field },
  { weight: 2, arbitrary: listField },
  { weight: 1, arbitrary: nested.map((n) => `tags: ${n}`) },
  { weight: 1, arbitrary: bomb },
  { weight: 1, arbitrary: longLine },
  { weight: 1, arbitrary: anyText },
);

const header = fc.constantFrom(
  '---',
  '---',
  '---',
  '--- ',
  '---js',
  '---javascript',
  '---coffee',
  '---json',
  '---yaml',
  '----',
  '',
  '\ufeff---',
  '---\r',
);
const closing = fc.constantFrom('---', '---', '--- ', '', '...', '---js');
const body = fc.oneof(fc.constant('राज्य में बारिश हुई।'), fc.constant(''), anyText, devanagari, fc.string({ unit: 'binary', maxLength: 300 }));
// Well-formed YAML around the known fields, with random text in the free fields and extra keys
// (known, regex-like, prototype names): most cases reach the validator, and some are valid.
const quoted = fc.oneof(anyText, devanagari).map((t) => JSON.stringify(t));
const extra = fc.tuple(
  fc.constantFrom(...KEYS),
  fc.oneof(quoted, fc.constantFrom('x', '[a, b]', 'true', '2026-02-30', `|\n  ${'a'.repeat(40)}`)),
);
const nearlyValid = fc
  .tuple(quoted, fc.option(quoted), fc.array(devanagari, { maxLength: 4 }), fc.array(extra, { maxLength: 3 }), body)
  .map(([title, summary, tags, extras, b]) =>
    [
      '---',
      `title: ${title === '""' ? '"ख़बर"' : title}`,
      'date: 2026-11-20',
      'category: rajniti',
      'author: asha-meena',
      'district: jalore',
      ...(summary === null ? [] : [`summary: ${summary}`]),
      `tags: ${JSON.stringify(tags.map((t) => `टैग${t}`))}`,
      ...extras.map(([k, v]) => `${k}: ${v}`),
      '---',
      `पाठ ${b}`,
    ].join('\n'),
  );
const article = fc.oneof(
  { weight: 3, arbitrary: nearlyValid },
  {
    weight: 6,
    arbitrary: fc
      .tuple(header, fc.array(line, { maxLength: 12 }), closing, body)
      .map(([h, ls, c, b]) => `${h}\n${ls.join('\n')}\n${c}\n${b}`),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }).map((s) => `---\n${s}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 500 }) },
);

function run(text: string): void {
  const g = globalThis as { __fuzzPwned?: boolean };
  const started = performance.now();
  const errors: ContentError[] = [];
  const raw = parseArticle('articles/2026/11/fuzz.md', 'fuzz.md', text, errors);
  const valid = raw ? validateArticle(raw, site, errors) : undefined;
  const ms = performance.now() - started;
  assert.ok(ms < BOUND_MS, `took ${ms.toFixed(0)} ms`);
  assert.ok(valid !== undefined || errors.length > 0, 'neither an article nor an error');
  if (valid) assert.is(errors.length, 0, 'an article and errors');
  for (const e of errors) {
    assert.ok(e instanceof ContentError);
    assert.ok(Number.isInteger(e.line) && e.line >= 0, `line ${e.line}`);
    assert.is(typeof e.format(), 'string');
  }
  assert.is(g.__fuzzPwned, undefined, 'front-matter ran code');
  assert.is(({} as { polluted?: unknown }).polluted, undefined, 'a prototype was polluted');
}

const fuzz = suite('front-matter and body fuzz (#17)');

fuzz(`${RUNS} seeded random and adversarial articles: an article or errors, never a throw or a hang`, () => {
  fc.assert(fc.property(article, run), { seed: SEED, numRuns: RUNS });
});

fuzz('the generator reaches every class it is meant to (a fuzz that never builds a bomb proves nothing)', () => {
  const samples = fc.sample(article, { seed: 17, numRuns: RUNS });
  for (const [what, test] of [
    ['---js header', (s: string) => s.startsWith('---js')],
    ['alias bomb', (s: string) => s.includes('*l3')],
    ['deep nesting', (s: string) => s.includes('[[[[[[[[[[[[[[[[[[[[')],
    ['__proto__ key', (s: string) => s.includes('__proto__')],
    ['regex key', (s: string) => s.includes('(a+)+b')],
    ['NUL', (s: string) => s.includes('\0')],
    ['lone surrogate', (s: string) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s)],
    ['Devanagari', (s: string) => /[\u0900-\u097f]/.test(s)],
    ['long line', (s: string) => s.length > 100_000],
  ] as const)
    assert.ok(samples.some(test), `no sample with ${what}`);
  assert.ok(
    samples.filter((s) => {
      const e: ContentError[] = [];
      const r = parseArticle('a', 'a', s, e);
      return r && validateArticle(r, site, e);
    }).length > 0,
    'no sample was a valid article',
  );
});

fuzz.run();
