import { type Dirent, lstatSync, readdirSync, readFileSync, type Stats, utimesSync } from 'node:fs';
import { join, sep } from 'node:path';
import { MANIFEST_PATH, type SearchManifest } from '../search/manifest.ts';

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
  /** Lists the new site's files, for less than a recursive listing (known-files.ts), but those under the folders in `skip`. */
  next?: (skip?: ReadonlySet<string>) => string[];
  /** Whether a file has the live one's bytes by the records of both sites (kept-files.ts), given the live file's stat. */
  sameBytes?: (rel: string, live: Stats) => boolean;
}

const SEARCH = `pagefind${sep}`;

/**
 * The word index's files are named by a hash of their bytes (search/word-files.ts), as the browser's
 * immutable caching of them already assumes: the same name and size, the same bytes, not read (a
 * merge takes over the previous site's word folder, whose files are not the live site's: 2,600
 * of them at 10,000 stories, about 25,000 at 100,000).
 */
const namedByContent = (rel: string) =>
  rel.startsWith(`${SEARCH}words${sep}`) && /^[0-9a-f]{10,64}\.pf_(words|pos)$/.test(rel.slice(SEARCH.length + 6));

/**
 * The search index's shard folders (`pagefind/<id>`, relative) that the new site shares with the
 * live one: the same manifest entry, and its metadata file the live one's inode. A shard folder is
 * made whole from one cache entry (a link per file, or the previous site's folder of that entry taken
 * over by rename) and cache entries are never edited, so one shared file means every file is shared:
 * 110,000 files at 100,000 stories not listed nor stat'ed twice. Where links were not possible
 * (copies) the inodes differ and the files are compared one by one.
 */
export function sameShards(prevDir: string, nextDir: string): Set<string> {
  const out = new Set<string>();
  const shards = (dir: string) => {
    try {
      return (JSON.parse(readFileSync(join(dir, MANIFEST_PATH), 'utf8')) as SearchManifest).shards ?? [];
    } catch {
      return [];
    }
  };
  const live = new Map(shards(prevDir).map((s) => [s.id, s]));
  for (const s of shards(nextDir)) {
    const l = live.get(s.id);
    if (!l || l.path !== s.path || l.meta !== s.meta || l.names !== s.names || !/^[\w-]+$/.test(s.id) || !/^[\w.-]+$/.test(s.meta))
      continue;
    const a = lstatSync(join(prevDir, SEARCH, s.id, s.meta), { throwIfNoEntry: false });
    const b = lstatSync(join(nextDir, SEARCH, s.id, s.meta), { throwIfNoEntry: false });
    if (a?.isFile() && b?.isFile() && a.ino === b.ino && a.dev === b.dev) out.add(`${SEARCH}${s.id}`);
  }
  return out;
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
  const inSearch = (rel: string) => rel.startsWith(SEARCH);
  const shards = live.next ? sameShards(prevDir, nextDir) : new Set<string>();
  const start = listed.length;
  for (const rel of live.next?.(shards) ?? files(nextDir)) listed.push(rel);
  const own = listed.length;
  // The live site's files of those folders are the new site's, one inode each: neither listed nor looked at.
  if (shards.size > 0)
    for (const rel of before) {
      if (!rel.startsWith(SEARCH)) continue;
      const cut = rel.indexOf(sep, SEARCH.length);
      if (cut < 0 || !shards.has(rel.slice(0, cut))) continue;
      before.delete(rel);
      listed.push(rel);
      out.unchanged++;
    }
  for (let i = start; i < own; i++) {
    const rel = listed[i]!;
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
      a.size === b.size &&
      (namedByContent(rel) || live.sameBytes?.(rel, a) || readFileSync(join(prevDir, rel)).equals(readFileSync(join(nextDir, rel))));
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
