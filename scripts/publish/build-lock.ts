import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, linkSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pidAlive, processStart } from './pid-alive.ts';

/** Who holds a build lock: written into the lock file as JSON. */
interface Holder {
  pid: number;
  host: string;
  started: string;
  procStart?: string;
}

/** How long a second build waits for the first by default: longer than a 100,000-story build. */
export const DEFAULT_LOCK_WAIT_MS = 20 * 60_000;
/** A lock file still empty after this long was left by a build killed while writing it. */
const EMPTY_LOCK_STALE_MS = 10_000;

/** Options of `acquireBuildLock`. */
export interface LockOptions {
  /** Give up after this long (default `DEFAULT_LOCK_WAIT_MS`). */
  waitMs?: number;
  /** How often to look again, and to say that we are waiting (default 5 s). */
  everyMs?: number;
  /** Receives the waiting messages. */
  say?: (line: string) => void;
}

/** A second build into the same --out gave up waiting for the first. */
export class BuildLockError extends Error {}

/** The lock of builds into `outDir`: a file next to it, beside the builds' temporary folders. */
export const lockPathFor = (outDir: string): string => join(dirname(resolve(outDir)), `.site-build-${basename(resolve(outDir))}.lock`);

/** The lock file's text and who it names ('empty' while being written, or garbled); undefined when there is none. */
function readHolder(path: string): { text: string; holder: Holder | 'empty' } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const holder = JSON.parse(text) as Holder;
    if (typeof holder.pid === 'number' && typeof holder.host === 'string') return { text, holder };
  } catch {
    // Being written, or cut short by a crash: `stale` decides by the file's age.
  }
  return { text, holder: 'empty' };
}

function stale(path: string, holder: Holder | 'empty'): boolean {
  if (holder !== 'empty') return holder.host === hostname() && !pidAlive(holder.pid, holder.procStart);
  try {
    return Date.now() - statSync(path).mtimeMs > EMPTY_LOCK_STALE_MS;
  } catch {
    return false;
  }
}

/**
 * Takes a stale lock away: renamed first (only one taker can rename the file), then checked to
 * be the stale one; a fresh lock another taker made meanwhile is put back.
 */
function breakStale(path: string, seen: string): void {
  const moved = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, moved);
  } catch {
    return;
  }
  const text = readFileSync(moved, 'utf8');
  if (text !== seen) {
    try {
      linkSync(moved, path);
    } catch {
      // Someone else holds it now; they keep it.
    }
  }
  unlinkSync(moved);
}

const describe = (h: Holder | 'empty') =>
  h === 'empty'
    ? 'another build (starting)'
    : `another build (pid ${h.pid}${h.host === hostname() ? '' : ` on ${h.host}`}, started ${h.started})`;

/**
 * Makes this process the only build writing `outDir`. The lock is a file created with O_EXCL
 * holding pid, host and start time; a lock whose process has ended (crash, SIGKILL) is stale
 * and taken over. Otherwise waits, saying so every `everyMs`, and throws `BuildLockError` after
 * `waitMs`. Resolves with the function that releases the lock.
 */
export async function acquireBuildLock(outDir: string, options: LockOptions = {}): Promise<() => void> {
  const path = lockPathFor(outDir);
  const { waitMs = DEFAULT_LOCK_WAIT_MS, everyMs = 5000, say = () => {} } = options;
  mkdirSync(dirname(path), { recursive: true });
  const mine = JSON.stringify({
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
    procStart: processStart(process.pid),
  } satisfies Holder);
  const until = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, mine);
      closeSync(fd);
      // Only our own lock: never one a later build took over after we were thought dead.
      return () => {
        if (readHolder(path)?.text === mine) unlinkSync(path);
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const found = readHolder(path);
    if (!found) continue;
    const { holder } = found;
    if (stale(path, holder)) {
      say(`${describe(holder)} ended without finishing ${outDir}; taking over its lock`);
      breakStale(path, found.text);
      continue;
    }
    const left = until - Date.now();
    if (left <= 0)
      throw new BuildLockError(
        `${describe(holder)} is still writing ${outDir}; gave up after ${Math.round(waitMs / 1000)} s — wait for it to end, or stop it; if no build is running, delete ${path}`,
      );
    say(`${describe(holder)} is writing ${outDir}; waiting for it to end (${Math.ceil(left / 1000)} s more at most)`);
    await new Promise((r) => setTimeout(r, Math.min(everyMs, left)));
  }
}
