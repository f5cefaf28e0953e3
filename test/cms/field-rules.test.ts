import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fieldRules, PATTERN_MESSAGES, textRules } from '../../scripts/cms/field-rules.ts';
import { frontMatterSchema, type FrontMatter } from '../../scripts/content/schema.ts';

type Name = keyof FrontMatter;
const names = Object.keys(frontMatterSchema.shape) as Name[];

const rules = suite('textRules: read from the zod schema');
const CASES: Array<[Name, { patterns: number; notBlank: boolean; eachItem: boolean } | undefined]> = [
  ['title', { patterns: 0, notBlank: true, eachItem: false }],
  ['slug', { patterns: 1, notBlank: false, eachItem: false }],
  ['aliases', { patterns: 1, notBlank: false, eachItem: true }],
  ['tags', { patterns: 0, notBlank: true, eachItem: true }],
  ['summary', { patterns: 0, notBlank: false, eachItem: false }],
  ['draft', undefined],
  ['correction', undefined],
];
for (const [name, expected] of CASES)
  rules(name, () => {
    const r = textRules(name);
    assert.equal(r && { patterns: r.patterns.length, notBlank: r.notBlank, eachItem: r.eachItem }, expected);
  });
rules('every pattern of the schema has its Hindi sentence', () => {
  const patterned = names.filter((n) => (textRules(n)?.patterns.length ?? 0) > 0);
  assert.equal(patterned.sort(), Object.keys(PATTERN_MESSAGES).sort());
});
rules.run();

const cms = suite('fieldRules: what the CMS checks before saving');
/** [field, value, accepted by the CMS pattern, accepted by the schema] — the two must agree. */
const VALUES: Array<[Name, string, boolean]> = [
  ['slug', 'mandi-bhav-badhe', true],
  ['slug', 'Mandi Bhav', false],
  ['slug', 'mandi--bhav', false],
  ['title', 'जीरे के भाव बढ़े', true],
  ['title', '   ', false],
  ['image_alt', 'मंडी में जीरे की बोरियाँ', true],
  ['aliases', '/2026/11/purana-slug/', true],
  ['aliases', '/पुराना/', false],
  ['aliases', '/khabar?id=4', false],
];
for (const [name, value, ok] of VALUES)
  cms(`${name}: ${JSON.stringify(value)} ${ok ? 'passes' : 'is refused'}, as the schema says`, () => {
    const r = fieldRules(name) as { pattern?: [string, string]; field?: { pattern: [string, string] } };
    const [source, message] = r.pattern ?? r.field!.pattern;
    assert.is(new RegExp(source).test(value), ok);
    assert.match(message, /[\u0900-\u097f]/, 'the reason is in Hindi');
    const parsed = frontMatterSchema.shape[name].safeParse(name === 'aliases' ? [value] : value);
    assert.is(parsed.success, ok, 'the validator agrees');
  });
cms('a list of patterned texts gets a string item field that carries the pattern', () => {
  const r = fieldRules('aliases') as { field: { widget: string; pattern: [string, string] } };
  assert.is(r.field.widget, 'string');
  assert.is(r.field.pattern[0], textRules('aliases')!.patterns[0]!.source);
});
cms('fields without text rules get nothing', () => {
  for (const n of ['draft', 'date', 'correction', 'tags'] as Name[]) assert.equal(fieldRules(n), {}, n);
});
cms.run();
