import { type Dirent, lstatSync, readdirSync, readFileSync, type Stats, utimesSync } from 'node:fs';
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

/** What a build knows of the live site without reading it. */
export interface LiveSite {
  /** Files that are the live site's own (the page cache's links to the entry the live page is): unchanged. */
  same?: ReadonlySet<string>;
  /** Every file of the live site, as its build recorded them (instead of listing the folder). */
  files?: readonly string[];
  /** Lists the new site's files, for less than a recursive listing (known-files.ts). */
  next?: () => string[];
  /** Whether a file has the live one's bytes by the records of both sites (kept-files.ts), given the live file's stat. */
  sameBytes?: (rel: string, live: Stats) => boolean;
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
 * `live` says what the caller knows of the live site (incremental.ts); `listed` receives the new
 * site's files, and `prevListed` the live site's when they were listed here (not given by `live`).
 */
export function keepUnchanged(
  prevDir: string,
  nextDir: string,
  live: LiveSite = {},
  listed: string[] = [],
  prevListed: string[] = [],
): OutputChanges {
  // Appended one by one: a spread of a 100,000-story site's 260,000 paths overflows the call stack.
  if (!live.files) for (const rel of files(prevDir)) prevListed.push(rel);
  const before = new Set(live.files ?? prevListed);
  const same = live.same ?? new Set();
  const out: OutputChanges = { added: 0, changed: 0, removed: 0, unchanged: 0, search: 0 };
  const inSearch = (rel: string) => rel.startsWith(`pagefind${sep}`);
  for (const rel of live.next?.() ?? files(nextDir)) listed.push(rel);
  for (const rel of listed) {
    if (!before.delete(rel)) {
      out.added++;
      if (inSearch(rel)) out.search++;
      continue;
    }
    if (same.has(rel)) {
      out.unchanged++;
      continue;
    }
    const a = lstatSync(join(prevDir, rel), { throwIfNoEntry: false });
    const b = lstatSync(join(nextDir, rel));
    if (!a) {
      // Listed by the record but since removed from the live site by hand.
      out.added++;
      if (inSearch(rel)) out.search++;
      continue;
    }
    if (a.ino === b.ino && a.dev === b.dev) {
      out.unchanged++;
      continue;
    }
    const sameBytes =
      a.size === b.size && (live.sameBytes?.(rel, a) || readFileSync(join(prevDir, rel)).equals(readFileSync(join(nextDir, rel))));
    if (sameBytes) {
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
