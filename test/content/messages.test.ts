import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import type { ContentError } from '../../scripts/content/errors.ts';
import { parseArticle } from '../../scripts/content/load.ts';
import { MESSAGES, MESSAGE_TABLES, msg, parseLang, render, type MessageId } from '../../scripts/content/messages.ts';
import { validateArticle } from '../../scripts/content/validate.ts';
import { FIXTURES } from '../helpers/archive.ts';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;
const names = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
const DEVANAGARI = /[\u0900-\u097F]/;

const table = suite('message table: every message in both languages');
const ids = Object.keys(MESSAGES);
table('the table is not empty, and no id is declared in two tables', () => {
  assert.ok(ids.length > 50, `${ids.length} messages`);
  const declared = Object.values(MESSAGE_TABLES).reduce((n, t) => n + Object.keys(t).length, 0);
  assert.is(declared, ids.length);
});
for (const id of ids) {
  table(id, () => {
    const { hi, en } = MESSAGES[id]!;
    assert.ok(hi.trim() !== '' && en.trim() !== '', 'both languages are written');
    assert.equal(names(hi), names(en), 'the same placeholders in both');
    const words = hi.replace(PLACEHOLDER, '');
    if (/[A-Za-z]/.test(words)) assert.ok(DEVANAGARI.test(words), 'the Hindi text is in Hindi');
    assert.not.ok(
      /\b(field|front-matter|YAML|mapping|scalar)\b/i.test(hi.replace(/\([^)]*\)|\{[^}]*\}/g, '')),
      'no English jargon in the Hindi',
    );
  });
}
table.run();

const rendering = suite('render');
rendering('fills placeholders in each language, text pairs and nested messages too', () => {
  const m = msg('ref.unknown', { field: { hi: 'श्रेणी (category)', en: 'category' }, value: 'खेती' });
  assert.is(render(m, 'hi'), 'श्रेणी (category) "खेती" हमारी सूची में नहीं है');
  assert.is(render(m, 'en'), 'unknown category "खेती"');
  const outer = msg('new.unknownRef', { what: m, hint: 'x' });
  assert.is(render(outer, 'en'), 'unknown category "खेती" — x');
});
rendering('an unknown id prints as itself rather than nothing', () => {
  assert.is(render({ id: 'nope' as MessageId, params: {} }, 'hi'), 'nope');
});
const LANGS: Array<[string | undefined, string | undefined]> = [
  ['en', 'en'],
  ['EN', 'en'],
  ['english', 'en'],
  ['hi', 'hi'],
  ['हिंदी', 'hi'],
  ['fr', undefined],
  [undefined, undefined],
];
for (const [input, lang] of LANGS) rendering(`parseLang(${input}) → ${lang}`, () => assert.is(parseLang(input), lang));
rendering.run();

const lines = suite('every article problem comes from the table, at a line');
const site = loadSiteData(join(FIXTURES, 'archive'), []);
const FOLDERS = ['bad', 'hostile/articles/2026/11', 'editor-mistakes/articles/2026/11'];
/** Whole-file problems, which have no line to point at. */
const WHOLE_FILE = new Set(['fm.empty', 'file.unreadable']);
for (const folder of FOLDERS)
  for (const name of readdirSync(join(FIXTURES, folder)).filter((n) => n.endsWith('.md'))) {
    lines(`${folder}/${name}`, () => {
      const errors: ContentError[] = [];
      const raw = parseArticle(`articles/2026/11/${name}`, name, readFileSync(join(FIXTURES, folder, name), 'utf8'), errors);
      if (raw) validateArticle(raw, site, errors);
      for (const e of errors) {
        assert.ok(e.id && Object.hasOwn(MESSAGES, e.id), `not from the table: ${e.format({ lang: 'en' })}`);
        if (!WHOLE_FILE.has(e.id!)) assert.ok(e.line > 0, `no line: ${e.format({ lang: 'en' })}`);
        assert.ok(e.fix !== undefined || /^(field|date)\.|^fm\.(notClosed)$/.test(e.id!), `no hint: ${e.format({ lang: 'en' })}`);
      }
    });
  }
lines.run();
