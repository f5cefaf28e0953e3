import { type Dirent, lstatSync, readdirSync, readFileSync, utimesSync } from 'node:fs';
import { join, sep } from 'node:path';

/** How the new site differs from the one it replaces, in files. */
export interface OutputChanges {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** Of the new, changed and removed files, those of the search index (`pagefind/`). */
  search: number;
}

/** Every file under `dir`, relative to it. */
function files(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[];
  } catch {
    return [];
  }
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/**
 * Compares the site in `nextDir` with the live one in `prevDir`, file by file, and gives every file
 * whose bytes did not change the modification time it had, so that hosts and tools that upload by
 * time or by hash (rsync, an S3 sync, Cloudflare Pages, Netlify) send only what changed. A file
 * shared by both (a hard link from the page, search or image cache) is unchanged without being read.
 */
export function keepUnchanged(prevDir: string, nextDir: string): OutputChanges {
  const before = new Set(files(prevDir));
  const out: OutputChanges = { added: 0, changed: 0, removed: 0, unchanged: 0, search: 0 };
  const inSearch = (rel: string) => rel.startsWith(`pagefind${sep}`);
  for (const rel of files(nextDir)) {
    if (!before.delete(rel)) {
      out.added++;
      if (inSearch(rel)) out.search++;
      continue;
    }
    const a = lstatSync(join(prevDir, rel));
    const b = lstatSync(join(nextDir, rel));
    if (a.ino === b.ino && a.dev === b.dev) {
      out.unchanged++;
      continue;
    }
    if (a.size === b.size && readFileSync(join(prevDir, rel)).equals(readFileSync(join(nextDir, rel)))) {
      if (a.mtimeMs !== b.mtimeMs) utimesSync(join(nextDir, rel), a.atime, a.mtime);
      out.unchanged++;
    } else {
      out.changed++;
      if (inSearch(rel)) out.search++;
    }
  }
  out.removed = before.size;
  for (const rel of before) if (inSearch(rel)) out.search++;
  return out;
}
