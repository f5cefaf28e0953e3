import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A fresh temporary folder next to `outDir`, so the final swap is a rename on one file system. */
export function tempDirFor(outDir: string): string {
  const abs = resolve(outDir);
  const dir = join(dirname(abs), `.site-build-${basename(abs)}-${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Replaces `outDir` with the finished build in `tempDir`. Two renames: the old site stays whole
 * until the new one is complete, and a reader of `outDir` never sees a half-written site.
 */
export function swapInto(tempDir: string, outDir: string): void {
  const abs = resolve(outDir);
  const old = `${tempDir}-old`;
  const hadOld = existsSync(abs);
  if (hadOld) renameSync(abs, old);
  try {
    renameSync(tempDir, abs);
  } catch (e) {
    if (hadOld) renameSync(old, abs);
    throw e;
  }
  if (hadOld) removeInBackground([old]);
}

/**
 * Deleting 100,000 pages takes longer than writing them on some disks; the old site is already
 * out of the way, so a detached `rm` removes it after the build ends.
 */
export function removeInBackground(paths: readonly string[]): void {
  if (paths.length === 0) return;
  try {
    spawn('rm', ['-rf', '--', ...paths], { detached: true, stdio: 'ignore' }).unref();
  } catch {
    for (const p of paths) rmSync(p, { recursive: true, force: true });
  }
}

/** Removes a failed build's temporary folder. */
export function discard(tempDir: string): void {
  rmSync(tempDir, { recursive: true, force: true });
}
