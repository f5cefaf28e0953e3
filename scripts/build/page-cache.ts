import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { outputFile } from '../catalog/url-paths.ts';

/** A page of the site: where it is written and the digest of what it shows (page-digests.ts). */
export interface CachedPage {
  url: string;
  digest: string;
}

/** The file a page URL is written to inside `outDir` (`/a/b/` → `a/b/index.html`). */
export function pageFile(outDir: string, url: string): string {
  const file = outputFile(url);
  if (typeof file !== 'string') throw new Error(`page URL ${url} ${file[0]}`);
  // outputFile's path has no empty, '.' or '..' part: path.join would change nothing but cost (120,000 pages a merge).
  if (outDir === '' && sep === '/') return file;
  return join(outDir, file);
}

/** A hard link (true), or a copy where the two paths are on different file systems (false). */
function linkOrCopy(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    copyFileSync(from, to);
    return false;
  }
}

/**
 * Removes the folders `mkdirSync(folder, { recursive: true })` made, `folder` up to `first`, while
 * they are empty. A page to render is written after KnownFiles.seal(): a folder made for it now
 * (`khel/p/` for `khel/p/2/`, not only `khel/p/2/`) and filled after seal() changes nothing its
 * parent's time shows, and the files in it would be left out of the site's list (known-files.ts).
 */
function unmake(folder: string, first: string): void {
  for (let d = folder; ; d = dirname(d)) {
    try {
      rmdirSync(d);
    } catch {
      // Not empty: it holds files made before, so a page written into it later changes its time.
      return;
    }
    if (d === first || d.length <= first.length) return;
  }
}

/**
 * Rendered pages of earlier builds, one file per digest (`<dir>/ab/abcdef…`), hard-linked into
 * the site: a page whose digest is here costs one link instead of a render, and its file keeps
 * its inode and modification time from build to build. As with the search cache, nothing edits
 * a built site's files in place (a build writes a new folder and swaps it in), so a link is safe.
 */
export class PageCache {
  constructor(readonly dir: string) {}

  private entry(digest: string): string {
    return join(this.dir, digest.slice(0, 2), digest);
  }

  /**
   * Links every cached page into `outDir`; returns the indexes of `pages` that are not cached.
   * `copied` receives those of pages copied instead (the cache is on another file system); the
   * pages whose indexes are in `present` are already in `outDir` as they should be and are left alone.
   * `listed`: `entries()`, if taken. A page whose digest it lacks costs no system call: a cold build's
   * 12,000 pages at 10,000 stories each made a folder, failed a link and removed the folder again.
   */
  reuse(
    outDir: string,
    pages: readonly CachedPage[],
    copied?: Set<number>,
    present?: ReadonlySet<number>,
    listed = this.entries(),
  ): number[] {
    const missing: number[] = [];
    const made = new Set<string>();
    pages.forEach((p, i) => {
      if (present?.has(i)) return;
      const fan = listed.get(p.digest);
      if (fan === undefined) {
        missing.push(i);
        return;
      }
      const target = pageFile(outDir, p.url);
      const folder = dirname(target);
      // The first folder this call makes (the page's or one above it), if any.
      let first: string | undefined;
      try {
        if (!made.has(folder)) {
          first = mkdirSync(folder, { recursive: true });
          made.add(folder);
        }
        if (!linkOrCopy(join(this.dir, fan, p.digest), target)) copied?.add(i);
      } catch {
        missing.push(i);
        if (first !== undefined) unmake(folder, first);
        made.delete(folder);
      }
    });
    return missing;
  }

  /**
   * Adds pages just rendered into `outDir`; a page that was not written, or whose entry is there
   * already, is skipped. A link is made whole or not at all, so it goes straight to the entry's name;
   * a copy (another file system) is made under a temporary name and renamed, so that a build killed
   * meanwhile leaves no half entry. (Every page went through a temporary link and a rename, with a
   * look-up before: three system calls a page where one does, 12,000 pages in a cold build.)
   */
  store(outDir: string, pages: readonly CachedPage[]): number {
    let stored = 0;
    const made = new Set<string>();
    for (const p of pages) {
      const entry = this.entry(p.digest);
      const folder = dirname(entry);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      const page = pageFile(outDir, p.url);
      try {
        linkSync(page, entry);
        stored++;
        continue;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EXDEV') continue;
      }
      const temp = `${entry}.${process.pid}`;
      try {
        if (existsSync(entry)) continue;
        copyFileSync(page, temp);
        renameSync(temp, entry);
        stored++;
      } catch {
        rmSync(temp, { force: true });
      }
    }
    return stored;
  }

  /**
   * Every entry's name (a digest, or a leftover `<digest>.<pid>` of a killed build) → its fan folder
   * (`ab`): one listing of 256 folders, where a look-up per page costs a system call each; no path
   * is joined but for the entries removed.
   */
  entries(): Map<string, string> {
    const out = new Map<string, string>();
    if (!existsSync(this.dir)) return out;
    for (const fan of readdirSync(this.dir)) for (const name of readdirSync(join(this.dir, fan))) out.set(name, fan);
    return out;
  }

  /** Entries no page of this build used: the pages of an older version of the site. `listed`: `entries()`, if taken. */
  unused(used: ReadonlySet<string>, listed = this.entries()): string[] {
    const out: string[] = [];
    for (const [name, fan] of listed) if (!used.has(name)) out.push(join(this.dir, fan, name));
    return out;
  }
}
