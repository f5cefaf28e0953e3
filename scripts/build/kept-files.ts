import { existsSync, lstatSync, mkdirSync, readdirSync, rmdirSync, type Stats, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { SiteFiles } from '../publish/site-files.ts';
import { asWritten, digestOf, readWritten, recordWritten, type WrittenFile } from './written-files.ts';

/**
 * Removes `rels` (relative to `dir`) and the folders they leave empty. A file already gone is fine;
 * one left behind would be a stale file of the new site. Returns the files removed.
 */
export function removeFiles(dir: string, rels: Iterable<string>): number {
  const folders = new Set<string>();
  let removed = 0;
  for (const rel of rels) {
    try {
      unlinkSync(join(dir, rel));
      removed++;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    folders.add(dirname(rel));
  }
  // Deepest first; a folder still holding anything stops the walk up from it.
  for (const folder of [...folders].sort((a, b) => b.length - a.length))
    for (let d = folder; d !== '.' && d !== ''; d = dirname(d))
      try {
        rmdirSync(join(dir, d));
      } catch {
        break;
      }
  return removed;
}

/**
 * The files beside the pages of a merge (feeds, sitemaps, redirect pages, host files), written into
 * the site of the build before last. What that site's build wrote and is still as it left it stays
 * in place (`kept`, build/previous-site.ts clearStale): written again with the same bytes, it is
 * taken as it is, inode and modification time included, so hosts that sync by time or hash upload
 * only what changed; with other bytes it is replaced by a new file (never rewritten in place: the
 * live site may share it). What is not written again is removed by `removeUnwritten`. Until then a
 * kept file is invisible to `exists`, which answers as for a build into an empty folder.
 */
export class KeptFiles implements SiteFiles {
  /** File → digest of what this build wrote or took. */
  private readonly written = new Map<string, string>();
  /** Folder → kept files not yet written under it. */
  private readonly pendingUnder = new Map<string, number>();
  private readonly folderHolds = new Map<string, boolean>();
  private readonly prefix: string;

  /**
   * `kept`: files of the site in `dir` still as its build wrote them when `sealedAt` (the file
   * system's time) was taken; one changed since was written by an earlier stage of this build (a
   * page where a redirect page was) and is this build's own.
   */
  constructor(
    readonly dir: string,
    private readonly kept: Map<string, WrittenFile> = new Map(),
    sealedAt = Number.POSITIVE_INFINITY,
  ) {
    this.prefix = dir.endsWith(sep) ? dir : dir + sep;
    for (const rel of [...kept.keys()]) {
      const st = lstatSync(join(dir, rel), { throwIfNoEntry: false });
      if (!st || st.mtimeMs >= sealedAt) kept.delete(rel);
      else this.count(rel, 1);
    }
  }

  /** `path` relative to the site: path.relative costs more than the rest of a kept redirect page's check. */
  private rel(path: string): string {
    const plain = path.startsWith(this.prefix) && !path.endsWith(sep) && !path.includes(`${sep}.`) && !path.includes(sep + sep);
    return plain ? path.slice(this.prefix.length) : relative(this.dir, path);
  }

  private count(rel: string, by: number): void {
    // Cut by hand: path.dirname per level cost more than the map (20,000 kept files at 100,000 stories).
    for (let cut = rel.lastIndexOf(sep); cut > 0; cut = rel.lastIndexOf(sep, cut - 1)) {
      const d = rel.slice(0, cut);
      this.pendingUnder.set(d, (this.pendingUnder.get(d) ?? 0) + by);
    }
    if (this.folderHolds.size > 0) this.folderHolds.clear();
  }

  private settle(rel: string): WrittenFile | undefined {
    const before = this.kept.get(rel);
    if (before) {
      this.kept.delete(rel);
      this.count(rel, -1);
    }
    return before;
  }

  /** Whether a folder holding kept files holds anything else this build made. */
  private holds(rel: string): boolean {
    let holds = this.folderHolds.get(rel);
    if (holds !== undefined) return holds;
    holds = readdirSync(join(this.dir, rel), { withFileTypes: true }).some((e) => {
      const r = join(rel, e.name);
      return e.isDirectory() ? !this.pendingUnder.get(r) || this.holds(r) : !this.kept.has(r);
    });
    this.folderHolds.set(rel, holds);
    return holds;
  }

  exists(path: string): boolean {
    const rel = this.rel(path);
    if (this.kept.has(rel)) return false;
    if (this.pendingUnder.get(rel)) return this.holds(rel);
    return existsSync(path);
  }

  write(file: string, contents: string): void {
    const rel = this.rel(file);
    const digest = digestOf(contents);
    const before = this.settle(rel);
    this.written.set(rel, digest);
    if (before?.digest === digest) return;
    if (before) unlinkSync(file);
    else mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }

  removeUnwritten(except: readonly string[] = []): void {
    const gone = [...this.kept.keys()].filter((rel) => !except.includes(rel));
    for (const rel of gone) this.settle(rel);
    removeFiles(this.dir, gone);
  }

  /**
   * For the comparison with the live site in `liveDir` (output-diff.ts): whether a file this build
   * wrote has the bytes of the live one, from the live site's record, without reading either. The
   * live file's stat must show it as its build left it.
   */
  sameAsLive(cacheDir: string, liveDir: string): (rel: string, live: Stats) => boolean {
    const record = readWritten(cacheDir, liveDir);
    return (rel, live) => {
      const w = record.get(rel);
      return w !== undefined && w.digest === this.written.get(rel) && asWritten(live, w);
    };
  }

  /**
   * Records what this build wrote (written-files.ts), for the build that updates this site next.
   * Call it once nothing changes the files any more: after the comparison with the live site, which
   * sets the times of unchanged files (and so their change times).
   */
  save(cacheDir: string, liveDir: string): void {
    const files = new Map<string, WrittenFile>();
    for (const [rel, digest] of this.written) {
      const st = lstatSync(join(this.dir, rel), { throwIfNoEntry: false });
      if (st) files.set(rel, { digest, ino: st.ino, size: st.size, ctimeMs: st.ctimeMs });
    }
    recordWritten(cacheDir, this.dir, files, liveDir);
  }
}
