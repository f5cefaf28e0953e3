import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

/**
 * Each selector's property is set in one stylesheet of layouts/assets/ only. All of them go into one
 * file in a fixed order, so when two set the same property of the same selector (in the same
 * @media), the earlier one is dead: old .card and .pagination rules in site.css lingered that way
 * under cards.css, and an edit to them changed nothing.
 */
const DIR = join(import.meta.dirname, '../../layouts/assets');

/** "context selector | property" for every declaration of a stylesheet, with the @media it is in. */
function declarations(css: string): string[] {
  const out: string[] = [];
  const open: string[] = [];
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]*)([{}])/g)) {
    const text = m[1]!.trim().replace(/\s+/g, ' ');
    if (m[2] === '{') {
      open.push(text);
      continue;
    }
    // A closing brace: `text` is the declarations of the rule it closes (none for an @media block).
    const head = open.pop();
    if (!head || head.startsWith('@')) continue;
    const context = open.join(' ');
    for (const selector of head.split(',').map((s) => s.trim()))
      for (const decl of text.split(';')) {
        const property = decl.split(':')[0]!.trim();
        if (property) out.push(`${context} ${selector} | ${property}`.trim());
      }
  }
  return out;
}

const parse = suite('declarations');
parse('rules, lists of selectors and @media blocks', () => {
  const css = '/* x { a: b } */ .a, .b { color: red; margin: 0 }\n@media (min-width: 40rem) { .a { color: blue; } }';
  assert.equal(declarations(css), ['.a | color', '.a | margin', '.b | color', '.b | margin', '@media (min-width: 40rem) .a | color']);
});
parse.run();

const css = suite('layouts/assets/*.css');
css('no property of a selector is set in two stylesheets', () => {
  const files = new Map<string, string[]>();
  for (const name of readdirSync(DIR)
    .filter((f) => f.endsWith('.css'))
    .sort())
    for (const d of new Set(declarations(readFileSync(join(DIR, name), 'utf8')))) files.set(d, [...(files.get(d) ?? []), name]);
  const twice = [...files].filter(([, names]) => names.length > 1).map(([d, names]) => `${d} (${names.join(', ')})`);
  assert.equal(twice, []);
});
css.run();
