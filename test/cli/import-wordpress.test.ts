import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { copyArchive, FIXTURES, tempDir } from '../helpers/archive.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const WXR = join(FIXTURES, 'wordpress/marudhar.xml');
const importer = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'scripts/cli/import-wordpress.ts'), ...args], {
    cwd,
    encoding: 'utf8',
  });

const cli = suite('npm run import:wordpress');

cli('--plan writes map.json and lists it; the import follows the reviewed map and sums up', () => {
  const cwd = tempDir();
  const content = copyArchive();
  const plan = importer(cwd, '--wxr', WXR, '--content', content, '--plan');
  assert.is(plan.status, 0, plan.stderr);
  assert.match(plan.stdout, '  जालोर (jalore), 2 पोस्ट → ज़िला jalore\n');
  assert.match(plan.stdout, 'map.json लिख दिया: इसे जाँचें, फिर --map map.json के साथ import चलाएँ।');
  const map = JSON.parse(readFileSync(join(cwd, 'map.json'), 'utf8'));
  assert.is(importer(cwd, '--wxr', WXR, '--content', content, '--plan').status, 1, 'a reviewed map was overwritten');

  map.defaults.category = 'rajniti';
  writeFileSync(join(cwd, 'map.json'), JSON.stringify(map));
  const run = importer(cwd, '--wxr', WXR, '--content', content);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, 'ख़बरें और पेज: 4 नए, 0 बदले, 0 जैसे थे, 0 पहले जैसे छोड़े (1 ड्राफ़्ट)\n');
  assert.match(run.stdout, '  1 × निजी (private) पोस्ट\n');
  assert.match(run.stdout, '  [contact-form-7] 1 पोस्ट में\n');
  const again = importer(cwd, '--wxr', WXR, '--content', content, '--lang', 'en');
  assert.match(again.stdout, 'Articles and pages: 0 new, 0 updated, 4 unchanged, 0 kept as they were (1 drafts)\n');
  assert.ok(existsSync(join(content, 'articles/2025/03/nahar-ka-pani.md')));
});

// [args, what the Hindi report says, what the English one says]
const FAILURES: Array<[string[], string, string]> = [
  [
    ['--wxr', join(FIXTURES, 'wordpress/broken.xml'), '--plan'],
    'broken.xml:7: यह WordPress export यहाँ टूटा हुआ है',
    'broken.xml:7: the WordPress export is broken here and cannot be read on (XML: ',
  ],
  [['--wxr', 'nahin.xml', '--plan'], 'nahin.xml: यह फ़ाइल नहीं मिली — --wxr के बाद', 'nahin.xml: this file does not exist — write the path'],
  [['--wxr', WXR], 'map.json: यह map नहीं मिला — पहले --plan के साथ चलाएँ', 'map.json: this map does not exist — run with --plan first'],
  [['--plan'], '--wxr नहीं दिया — WordPress की export फ़ाइल', '--wxr is missing — name the export file'],
];

cli('a malformed or missing export, a missing map or a missing --wxr: exit 1 with what to do, in Hindi or English', () => {
  const cwd = tempDir();
  const content = copyArchive();
  for (const [args, hi, en] of FAILURES) {
    const r = importer(cwd, ...args, '--content', content);
    assert.is(r.status, 1, args.join(' '));
    assert.match(r.stderr, hi);
    const english = importer(cwd, ...args, '--content', content, '--lang', 'en');
    assert.is(english.status, 1, args.join(' '));
    assert.match(english.stderr, en);
  }
  assert.match(importer(cwd, '--wxr', WXR, '--content', content).stderr, 'कुछ भी import नहीं हुआ');
});

cli('a reviewed map with mistakes: every one at its line, nothing imported', () => {
  const cwd = tempDir();
  const content = copyArchive();
  assert.is(importer(cwd, '--wxr', WXR, '--content', content, '--plan').status, 0);
  const map = JSON.parse(readFileSync(join(cwd, 'map.json'), 'utf8'));
  map.categories.rajniti.category = 'राजनीति';
  map.bases = { category: '../khabar', tag: 'tag', author: 'लेखक?x' };
  const text = `${JSON.stringify(map, null, 2)}\n`;
  writeFileSync(join(cwd, 'map.json'), text);
  const line = (needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length;
  const r = importer(cwd, '--wxr', WXR, '--content', content);
  assert.is(r.status, 1, r.stdout);
  assert.match(r.stderr, `map.json:${line('"category": "राजनीति"')}: categories.rajniti.category में "राजनीति" लिखा है, जो स्लग नहीं है — `);
  assert.match(r.stderr, `map.json:${line('"category": "../khabar"')}: bases.category में "../khabar" लिखा है`);
  assert.match(r.stderr, `map.json:${line('"author": "लेखक?x"')}: bases.author में "लेखक?x" लिखा है`);
  assert.match(r.stderr, 'WordPress लेखक के नाम से पहले');
  assert.not.ok(existsSync(join(content, 'articles/2025/03/nahar-ka-pani.md')));
  writeFileSync(join(cwd, 'map.json'), '{\n  "categories": {\n    "rajniti": ,\n');
  const broken = importer(cwd, '--wxr', WXR, '--content', content, '--lang', 'en');
  assert.match(broken.stderr, 'map.json:3: this is not valid JSON — fix the quote or comma');
});

cli.run();
