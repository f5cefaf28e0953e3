import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { ContentErrors } from '../../scripts/content/errors.ts';
import { msg, render } from '../../scripts/content/messages.ts';
import { copyArchive, FIXTURES, NOW, tempDir, treeHash } from '../helpers/archive.ts';

/**
 * Issue 17: a symbolic link anywhere in the content folder is refused by `npm run check` and by the
 * build, which leaves the previous site as it was. Links are made here, in a temp copy: never committed.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const check = (content: string) =>
  spawnSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'scripts/cli/check.ts'), '--content', content], { encoding: 'utf8' });

/** The walk's message for a link, as an editor reads it (Hindi by default) and its fix. */
const LINK = render(msg('walk.link'), 'hi');
const LINK_HINT = render(msg('walk.linkHint'), 'hi');
const SECRET = 'गुप्त-पासवर्ड-1234';
const outside = tempDir();
writeFileSync(join(outside, 'passwd'), `${SECRET}\n`);
mkdirSync(join(outside, 'pics'));
writeFileSync(join(outside, 'pics/a.png'), SECRET);

const CASES: Array<[string, string, string]> = [
  ['an article', 'articles/2026/11/link.md', join(outside, 'passwd')],
  ['a data file', '_data/districts.json', join(outside, 'passwd')],
  ['the images folder', 'images', join(outside, 'pics')],
  ['an asset', 'assets/logo.png', join(outside, 'pics/a.png')],
];

function linked(path: string, target: string): string {
  const dir = copyArchive();
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  rmSync(join(dir, path), { recursive: true, force: true });
  symlinkSync(target, join(dir, path));
  return dir;
}

const cli = suite('npm run check refuses a symbolic link');
for (const [name, path, target] of CASES) {
  cli(`to ${name} (${path})`, () => {
    const r = check(linked(path, target));
    assert.is(r.status, 1);
    assert.match(r.stderr, `${path}: ${LINK} — ${LINK_HINT}`);
    assert.not.match(r.stderr, SECRET);
  });
}

const build = suite('buildSite refuses a symbolic link and leaves the previous site untouched');
const out = join(tempDir(), '_site');
build.before(async () => {
  await buildSite({ contentDir: join(FIXTURES, 'archive'), includeDrafts: false, includeFuture: false, now: NOW }, out);
});
for (const [name, path, target] of CASES) {
  build(`to ${name} (${path})`, async () => {
    const before = treeHash(out);
    let caught: unknown;
    try {
      await buildSite({ contentDir: linked(path, target), includeDrafts: false, includeFuture: false, now: NOW }, out);
    } catch (e) {
      caught = e;
    }
    assert.instance(caught, ContentErrors);
    assert.match((caught as Error).message, `${path}: ${LINK}`);
    assert.not.match((caught as Error).message, SECRET);
    assert.is(treeHash(out), before);
    assert.equal(
      readdirSync(dirname(out)).filter((n) => n.startsWith('.site-build')),
      [],
    );
  });
}

cli.run();
build.run();
