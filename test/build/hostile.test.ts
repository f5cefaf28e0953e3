import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { ContentErrors } from '../../scripts/content/errors.ts';
import { FIXTURES, NOW, tempDir, treeHash } from '../helpers/archive.ts';

/**
 * Issue 17, "Done when": `npm run check` on a folder of hostile content reports every file with
 * `path:line`, exits non-zero and does not hang; the build refuses the same folder and writes nothing.
 * Each file under hostile/articles/, assets/, pages/ and root/ is one attack or careless mistake.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const HOSTILE = join(FIXTURES, 'hostile');

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

const rel = (p: string) => relative(ROOT, p).split('\\').join('/');
const articles = filesUnder(join(HOSTILE, 'articles')).map(rel).sort();
const assets = filesUnder(join(HOSTILE, 'assets')).map(rel).sort();
const pages = filesUnder(join(HOSTILE, 'pages')).map(rel).sort();
const rootFiles = filesUnder(join(HOSTILE, 'root')).map(rel).sort();

const check = suite('npm run check on hostile content');

let run: ReturnType<typeof spawnSync>;
check.before(() => {
  // A generous limit: the check takes about a second; a regular expression gone exponential or a
  // YAML bomb would take minutes, and the limit turns that into a failure instead of a stuck CI.
  run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli/check.ts', '--content', rel(HOSTILE)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
});

check('the folder holds the hostile fixtures (a missing folder must not pass)', () => {
  assert.ok(articles.length >= 15, `only ${articles.length} hostile articles`);
  assert.ok(assets.length >= 3, `only ${assets.length} hostile assets`);
  assert.ok(pages.length >= 8, `only ${pages.length} hostile pages`);
  assert.ok(rootFiles.length >= 7, `only ${rootFiles.length} hostile root files`);
});

check('finishes, fails, and prints no stack trace', () => {
  assert.is(run.signal, null, 'the check was killed by the time limit: something hangs');
  assert.is(run.status, 1);
  assert.not.match(String(run.stderr), /^\s+at .+:\d+:\d+\)?$/m);
  assert.not.match(String(run.stderr), /TypeError|RangeError|SyntaxError|ReferenceError/);
});

check('every hostile article is reported with its line', () => {
  const missed = articles.filter((f) => !String(run.stderr).includes(`${f}:`));
  assert.equal(missed, []);
});

check('every hostile page is reported (issue 19)', () => {
  const missed = pages.filter((f) => !String(run.stderr).includes(`${f}:`));
  assert.equal(missed, []);
});

check('every hostile asset is reported', () => {
  const missed = assets.filter((f) => !String(run.stderr).includes(f));
  assert.equal(missed, []);
});

check('every hostile file at the site root is reported (issue 19)', () => {
  const missed = rootFiles.filter((f) => !String(run.stderr).includes(f));
  assert.equal(missed, []);
});

check.run();

const build = suite('buildSite on hostile content');

build('refuses with ContentErrors and leaves the previous site as it was', async () => {
  const out = join(tempDir(), '_site');
  await buildSite({ contentDir: join(FIXTURES, 'archive'), includeDrafts: false, includeFuture: false, now: NOW }, out);
  const before = treeHash(out);
  let caught: unknown;
  try {
    await buildSite({ contentDir: HOSTILE, includeDrafts: false, includeFuture: false, now: NOW }, out);
  } catch (e) {
    caught = e;
  }
  assert.instance(caught, ContentErrors);
  const message = (caught as Error).message;
  const missed = articles.filter((f) => !message.includes(f.split('/').pop()!));
  assert.equal(missed, []);
  assert.is(treeHash(out), before);
});

build.run();
