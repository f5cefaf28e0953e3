import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { prepareArchive } from '../../scripts/bench/runs.ts';
import { tempDir } from '../helpers/archive.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const stories = (work: string) =>
  readdirSync(join(work, 'content/articles'), { recursive: true }).filter((n) => String(n).endsWith('.md')).length;

const archive = suite('prepareArchive: --keep reuses an archive made from the same arguments');

archive('writes the archive, reuses it with --keep and the same count, writes it again for another', () => {
  const work = tempDir('samachar-bench-test-');
  const said: string[] = [];
  const o = { root: ROOT, work, keep: true, say: (s: string) => said.push(s) };
  try {
    prepareArchive(o, 12, undefined);
    assert.is(stories(work), 12);
    assert.match(said[0]!, /^generated 12 articles from \d+ sample articles in [\d.]+ s → /);
    const marker = join(work, 'content/marker');
    writeFileSync(marker, '');
    prepareArchive(o, 12, undefined);
    assert.is(said[1], `reusing the archive in ${join(work, 'content')}`);
    assert.ok(statSync(marker).isFile(), 'the archive was left as it was');
    prepareArchive(o, 8, undefined);
    assert.match(said[2]!, /^generated 8 articles/);
    assert.is(stories(work), 8);
    prepareArchive({ ...o, keep: false }, 8, undefined);
    assert.match(said[3]!, /^generated 8 articles/, 'without --keep the archive is always written');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

archive.run();
