import { existsSync, lstatSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { removeInBackground, tempNameFor } from '../publish/swap.ts';
import { readPublished, recordPublished } from './published.ts';
import { removeFiles } from './kept-files.ts';
import { asWritten, readWritten, type WrittenFile } from './written-files.ts';

/** The record of the kept site, in the cache folder: its identity, pages and files (published.ts). */
export const PREVIOUS_RECORD = 'previous.json';

/** The search index: moved out whole, its unchanged folders taken back by the search stage (search/previous-index.ts). */
const SEARCH = `pagefind${sep}`;

/**
 * Where the site a build replaced is kept: next to `outDir`, on its file system, so that taking it
 * and swapping it in are renames. Not a `.site-build-` name: `removeLeftovers` must not remove it.
 */
export function previousDir(outDir: string): string {
  const abs = resolve(outDir);
  return join(dirname(abs), `.site-previous-${basename(abs)}`);
}

/** The site of the build before last, taken to be updated into the next one. */
export interface PreviousSite {
  /** Its folder now: a temporary one of this build, swapped in when the build succeeds. */
  dir: string;
  /** URL → digest of its article and listing pages (page-digests.ts). */
  pages: ReadonlyMap<string, string>;
  /** Every file it holds, relative to it. */
  files: readonly string[];
  /** Its search index, moved out to a temporary folder of this build (the caller removes it after the search stage). */
  search?: string;
  /** The files its build wrote beside the pages (written-files.ts), relative to it. */
  written: ReadonlyMap<string, WrittenFile>;
  /** Set by `clearStale`: those of `written` left in place, still as written (build/kept-files.ts). */
  kept: Map<string, WrittenFile>;
  /** Set by `clearStale`: the file system's time once it was done. */
  sealedAt: number;
}

/** Moves `path` to a temporary name next to `outDir` and removes it in the background. */
function throwAway(path: string, outDir: string): void {
  const away = tempNameFor(outDir);
  renameSync(path, away);
  removeInBackground([away]);
}

/**
 * Takes the kept site for this build into `outDir`: renamed to a fresh temporary folder first, so
 * that a build stopped from here on leaves a `.site-build-` folder of a dead process, which the next
 * build removes (`removeLeftovers`), and never a half-updated tree under the kept name. Its search
 * index is moved out to another such folder (the search stage takes back what is unchanged). Undefined when there is none, or when
 * its record is not of that very folder (then it is removed): its files are trusted to be exactly
 * those recorded. Call it holding the build lock.
 */
export function takePrevious(outDir: string, cacheDir: string): PreviousSite | undefined {
  const kept = previousDir(outDir);
  if (!existsSync(kept)) return undefined;
  const record = join(cacheDir, PREVIOUS_RECORD);
  const rec = readPublished(record, kept);
  // Before the rename: a record never outlives the folder it describes.
  rmSync(record, { force: true });
  if (!rec.files || rec.pages.size === 0) {
    throwAway(kept, outDir);
    return undefined;
  }
  const dir = tempNameFor(outDir);
  renameSync(kept, dir);
  const site: PreviousSite = { dir, pages: rec.pages, files: rec.files, written: readWritten(cacheDir, dir), kept: new Map(), sealedAt: 0 };
  if (!existsSync(join(dir, SEARCH))) return site;
  const search = tempNameFor(outDir);
  renameSync(join(dir, SEARCH), search);
  return { ...site, search };
}

/**
 * Removes from the taken site every file the new build does not keep as it is: every file but the
 * pages in `keep` (paths relative to the site), which have the digest they had, and the files
 * written beside the pages that are as their build left them (`previous.kept`: the stages after
 * rendering take those they write again with the same bytes, and remove the others, kept-files.ts).
 * Folders left empty go too. The tree is then what a build into an empty folder holds once those
 * pages are linked, but for `kept`: every stage writes into it as into a new folder, and no file
 * it writes is a link shared with a cache or the live site (they are all gone). Returns the files removed.
 */
export function clearStale(previous: PreviousSite, keep: ReadonlySet<string>): number {
  const stale: string[] = [];
  for (const rel of previous.files) {
    if (keep.has(rel) || rel.startsWith(SEARCH)) continue;
    const w = previous.written.get(rel);
    if (w && asWritten(lstatSync(join(previous.dir, rel), { throwIfNoEntry: false }), w)) previous.kept.set(rel, w);
    else stale.push(rel);
  }
  const removed = removeFiles(previous.dir, stale);
  // The file system's own clock: a kept file changed after this was written again by this build.
  const marker = join(previous.dir, `.clear-stale-${process.pid}`);
  writeFileSync(marker, '');
  previous.sealedAt = statSync(marker).mtimeMs;
  unlinkSync(marker);
  return removed;
}

/**
 * After the swap: keeps the site just replaced (whole, at `oldDir`) as the next build's previous
 * site, recorded with its `pages` and `files`. Without both it cannot be trusted and is removed.
 * A site kept earlier and not taken (a build without page reuse) is replaced.
 */
export function keepPrevious(
  oldDir: string,
  outDir: string,
  cacheDir: string,
  pages: ReadonlyMap<string, string>,
  files: readonly string[] | undefined,
  body?: string,
): void {
  const kept = previousDir(outDir);
  const record = join(cacheDir, PREVIOUS_RECORD);
  rmSync(record, { force: true });
  if (existsSync(kept)) throwAway(kept, outDir);
  if (!files || pages.size === 0) {
    removeInBackground([oldDir]);
    return;
  }
  renameSync(oldDir, kept);
  // After the rename (it changes the folder's change time, part of its identity). A build stopped
  // between the two leaves a kept site without a record, which the next build removes.
  recordPublished(record, kept, pages, files, body);
}
