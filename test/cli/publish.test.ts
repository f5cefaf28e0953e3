import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { discard, removeInBackground, swapInto, tempDirFor } from '../../scripts/cli/publish.ts';
import { tempDir } from '../helpers/archive.ts';

const swap = suite('publish: temp folder and swap');

swap('the temp folder sits next to the output (same file system for rename)', () => {
  const out = join(tempDir(), '_site');
  const tmp = tempDirFor(out);
  assert.is(dirname(tmp), dirname(out));
  assert.ok(existsSync(tmp));
  discard(tmp);
  assert.not.ok(existsSync(tmp));
});

swap('swapping replaces the old site with the new one', () => {
  const out = join(tempDir(), '_site');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'old');
  const tmp = tempDirFor(out);
  writeFileSync(join(tmp, 'index.html'), 'new');
  swapInto(tmp, out);
  assert.is(readFileSync(join(out, 'index.html'), 'utf8'), 'new');
  assert.not.ok(existsSync(tmp));
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
  assert.equal(dirs.filter((d) => existsSync(d)), []);
  assert.ok(existsSync(root));
});

swap.run();
