import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { copyArchive, FIXTURES } from '../helpers/archive.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const CONTENT = join(FIXTURES, 'editor-mistakes');
/** As the editor sees it: relative to the folder npm run check runs in. */
const FILE = 'test/fixtures/editor-mistakes/articles/2026/11/sayla-sadak.md';
const check = (...args: string[]) =>
  spawnSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'scripts/cli/check.ts'), '--content', CONTENT, ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, SAMACHAR_LANG: '' },
  });

/**
 * The "done when" (#22): a reporter's five typical mistakes in one file (a colon in the
 * title, the category in Hindi, a day November does not have, a misspelt field, a key written
 * twice) come out at once, each at its line, in Hindi, with the line to write instead.
 */
const HINDI = [
  `${FILE}:2: शीर्षक (title) में कोलन (:) है, इसलिए पंक्ति पढ़ी नहीं जा सकती — पूरे पाठ को दोहरे उद्धरण चिह्नों में लिखें: title: "पंचायत समिति की बैठक: मंडी तक नई सड़क को मंज़ूरी"`,
  `${FILE}:3: तारीख (date) 2026-11-31 10:00 ग़लत है: नवंबर 2026 में 30 दिन होते हैं — महीने का आख़िरी दिन था तो लिखें: date: 2026-11-30 10:00`,
  `${FILE}:4: श्रेणी (category) "खेती" हमारी सूची में नहीं है — शायद "krishi-mandi" (कृषि-मंडी) लिखना था: category: krishi-mandi (सूची _data/categories.json में)`,
  `${FILE}:7: "sumary" नाम की कोई जानकारी नहीं होती — शायद summary लिखना था: summary: सायला पंचायत समिति ने मंडी तक सड़क के लिए 40 लाख रुपये मंज़ूर किए।`,
  `${FILE}:9: टैग (tags) दो बार लिखा है (पहली बार पंक्ति 8 पर) — एक ही पंक्ति रखें, दूसरी हटा दें`,
  '',
  '1 फ़ाइल में 5 गड़बड़ियाँ। इन्हें ठीक करके फिर से npm run check चलाएँ।',
];
const ENGLISH = [
  `${FILE}:2: the value of title contains a colon (:), so the line cannot be read — put the whole value inside double quotes: title: "पंचायत समिति की बैठक: मंडी तक नई सड़क को मंज़ूरी"`,
  `${FILE}:3: date: 2026-11-31 10:00 is not a real date: November 2026 has 30 days — if you meant the last day of the month, write: date: 2026-11-30 10:00`,
  `${FILE}:4: unknown category "खेती" — did you mean "krishi-mandi" (कृषि-मंडी)? category: krishi-mandi (declared in _data/categories.json)`,
  `${FILE}:7: unknown field "sumary" — did you mean "summary"? summary: सायला पंचायत समिति ने मंडी तक सड़क के लिए 40 लाख रुपये मंज़ूर किए।`,
  `${FILE}:9: tags is written twice (first on line 8) — keep one of the two lines and delete the other`,
  '',
  '5 problems in 1 file. Fix these and run npm run check again.',
];

const mistakes = suite('a reporter’s five typical mistakes in one file (#22)');
mistakes('all five at once, in Hindi by default, each with the line to write', () => {
  const r = check();
  assert.is(r.status, 1);
  assert.equal(r.stderr.trimEnd().split('\n'), HINDI);
});
mistakes('the same five in English with --lang en', () => {
  const r = check('--lang', 'en');
  assert.is(r.status, 1);
  assert.equal(r.stderr.trimEnd().split('\n'), ENGLISH);
});
mistakes('fixed as the hints say, the file passes', () => {
  const fixed = readFileSync(join(ROOT, FILE), 'utf8')
    .replace('title: पंचायत समिति की बैठक: मंडी तक नई सड़क को मंज़ूरी', 'title: "पंचायत समिति की बैठक: मंडी तक नई सड़क को मंज़ूरी"')
    .replace('date: 2026-11-31 10:00', 'date: 2026-11-30 10:00')
    .replace('category: खेती', 'category: krishi-mandi')
    .replace('sumary:', 'summary:')
    .replace('tags: [मंडी]\n', '');
  const dir = copyArchive({ 'articles/2026/11/sayla-sadak.md': fixed });
  const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'scripts/cli/check.ts'), '--content', dir, '--quiet'], {
    encoding: 'utf8',
  });
  assert.is(r.status, 0, r.stderr);
});
mistakes.run();
