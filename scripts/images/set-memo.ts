import { createHash } from 'node:crypto';
import { type BigIntStats, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { type Seen, seenOf, unchanged } from '../content/story-stats.ts';
import { writeAtomically } from '../content/story-refs.ts';
import { type ImageSet, processImage, publishImageSet } from './process.ts';

interface Entry {
  seen: Seen;
  set: ImageSet;
}

interface Stored {
  stamp: string;
  entries: Map<string, Entry>;
}

/**
 * Each picture's renditions by what a stat showed of its source file, kept between builds beside
 * eleventy-img's output. eleventy-img finds a picture's renditions by a hash of the source's bytes,
 * so it reads and hashes every picture of the archive on every build, whatever a merge changed: ~2 ms
 * of the main thread a picture (3-4.5 ms of CPU in all; 100 processed pictures, fresh process), about a
 * minute for an archive of 30,000 pictures. A picture whose stat is unchanged (git's index rule,
 * content/story-stats.ts) takes its set from here instead (0.1 ms). `stamp` names the processing
 * (eleventy-img's version, the widths, formats and qualities, the pixel limit): another stamp starts afresh.
 */
export class ImageSetMemo {
  private readonly entries: Map<string, Entry>;
  private readonly used = new Map<string, Entry>();
  private changed = false;

  constructor(
    private readonly file: string,
    private readonly stamp: string,
  ) {
    this.entries = read(file, stamp);
  }

  /** The set recorded for `path` when `st` shows its source unchanged since; undefined otherwise. */
  get(path: string, st: BigIntStats): ImageSet | undefined {
    const e = this.entries.get(path);
    if (!e || !unchanged(e.seen, st)) return undefined;
    this.used.set(path, e);
    return e.set;
  }

  /** Records the set made from `path` as `st` showed it (`at`: the clock read just before that stat). */
  remember(path: string, st: BigIntStats, at: number, set: ImageSet): void {
    this.used.set(path, { seen: seenOf(st, at, ''), set });
    this.changed = true;
  }

  /** Writes the pictures this build used (atomically, and never failing the build: builds of other branches may share the folder). */
  save(): void {
    if (!this.changed && this.used.size === this.entries.size) return;
    writeAtomically(this.file, serialize({ stamp: this.stamp, entries: this.used } satisfies Stored));
  }
}

function read(file: string, stamp: string): Map<string, Entry> {
  try {
    const stored = deserialize(readFileSync(file)) as Stored;
    return stored.stamp === stamp && stored.entries instanceof Map ? stored.entries : new Map();
  } catch {
    return new Map();
  }
}

/** What makes a picture's renditions besides its bytes: the options in process.ts, eleventy-img and sharp (by the lock file). */
export function processingStamp(maxPixels: number): string {
  const h = createHash('sha1').update(String(maxPixels));
  for (const f of [join(import.meta.dirname, 'process.ts'), resolve(import.meta.dirname, '../../package-lock.json')])
    h.update('\0').update(existsSync(f) ? readFileSync(f) : '');
  return h.digest('hex');
}

/**
 * A picture's renditions, published into `outDir`: from the memo when its file is unchanged and they are
 * still in the cache, else made by `make` (tests pass their own, and the clock `now`).
 */
export async function renditionsOf(
  file: string,
  memo: ImageSetMemo,
  cacheDir: string,
  maxPixels: number,
  outDir: string,
  { make = processImage, now = Date.now } = {},
): Promise<ImageSet> {
  const at = now();
  const st = statSync(file, { bigint: true });
  const known = memo.get(file, st);
  if (known)
    try {
      publishImageSet(known, outDir);
      return known;
    } catch (e) {
      // A rendition removed from the cache since: made again below.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  const set = await make(file, cacheDir, maxPixels);
  memo.remember(file, st, at, set);
  publishImageSet(set, outDir);
  return set;
}
