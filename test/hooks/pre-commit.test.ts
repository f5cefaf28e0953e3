import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { FIXTURES, tempDir } from '../helpers/archive.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });

/**
 * A scratch repository set up as docs/publishing.md says (core.hooksPath → scripts/hooks), whose
 * `npm run check` is this project's check command run on the scratch archive.
 */
function repo(): string {
  const dir = tempDir('samachar-hook-');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'desk@example.org');
  git(dir, 'config', 'user.name', 'Desk');
  git(dir, 'config', 'core.hooksPath', join(ROOT, 'scripts/hooks'));
  cpSync(join(FIXTURES, 'archive'), join(dir, 'content'), { recursive: true });
  const check = [process.execPath, require.resolve('tsx/cli'), join(ROOT, 'scripts/cli/check.ts')].map((s) => JSON.stringify(s)).join(' ');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'scratch', private: true, scripts: { check } }));
  git(dir, 'add', '-A');
  return dir;
}

const BAD = '---\ntitle: ग़लत\ndate: 2026-11-20\ncategory: rajnit\nauthor: asha-meena\ndistrict: jalore\n---\nपाठ।\n';

const hook = suite('scripts/hooks/pre-commit');

hook('a clean archive commits', () => {
  const dir = repo();
  const r = git(dir, 'commit', '-q', '-m', 'first');
  assert.is(r.status, 0, r.stderr);
});

hook('an article with a problem stops the commit and says what to fix', () => {
  const dir = repo();
  git(dir, 'commit', '-q', '-m', 'first');
  mkdirSync(join(dir, 'content/articles/2026/11'), { recursive: true });
  writeFileSync(join(dir, 'content/articles/2026/11/galat.md'), BAD);
  git(dir, 'add', 'content');
  const r = git(dir, 'commit', '-q', '-m', 'bad');
  assert.is(r.status, 1);
  assert.match(r.stderr, 'galat.md:4: श्रेणी (category) "rajnit" हमारी सूची में नहीं है — शायद "rajniti" (राजनीति) लिखना था: category: rajniti');
  assert.match(r.stderr, 'pre-commit: कमिट रोक दिया गया।');
  assert.is(git(dir, 'rev-list', '--count', 'HEAD').stdout.trim(), '1');
});

hook('in English with SAMACHAR_LANG=en', () => {
  const dir = repo();
  git(dir, 'commit', '-q', '-m', 'first');
  mkdirSync(join(dir, 'content/articles/2026/11'), { recursive: true });
  writeFileSync(join(dir, 'content/articles/2026/11/galat.md'), BAD);
  git(dir, 'add', 'content');
  const r = spawnSync('git', ['commit', '-q', '-m', 'bad'], { cwd: dir, encoding: 'utf8', env: { ...process.env, SAMACHAR_LANG: 'en' } });
  assert.is(r.status, 1);
  assert.match(r.stderr, 'galat.md:4: unknown category "rajnit" — did you mean "rajniti" (राजनीति)? category: rajniti');
  assert.match(r.stderr, 'pre-commit: the commit was stopped');
});

hook('a commit that does not touch the archive is not checked', () => {
  const dir = repo();
  git(dir, 'commit', '-q', '-m', 'first');
  mkdirSync(join(dir, 'content/articles/2026/11'), { recursive: true });
  writeFileSync(join(dir, 'content/articles/2026/11/galat.md'), BAD);
  writeFileSync(join(dir, 'notes.txt'), 'नोट');
  git(dir, 'add', 'notes.txt');
  const r = git(dir, 'commit', '-q', '-m', 'notes');
  assert.is(r.status, 0, r.stderr);
});

hook('--no-verify skips it', () => {
  const dir = repo();
  mkdirSync(join(dir, 'content/articles/2026/11'), { recursive: true });
  writeFileSync(join(dir, 'content/articles/2026/11/galat.md'), BAD);
  git(dir, 'add', 'content');
  assert.is(git(dir, 'commit', '-q', '--no-verify', '-m', 'anyway').status, 0);
});

hook.run();
