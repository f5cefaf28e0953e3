import { existsSync, writeSync } from 'node:fs';

/** Named instants of a build where the kill tests stop it (test/build/kill.test.ts). */
export type PausePoint = 'locked' | 'before-swap' | 'swapped' | 'aside';

/**
 * For tests only: with SAMACHAR_TEST_PAUSE_AT=<point>, the build prints `samachar-pause: <point>`
 * on stderr and freezes there, the whole thread (no timer or I/O callback runs meanwhile), until
 * it is killed or the file named by SAMACHAR_TEST_PAUSE_RESUME appears. Without the variable this
 * is one comparison.
 */
export function pausePoint(point: PausePoint): void {
  if (process.env.SAMACHAR_TEST_PAUSE_AT !== point) return;
  writeSync(2, `samachar-pause: ${point} ${process.pid}\n`);
  const resume = process.env.SAMACHAR_TEST_PAUSE_RESUME;
  const cell = new Int32Array(new SharedArrayBuffer(4));
  while (!(resume && existsSync(resume))) Atomics.wait(cell, 0, 0, 50);
}
