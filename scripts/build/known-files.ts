import { readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** A known folder's files and subfolders, as paths relative to the site (no path joined per file when listed). */
interface Folder {
  files: string[];
  folders: Set<string>;
}

/**
 * The files of a site being built, listed without reading the folders nothing has changed since
 * the build put its known files there (the pages taken from the page cache or kept from the
 * previous site: about 12,000 folders at 10,000 stories, whose recursive listing costs about
 * 0.8 CPU-s). Creating, removing or renaming an entry of a folder sets its modification time, so a
 * folder whose time is older than `seal()` holds what it held then: a `stat` instead of a
 * `readdir`. Every other folder (the site's top, the search index, new or changed folders) is read,
 * and so is one with a subfolder not known (its link count shows it): a folder made empty before
 * `seal()` and filled after changes only its own time, not its parent's.
 */
export class KnownFiles {
  private readonly folders = new Map<string, Folder>();
  private sealedAt = Number.POSITIVE_INFINITY;

  /** `files`: relative to `dir`, every file under the folders they are in (and only those there). */
  constructor(
    readonly dir: string,
    files: Iterable<string>,
  ) {
    // Split by hand: path.dirname and basename cost more than the rest of this for 250,000 files.
    const parent = (rel: string) => {
      const cut = rel.lastIndexOf(sep);
      return cut < 0 ? '.' : rel.slice(0, cut);
    };
    const folder = (rel: string): Folder => {
      let f = this.folders.get(rel);
      if (f) return f;
      f = { files: [], folders: new Set() };
      this.folders.set(rel, f);
      if (rel !== '.') folder(parent(rel)).folders.add(rel);
      return f;
    };
    for (const rel of files) folder(parent(rel)).files.push(rel);
  }

  /**
   * Marks the instant after which a changed folder is read: the time the file system gives a file
   * created now (its own clock, so no skew with the machine's), strictly later than any change
   * made before this call.
   */
  seal(): void {
    const marker = join(this.dir, `.known-files-${process.pid}`);
    writeFileSync(marker, '');
    this.sealedAt = statSync(marker).mtimeMs;
    unlinkSync(marker);
  }

  /** Every file under the folder now, relative to it, but under the folders `skip` names (relative). */
  list(skip?: ReadonlySet<string>): string[] {
    const out: string[] = [];
    const walk = (rel: string) => {
      if (skip?.has(rel)) return;
      const abs = rel === '.' ? this.dir : `${this.dir}${sep}${rel}`;
      const known = rel === '.' ? undefined : this.folders.get(rel);
      if (known) {
        const st = statSync(abs, { throwIfNoEntry: false });
        if (!st) return;
        // A folder's link count is 2 + its subfolders (ext4, tmpfs, xfs; 1 where not kept, as on btrfs):
        // one more than known is a folder made before seal() and filled after (page-cache.ts unmake).
        if (st.mtimeMs < this.sealedAt && (st.nlink < 2 || st.nlink === 2 + known.folders.size)) {
          for (const f of known.files) out.push(f);
          for (const f of known.folders) walk(f);
          return;
        }
      }
      const prefix = rel === '.' ? '' : `${rel}${sep}`;
      let entries;
      try {
        entries = readdirSync(abs, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries)
        if (e.isDirectory()) walk(prefix + e.name);
        else if (e.isFile()) out.push(prefix + e.name);
    };
    walk('.');
    return out;
  }
}
