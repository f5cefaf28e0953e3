import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countFiles, measure, toMB } from '../../scripts/bench/measure.ts';
import { tempDir } from '../helpers/archive.ts';

const m = suite('measure');

m('a child that holds 200 MB and spins for 0.6 CPU-s: its output, peak memory and CPU seconds', async () => {
  // Spins until it has used 0.6 CPU-s, not for a wall time: on a loaded machine it may get little of a core.
  const script =
    "const b = Buffer.alloc(200 * 1048576, 1); const cpu = () => { const u = process.cpuUsage(); return u.user + u.system; }; while (cpu() < 600000); console.log('खत्म', b[5]);";
  const r = await measure(process.execPath, ['-e', script], { cwd: process.cwd() });
  assert.is(r.stdout.trim(), 'खत्म 1');
  assert.ok(r.seen.peak > 200 * 1048576, `peak ${toMB(r.seen.peak)} MB`);
  // The last sample is up to 100 ms before the end.
  assert.ok(r.seen.user + r.seen.sys >= 0.4, `CPU ${r.seen.user + r.seen.sys} s`);
  assert.ok(r.seconds >= 0.5, `wall ${r.seconds} s`);
});

m('a failing command rejects with its output', async () => {
  const err = await measure(process.execPath, ['-e', "console.log('आधा'); process.exit(3)"], { cwd: process.cwd() }).then(
    () => undefined,
    (e: Error) => e,
  );
  assert.match(err?.message ?? '', /exit 3\)[\s\S]*आधा/);
});

m('a command that is not there rejects', async () => {
  const err = await measure('samachar-no-such-command', [], { cwd: process.cwd() }).then(
    () => undefined,
    (e: Error) => e,
  );
  assert.ok(err);
});

const count = suite('countFiles');
count('files in every sub-folder, and the HTML among them; folders are not counted', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'a/b'), { recursive: true });
  for (const f of ['index.html', 'a/index.html', 'a/b/index.html', 'a/feed.xml', 'a/b/x.pf_fragment']) writeFileSync(join(dir, f), 'x');
  assert.equal(countFiles(dir), { files: 5, html: 3 });
});

m.run();
count.run();
