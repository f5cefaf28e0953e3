import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { acquireBuildLock, BuildLockError, lockPathFor } from '../../scripts/publish/build-lock.ts';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { copyArchive, tempDir, treeHash } from '../helpers/archive.ts';
import { deadPid, spawnBuild } from '../helpers/build-child.ts';

const fast = (lines: string[]) => ({ waitMs: 400, everyMs: 100, say: (l: string) => lines.push(l) });

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the promise to reject');
}

const lock = suite('build-lock: one build per --out');

lock('the lock is a file next to --out naming this process; released, it is gone', async () => {
  const out = join(tempDir(), '_site');
  const release = await acquireBuildLock(out);
  const held = JSON.parse(readFileSync(lockPathFor(out), 'utf8'));
  assert.is(held.pid, process.pid);
  assert.is(held.host, hostname());
  release();
  assert.not.ok(existsSync(lockPathFor(out)));
});

lock("a second build waits, says so naming the first one's pid, and gives up with a clear error", async () => {
  const out = join(tempDir(), '_site');
  const release = await acquireBuildLock(out);
  const lines: string[] = [];
  const e = await rejection(acquireBuildLock(out, fast(lines)));
  release();
  assert.instance(e, BuildLockError);
  assert.match(e.message, `pid ${process.pid}`);
  assert.match(e.message, lockPathFor(out));
  assert.ok(lines.length >= 2, lines.join('\n'));
  for (const l of lines) assert.match(l, new RegExp(`pid ${process.pid}.*waiting`));
});

lock('the wait ends as soon as the first build releases the lock', async () => {
  const out = join(tempDir(), '_site');
  const release = await acquireBuildLock(out);
  setTimeout(release, 150);
  const second = await acquireBuildLock(out, { waitMs: 30_000, everyMs: 50 });
  second();
});

const TAKEN_OVER: Array<[string, (path: string) => void]> = [
  ['its process has ended', (p) => writeFileSync(p, JSON.stringify({ pid: deadPid(), host: hostname(), started: 'earlier' }))],
  [
    'its pid now belongs to another process',
    (p) => writeFileSync(p, JSON.stringify({ pid: process.pid, host: hostname(), started: 'earlier', procStart: '1' })),
  ],
  [
    'it was left empty long ago',
    (p) => {
      writeFileSync(p, '');
      utimesSync(p, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    },
  ],
];
for (const [why, make] of TAKEN_OVER) {
  lock(`a stale lock is taken over: ${why}`, async () => {
    const out = join(tempDir(), '_site');
    make(lockPathFor(out));
    const lines: string[] = [];
    const release = await acquireBuildLock(out, fast(lines));
    assert.is(JSON.parse(readFileSync(lockPathFor(out), 'utf8')).pid, process.pid);
    assert.match(lines.join('\n'), 'taking over');
    release();
    assert.equal(readdirSync(join(out, '..')), []);
  });
}

const KEPT: Array<[string, string]> = [
  ['one just being written (empty, new)', ''],
  ['one from another machine sharing the folder', JSON.stringify({ pid: deadPid(), host: `not-${hostname()}`, started: 'now' })],
];
for (const [why, text] of KEPT) {
  lock(`a lock that may be live is waited for, never taken: ${why}`, async () => {
    const out = join(tempDir(), '_site');
    writeFileSync(lockPathFor(out), text);
    assert.instance(await rejection(acquireBuildLock(out, fast([]))), BuildLockError);
    assert.is(readFileSync(lockPathFor(out), 'utf8'), text);
  });
}

lock('releasing never removes a lock another build has taken over', async () => {
  const out = join(tempDir(), '_site');
  const release = await acquireBuildLock(out);
  writeFileSync(lockPathFor(out), JSON.stringify({ pid: 1, host: hostname(), started: 'later' }));
  release();
  assert.ok(existsSync(lockPathFor(out)));
});

const two = suite('build-lock: two concurrent build processes (#17)');

two('the second build waits for the first, naming its pid, then both succeed', async () => {
  const content = copyArchive();
  const parent = tempDir();
  const out = join(parent, '_site');
  const resume = join(parent, 'resume');
  const first = spawnBuild(content, out, { SAMACHAR_TEST_PAUSE_AT: 'locked', SAMACHAR_TEST_PAUSE_RESUME: resume });
  let second: ReturnType<typeof spawnBuild> | undefined;
  try {
    // The second starts only once the first holds the lock: started together, either may win it.
    const firstPid = (await first.waitFor(/samachar-pause: locked/)).split(' ').pop()!;
    second = spawnBuild(content, out);
    await second.waitFor(new RegExp(`pid ${firstPid}.*waiting`));
    assert.not.ok(
      readdirSync(parent).some((n) => n.startsWith('.site-build-_site-')),
      'the waiting build has written nothing',
    );
    writeFileSync(resume, '');
    assert.is(await first.exited, 0, first.stderr());
    assert.is(await second.exited, 0, second.stderr());
  } finally {
    await Promise.all([first.kill(), second?.kill()]);
  }
  const reference = join(parent, 'reference');
  await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: Date.now() }, reference);
  assert.is(treeHash(out), treeHash(reference));
  assert.not.ok(existsSync(lockPathFor(out)));
});

lock.run();
two.run();
