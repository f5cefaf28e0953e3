import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { exchangePaths } from './exchange.ts';
import { pausePoint } from './pause-point.ts';
import { pidAlive } from './pid-alive.ts';

/** `.site-build-<out name>-<pid>-<base-36 time>`, and `-old` after it for a site set aside. */
const TEMP_NAME = /^\.site-build-(.+)-(\d+)-([0-9a-z]+)(-old)?$/;

let named = 0;

/**
 * A name for a temporary folder next to `outDir` that nothing has yet: a build killed while the
 * folder exists leaves it for `removeLeftovers` (its name carries this process's id).
 */
export function tempNameFor(outDir: string): string {
  const abs = resolve(outDir);
  for (;;) {
    const dir = join(dirname(abs), `.site-build-${basename(abs)}-${process.pid}-${(Date.now() + named++).toString(36)}`);
    if (!existsSync(dir)) return dir;
  }
}

/** A fresh temporary folder next to `outDir`, so the final swap is a rename on one file system. */
export function tempDirFor(outDir: string): string {
  const dir = tempNameFor(outDir);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Replaces `outDir` with the finished build in `tempDir` so that a build killed at any instant
 * leaves a complete site at `outDir`, the old one or the new one:
 * - first build: one rename(2), atomic everywhere;
 * - otherwise one renameat2(RENAME_EXCHANGE) (Linux): the two folders trade names in one step,
 *   then the old site, now at `tempDir`, is removed in the background;
 * - where no exchange is possible: the old site is renamed aside (`<tempDir>-old`), the new one
 *   into place. A kill between those two renames leaves no `outDir`; the next build puts the
 *   aside copy back first (`recoverOut`), before anything else.
 * With `keepOld` the old site is not removed: it is left whole at `tempDir` (the returned path;
 * undefined when there was none) for the caller to build the next site from (previous-site.ts).
 * A build killed before the caller moves it leaves it for `removeLeftovers`.
 */
export function swapInto(tempDir: string, outDir: string, keepOld = false): string | undefined {
  const abs = resolve(outDir);
  pausePoint('before-swap');
  if (!existsSync(abs)) {
    renameSync(tempDir, abs);
    return undefined;
  }
  const old = (): string | undefined => {
    if (keepOld) return tempDir;
    removeInBackground([tempDir]);
    return undefined;
  };
  if (exchangePaths(tempDir, abs)) {
    pausePoint('swapped');
    return old();
  }
  const aside = `${tempDir}-old`;
  renameSync(abs, aside);
  pausePoint('aside');
  try {
    renameSync(tempDir, abs);
  } catch (e) {
    renameSync(aside, abs);
    throw e;
  }
  // Renamed first so that `recoverOut` never mistakes a copy being deleted for one to restore.
  renameSync(aside, tempDir);
  return old();
}

/** A temporary or set-aside folder of a build into `outDir`, found next to it. */
interface TempFolder {
  path: string;
  pid: number;
  time: number;
  aside: boolean;
}

function tempFolders(outDir: string): TempFolder[] {
  const abs = resolve(outDir);
  let names: string[];
  try {
    names = readdirSync(dirname(abs));
  } catch {
    return [];
  }
  const found: TempFolder[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    // Greedy `.+` takes every dash but the last two, so `_site-2`'s folders are not `_site`'s.
    if (!m || m[1] !== basename(abs)) continue;
    found.push({ path: join(dirname(abs), name), pid: Number(m[2]), time: parseInt(m[3]!, 36), aside: m[4] !== undefined });
  }
  return found;
}

const dead = (f: TempFolder) => f.pid !== process.pid && !pidAlive(f.pid);

/**
 * Puts the previous site back when a build was killed between the two renames of the fallback
 * swap (no `outDir`, an aside copy from a dead build next to it). Call it holding the build lock.
 * Returns the folder it restored from, if any.
 */
export function recoverOut(outDir: string): string | undefined {
  const abs = resolve(outDir);
  if (existsSync(abs)) return undefined;
  const aside = tempFolders(abs)
    .filter((f) => f.aside && dead(f))
    .sort((a, b) => b.time - a.time)[0];
  if (!aside) return undefined;
  renameSync(aside.path, abs);
  return aside.path;
}

/**
 * Removes (in the background) what killed builds into `outDir` left next to it: temporary
 * folders and set-aside old sites whose build process is no longer running. A live build's
 * folders are never touched. Call after `recoverOut`. Returns the folders being removed.
 */
export function removeLeftovers(outDir: string): string[] {
  const paths = tempFolders(outDir)
    .filter(dead)
    .map((f) => f.path);
  removeInBackground(paths);
  return paths;
}

/** Paths given to `removeInBackground` in this turn of the event loop, removed by one process. */
let pending: string[] = [];
let lists = 0;

/** Above this many bytes of paths, they go to `rm` through a file (a command line has a length limit). */
const ARGS_BYTES = 64 * 1024;

/**
 * Deleting 100,000 pages takes longer than writing them on some disks; the old site is already
 * out of the way, so a detached `rm` removes it after the build ends. The paths of every call in
 * one turn of the event loop go to one process: starting one from a build's 1–3 GB process costs
 * 0.1–0.3 s (the kernel copies its page tables), and a merge removed three lists at its end.
 */
export function removeInBackground(paths: readonly string[]): void {
  if (paths.length === 0) return;
  if (pending.length === 0) queueMicrotask(startRemoval);
  for (const p of paths) pending.push(p);
}

function startRemoval(): void {
  const paths = pending;
  pending = [];
  let list: string | undefined;
  try {
    if (paths.reduce((n, p) => n + p.length + 1, 0) <= ARGS_BYTES) {
      spawn('rm', ['-rf', '--', ...paths], { detached: true, stdio: 'ignore' }).unref();
      return;
    }
    list = join(tmpdir(), `samachar-remove-${process.pid}-${lists++}`);
    writeFileSync(list, paths.join('\0'));
    spawn('sh', ['-c', 'xargs -0 rm -rf -- < "$1"; rm -f -- "$1"', 'sh', list], { detached: true, stdio: 'ignore' }).unref();
  } catch {
    if (list) rmSync(list, { force: true });
    for (const p of paths) rmSync(p, { recursive: true, force: true });
  }
}

/** Removes a failed build's temporary folder. */
export function discard(tempDir: string): void {
  rmSync(tempDir, { recursive: true, force: true });
}
