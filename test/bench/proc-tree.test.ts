import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { sampleTree, watchTree } from '../../scripts/bench/proc-tree.ts';

const tree = suite('proc-tree');

/**
 * Node code that burns `ms` of CPU in a grandchild (which ends first), then in itself, holding `mb` of memory.
 * By CPU time, not the clock: on a loaded machine 400 ms of wall time can be half that of CPU.
 */
const burner = (ms: number, mb: number) => `
const { execFileSync } = require('node:child_process');
const spin = (ms) => { let x = 0; while (process.cpuUsage().user < ms * 1000) x++; return x; };
execFileSync(process.execPath, ['-e', 'let x = 0; while (process.cpuUsage().user < ${ms} * 1000) x++;']);
const hold = Buffer.alloc(${mb} * 1048576, 1);
spin(${ms});
setTimeout(() => process.exit(hold[0] === 1 ? 0 : 1), 300);
`;

tree('sampleTree sums this process: memory and CPU time are positive', () => {
  const s = sampleTree(process.pid);
  assert.ok(s.rss > 10 * 1048576, `rss ${s.rss}`);
  assert.ok(s.user + s.sys > 0);
});

tree('watchTree counts the CPU of a grandchild that already ended, and the peak memory', async () => {
  const child = spawn(process.execPath, ['-e', burner(300, 200)], { stdio: 'ignore' });
  const watch = watchTree(child.pid!, 50);
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  const seen = watch.stop();
  assert.is(code, 0);
  // Two spins of 300 ms of CPU (grandchild, then child): over 0.5 s, whatever the load.
  assert.ok(seen.user + seen.sys >= 0.5, `cpu ${seen.user} + ${seen.sys}`);
  assert.ok(seen.peak >= 200 * 1048576, `peak ${seen.peak}`);
  // Every process of this tree is a node process: the split by program name adds up to the peak.
  assert.equal(Object.keys(seen.peakByName), ['node']);
  assert.is(seen.peakByName.node, seen.peak);
  // CPU by program: the one program has the CPU of the whole tree (finished grandchild included).
  assert.equal(Object.keys(seen.cpuByName), ['node']);
  assert.ok(Math.abs(seen.cpuByName.node! - (seen.user + seen.sys)) < 0.05, `node ${seen.cpuByName.node} vs ${seen.user + seen.sys}`);
});

tree('a process that is not running yields zeros, not an error', () => {
  assert.equal(sampleTree(2 ** 22 + 12345), { rss: 0, user: 0, sys: 0, byName: {}, cpuByName: {} });
});

tree.run();
