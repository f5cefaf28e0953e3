import { suite } from 'uvu';
import { tmpdir } from 'node:os';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { discard, recoverOut, removeInBackground, removeLeftovers, swapInto, tempDirFor } from '../../scripts/publish/swap.ts';
import { exchangePaths } from '../../scripts/publish/exchange.ts';
import { tempDir } from '../helpers/archive.ts';
import { deadPid } from '../helpers/build-child.ts';

async function gone(path: string): Promise<boolean> {
  for (let i = 0; i < 200 && existsSync(path); i++) await new Promise((r) => setTimeout(r, 50));
  return !existsSync(path);
}

/** An output folder holding `index.html` with `text`. */
function site(out: string, text: string): string {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), text);
  return out;
}

const swap = suite('publish: temp folder and swap');

swap('the temp folder sits next to the output (same file system for rename)', () => {
  const out = join(tempDir(), '_site');
  const tmp = tempDirFor(out);
  assert.is(dirname(tmp), dirname(out));
  assert.ok(existsSync(tmp));
  discard(tmp);
  assert.not.ok(existsSync(tmp));
});

swap('swapping replaces the old site with the new one', async () => {
  const out = join(tempDir(), '_site');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'old');
  const tmp = tempDirFor(out);
  writeFileSync(join(tmp, 'index.html'), 'new');
  swapInto(tmp, out);
  assert.is(readFileSync(join(out, 'index.html'), 'utf8'), 'new');
  // After an exchange the old site sits at the temp path until the background removal ends.
  assert.ok(await gone(tmp));
});

swap('a first build (no old site) swaps in too', () => {
  const parent = tempDir();
  const out = join(parent, '_site');
  const tmp = tempDirFor(out);
  writeFileSync(join(tmp, 'a.txt'), 'x');
  swapInto(tmp, out);
  assert.equal(readdirSync(out), ['a.txt']);
});

swap('removeInBackground deletes every folder given, after returning; nothing given, nothing done', async () => {
  const root = tempDir();
  const dirs = ['a', 'b c', '-d'].map((n) => join(root, n));
  for (const d of dirs) {
    mkdirSync(join(d, 'x'), { recursive: true });
    writeFileSync(join(d, 'x', 'f.txt'), 'पुरानी फ़ाइल');
  }
  removeInBackground(dirs);
  removeInBackground([]);
  for (let i = 0; i < 100 && dirs.some((d) => existsSync(d)); i++) await new Promise((r) => setTimeout(r, 50));
  assert.equal(
    dirs.filter((d) => existsSync(d)),
    [],
  );
  assert.ok(existsSync(root));
});

swap('a list longer than a command line allows is removed by one process, the list file with it', async () => {
  const root = tempDir();
  const files = Array.from({ length: 900 }, (_, i) => join(root, `${'पुराना-पन्ना-'.repeat(6)}${i}.html`));
  for (const f of files) writeFileSync(f, 'x');
  const lists = () => readdirSync(tmpdir()).filter((n) => n.startsWith(`samachar-remove-${process.pid}-`));
  removeInBackground(files.slice(0, 450));
  removeInBackground(files.slice(450));
  for (let i = 0; i < 100 && (readdirSync(root).length > 0 || lists().length > 0); i++) await new Promise((r) => setTimeout(r, 50));
  assert.equal(readdirSync(root), []);
  assert.equal(lists(), []);
});

swap('on Linux the two folders trade names in one step; the old site is then removed', async () => {
  const out = site(join(tempDir(), '_site'), 'old');
  const tmp = site(tempDirFor(out), 'new');
  const newInode = statSync(tmp).ino;
  swapInto(tmp, out);
  assert.is(statSync(out).ino, newInode);
  assert.is(readFileSync(join(out, 'index.html'), 'utf8'), 'new');
  assert.ok(await gone(tmp));
  assert.equal(readdirSync(dirname(out)), ['_site']);
});

for (const mode of ['exchange', 'renames'])
  swap(`keepOld (${mode}): the old site is left whole at the returned path, nothing else next to the output`, () => {
    const out = site(join(tempDir(), '_site'), 'old');
    const tmp = site(tempDirFor(out), 'new');
    if (mode === 'renames') process.env.SAMACHAR_TEST_SWAP = 'renames';
    let old: string | undefined;
    try {
      old = swapInto(tmp, out, true);
    } finally {
      delete process.env.SAMACHAR_TEST_SWAP;
    }
    assert.is(old, tmp);
    assert.is(readFileSync(join(out, 'index.html'), 'utf8'), 'new');
    assert.is(readFileSync(join(tmp, 'index.html'), 'utf8'), 'old');
    assert.equal(readdirSync(dirname(out)).sort(), ['_site', basename(tmp)].sort());
  });

swap('keepOld on a first build: there is no old site', () => {
  const out = join(tempDir(), '_site');
  assert.is(swapInto(site(tempDirFor(out), 'new'), out, true), undefined);
});

swap('exchangePaths swaps two folders and reports it; forced off, it changes nothing', () => {
  const a = site(join(tempDir(), 'a'), 'A');
  const b = site(join(dirname(a), 'b'), 'B');
  assert.ok(exchangePaths(a, b));
  assert.is(readFileSync(join(a, 'index.html'), 'utf8'), 'B');
  process.env.SAMACHAR_TEST_SWAP = 'renames';
  try {
    assert.not.ok(exchangePaths(a, b));
  } finally {
    delete process.env.SAMACHAR_TEST_SWAP;
  }
  assert.is(readFileSync(join(b, 'index.html'), 'utf8'), 'A');
});

swap('without exchange the swap still ends with the new site and no aside copy', async () => {
  const out = site(join(tempDir(), '_site'), 'old');
  const tmp = site(tempDirFor(out), 'new');
  process.env.SAMACHAR_TEST_SWAP = 'renames';
  try {
    swapInto(tmp, out);
  } finally {
    delete process.env.SAMACHAR_TEST_SWAP;
  }
  assert.is(readFileSync(join(out, 'index.html'), 'utf8'), 'new');
  assert.ok(await gone(tmp));
  assert.ok(await gone(`${tmp}-old`));
});

const recover = suite('publish: recoverOut');

recover('a missing --out comes back from the newest aside copy of a dead build', () => {
  const parent = tempDir();
  const pid = deadPid();
  site(join(parent, `.site-build-_site-${pid}-a0-old`), 'older');
  site(join(parent, `.site-build-_site-${pid}-b0-old`), 'previous');
  site(join(parent, `.site-build-_site-${pid}-b0`), 'new, complete');
  assert.is(recoverOut(join(parent, '_site')), join(parent, `.site-build-_site-${pid}-b0-old`));
  assert.is(readFileSync(join(parent, '_site', 'index.html'), 'utf8'), 'previous');
});

recover("nothing to do when --out exists, when the aside copy is a live build's, or another output's", () => {
  const parent = tempDir();
  site(join(parent, '_site'), 'current');
  site(join(parent, `.site-build-_site-${deadPid()}-b0-old`), 'previous');
  assert.is(recoverOut(join(parent, '_site')), undefined);
  assert.is(readFileSync(join(parent, '_site', 'index.html'), 'utf8'), 'current');
  site(join(parent, `.site-build-out-${process.pid}-b0-old`), 'live');
  site(join(parent, `.site-build-out-2-${deadPid()}-b0-old`), 'of out-2');
  assert.is(recoverOut(join(parent, 'out')), undefined);
  assert.not.ok(existsSync(join(parent, 'out')));
});

const leftovers = suite('publish: removeLeftovers');

leftovers("folders of dead builds into this --out go; a live build's, other outputs' and the lock stay", async () => {
  const parent = tempDir();
  const live = spawn('sleep', ['60'], { stdio: 'ignore' });
  try {
    const dead = deadPid();
    const names = {
      gone: [`.site-build-_site-${dead}-mabc12`, `.site-build-_site-${dead}-mabc12-old`, `.site-build-_site-${deadPid()}-zz`],
      kept: [
        '_site',
        `.site-build-_site-${live.pid}-mabc13`,
        `.site-build-_site-${process.pid}-mabc14`,
        `.site-build-_site-2-${dead}-mabc15`,
        '.site-build-_site-x-old',
        'notes',
      ],
    };
    for (const n of [...names.gone, ...names.kept]) site(join(parent, n), 'पुरानी');
    writeFileSync(join(parent, '.site-build-_site.lock'), '');
    assert.equal(removeLeftovers(join(parent, '_site')).sort(), names.gone.map((n) => join(parent, n)).sort());
    for (const n of names.gone) assert.ok(await gone(join(parent, n)), n);
    assert.equal(readdirSync(parent).sort(), [...names.kept, '.site-build-_site.lock'].sort());
  } finally {
    live.kill();
  }
});

swap.run();
recover.run();
leftovers.run();
