import type { BigIntStats } from 'node:fs';

/**
 * How long before a stat a file's change time must lie for the stat to vouch for its bytes (git's
 * "racy" rule). A change within the same timestamp tick as the stat keeps every field of it the same;
 * file systems stamp with a clock that runs up to a tick behind (10 ms on Linux, 2 s on FAT), and a
 * network file server's clock may differ from this machine's by a little. A story changed in the
 * last 3 seconds before a build is read again by the next one, which costs one read.
 */
export const RACY_MS = 3000;

/** What a build saw of a story file: its identity and times as a stat gave them, and its bytes' digest. */
export interface Seen {
  readonly dev: bigint;
  readonly ino: bigint;
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
  /** The build's clock (ms since the epoch) read just before that stat. */
  readonly at: number;
  readonly digest: string;
  /**
   * Whether the change time lay RACY_MS or more before `at`: fixed when the stat is taken, so a
   * build that checks 100,000 files makes no number of its own for each (an entry an older build
   * wrote has none, and its file is read once more).
   */
  readonly settled?: boolean;
}

/** The change time (ns) a file must be older than for a stat taken at `at` (ms) to vouch for its bytes. */
export const settledBefore = (at: number): bigint => BigInt(Math.floor(at - RACY_MS)) * 1_000_000n;

/** A stat and the digest of the bytes read after it (`at`: the clock just before the stat). */
export function seenOf(st: BigIntStats, at: number, digest: string): Seen {
  const settled = st.ctimeNs < settledBefore(at);
  return { dev: st.dev, ino: st.ino, size: st.size, mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs, at, digest, settled };
}

/**
 * Whether `st` shows the very file `seen` recorded, unchanged since, as git's index decides it: the
 * same device, inode, size, modification and change times, the change time older than the stat that
 * recorded it by RACY_MS. The change time is set by the kernel on every write, rename and `utimes`
 * (which can set the modification time back, never the change time), so an edit that keeps the
 * size and the modification time, or another file moved over this one, still shows. A clock set back
 * between two builds is caught too unless a write lands on the very nanosecond recorded.
 */
export function unchanged(seen: Seen | undefined, st: BigIntStats): boolean {
  return (
    seen?.settled === true &&
    seen.ino === st.ino &&
    seen.dev === st.dev &&
    seen.size === st.size &&
    seen.mtimeNs === st.mtimeNs &&
    seen.ctimeNs === st.ctimeNs
  );
}
