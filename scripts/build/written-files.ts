import { hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, type Stats, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A file a build wrote beside the pages (feeds, sitemaps, redirect pages, host files), as it left it. */
export interface WrittenFile {
  /** Of its bytes (`digestOf`). */
  digest: string;
  /** Its inode, size and change time as the build left it: a file replaced or rewritten since is not trusted. */
  ino: number;
  size: number;
  ctimeMs: number;
}

/** Whether a file's stat shows it as its build left it (an inode number alone may be reused by a file replacing it). */
export function asWritten(st: Stats | undefined, w: WrittenFile): boolean {
  return st !== undefined && st.isFile() && st.ino === w.ino && st.size === w.size && st.ctimeMs === w.ctimeMs;
}

/** The records, one per site folder, under the cache folder. */
const FOLDER = 'written-files';

/** The digest a record keeps of a file's bytes. */
export function digestOf(contents: string | Buffer): string {
  // One call, not a Hash object and two (a merge digests every file it writes beside the pages).
  return hash('sha1', contents, 'base64url');
}

/**
 * A site folder keeps its inode through every rename of a build (temporary → live → kept →
 * temporary), so its record is named by it. An inode reused by a later folder finds an old record,
 * which `sameFile` then refuses file by file.
 */
function recordOf(cacheDir: string, siteDir: string): string | undefined {
  const st = statSync(siteDir, { throwIfNoEntry: false });
  return st ? join(cacheDir, FOLDER, `${st.dev}-${st.ino}.json`) : undefined;
}

/** The files the build of the site in `siteDir` wrote beside its pages, relative to it; empty without a record. */
export function readWritten(cacheDir: string, siteDir: string): Map<string, WrittenFile> {
  const file = recordOf(cacheDir, siteDir);
  try {
    const rows = JSON.parse(readFileSync(file!, 'utf8')) as Array<[string, string, number, number, number]>;
    return new Map(rows.map(([rel, digest, ino, size, ctimeMs]) => [rel, { digest, ino, size, ctimeMs }]));
  } catch {
    return new Map();
  }
}

/**
 * Records `files` as the site in `siteDir` holds them, and forgets the records of folders that are
 * neither it nor `liveDir` (the site it replaces, kept for the build after next). The old record
 * goes first: a failed write leaves none, never one of the folder's earlier contents.
 */
export function recordWritten(cacheDir: string, siteDir: string, files: ReadonlyMap<string, WrittenFile>, liveDir: string): void {
  const file = recordOf(cacheDir, siteDir);
  if (!file) return;
  const folder = join(cacheDir, FOLDER);
  mkdirSync(folder, { recursive: true });
  const keep = new Set([file, recordOf(cacheDir, liveDir)]);
  for (const name of readdirSync(folder)) if (!keep.has(join(folder, name))) rmSync(join(folder, name), { force: true });
  rmSync(file, { force: true });
  const temp = `${file}.${process.pid}`;
  try {
    writeFileSync(temp, JSON.stringify([...files].map(([rel, w]) => [rel, w.digest, w.ino, w.size, w.ctimeMs])));
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}
