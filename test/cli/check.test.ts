import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { copyArchive } from '../helpers/archive.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const check = (content: string, ...args: string[]) =>
  spawnSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'scripts/cli/check.ts'), '--content', content, ...args], {
    encoding: 'utf8',
  });

/** A story tagged राजनिति, one vowel sign away from राजनीति, which 7 fixture stories carry. */
const MISSPELT =
  '---\ntitle: नगर परिषद में नई समितियाँ\ndate: 2026-11-20\ncategory: rajniti\nauthor: asha-meena\ndistrict: jalore\n' +
  'tags: [नगर परिषद, राजनिति]\n---\nजालोर। नगर परिषद ने नई समितियाँ बनाईं।\n';

const cli = suite('npm run check');

cli('a clean archive: one line, exit 0', () => {
  const r = check(copyArchive());
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /✓ \d+ ख़बरें [\d.]+ सेकंड में जाँचीं, कोई गड़बड़ी नहीं \(1 ड्राफ़्ट\)।\n$/);
  assert.match(check(copyArchive(), '--lang', 'en').stdout, /✓ \d+ articles checked in [\d.]+ s, no problems \(1 drafts\)\.\n$/);
});

cli('a tag that looks misspelt gets a note with its file and line, and the check still passes', () => {
  const dir = copyArchive({ 'articles/2026/11/samiti.md': MISSPELT });
  const r = check(dir, '--lang', 'en');
  assert.is(r.status, 0, r.stderr);
  assert.match(
    r.stdout,
    `samiti.md:7: note: the tag "राजनिति" is on this story only, "राजनीति" is on 7 — if they are the same topic, write "राजनीति"`,
  );
  assert.match(r.stdout, '; 1 note on tags above.');
  assert.match(check(dir).stdout, 'samiti.md:7: सुझाव: टैग "राजनिति" सिर्फ़ इसी ख़बर में है, जबकि "राजनीति" 7 ख़बरों में');
  assert.is(check(dir, '--quiet').stdout, '');
});

cli('problems fail the check and say what to fix, in Hindi by default', () => {
  const r = check(copyArchive({ 'articles/2026/11/galat.md': MISSPELT.replace('category: rajniti', 'category: rajnit') }));
  assert.is(r.status, 1);
  assert.match(r.stderr, 'galat.md:4: श्रेणी (category) "rajnit" हमारी सूची में नहीं है — शायद "rajniti" (राजनीति) लिखना था: category: rajniti');
  assert.match(r.stderr, '1 फ़ाइल में 1 गड़बड़ी। इन्हें ठीक करके फिर से npm run check चलाएँ।');
});

cli('--lang en and SAMACHAR_LANG=en print the same problems in English', () => {
  const dir = copyArchive({ 'articles/2026/11/galat.md': MISSPELT.replace('category: rajniti', 'category: rajnit') });
  const r = check(dir, '--lang', 'en');
  assert.is(r.status, 1);
  assert.match(r.stderr, 'galat.md:4: unknown category "rajnit" — did you mean "rajniti" (राजनीति)? category: rajniti');
  assert.match(r.stderr, '1 problem in 1 file. Fix these and run npm run check again.');
  const env = spawnSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'scripts/cli/check.ts'), '--content', dir], {
    encoding: 'utf8',
    env: { ...process.env, SAMACHAR_LANG: 'en' },
  });
  assert.is(env.stderr, r.stderr);
});

cli("the YAML parser's own words only with --verbose", () => {
  const broken = MISSPELT.replace('district: jalore', 'district: jalore\n  tags2: x');
  const dir = copyArchive({ 'articles/2026/11/toota.md': broken });
  const plain = check(dir);
  assert.is(plain.status, 1);
  assert.match(plain.stderr, 'toota.md:7: ऊपर के हिस्से की यह पंक्ति पढ़ी नहीं जा सकी');
  assert.not.match(plain.stderr, 'bad indentation');
  assert.match(plain.stderr, '--verbose');
  assert.match(check(dir, '--verbose').stderr, /toota\.md:7: .*\(तकनीकी ब्योरा: bad indentation of a mapping entry\)/);
});
cli.run();

/** `npm run new`'s placeholder body, published (no draft flag). */
const PLACEHOLDER =
  '---\ntitle: रानीवाड़ा में सड़क का काम शुरू\ndate: 2026-11-21 10:00\ncategory: rajniti\nauthor: asha-meena\ndistrict: jalore\n---\n\nयहाँ ख़बर लिखें।\n';

const warn = suite('npm run check: warnings');
warn('a warning is printed with path:line and a fix, summed up, and the check passes', () => {
  const r = check(copyArchive({ 'articles/2026/11/sadak.md': PLACEHOLDER }));
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stderr, /sadak\.md:9: चेतावनी: नमूने का वाक्य "यहाँ ख़बर लिखें।" अब भी ख़बर में है — इसकी जगह असली ख़बर लिखें/);
  assert.match(r.stderr, '1 फ़ाइल में 1 चेतावनी। यह साइट बनने से नहीं रोकती;');
  assert.match(r.stdout, '; ऊपर 1 चेतावनी।');
});
warn('--strict, or warnings.strict in site.json, fails the check on a warning', () => {
  assert.is(check(copyArchive({ 'articles/2026/11/sadak.md': PLACEHOLDER }), '--strict').status, 1);
  const site = '{ "title": "परीक्षण समाचार", "url": "https://test.example", "warnings": { "strict": true, "futureDays": 36500 } }';
  const r = check(copyArchive({ 'articles/2026/11/sadak.md': PLACEHOLDER, '_data/site.json': site }));
  assert.is(r.status, 1);
  assert.match(r.stderr, 'strict: चेतावनियाँ भी ग़लती गिनी गईं।');
  assert.is(check(copyArchive(), '--strict').status, 0);
});
warn.run();
