import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { CachedPage } from './page-cache.ts';

interface Record {
  /** The site folder as it was after the swap: a later build trusts the record only for that folder. */
  dev: number;
  ino: number;
  ctimeMs: number;
  /** URL → digest of every article and listing page it holds. */
  pages: Array<[string, string]>;
  /** Every file of the site, relative to it (absent after a first build, which had nothing to compare). */
  files?: string[];
}

/** What a build knows of the live site from the record its publisher left. */
export interface Published {
  pages: Map<string, string>;
  files?: string[];
}

const identity = (dir: string) => {
  const st = statSync(dir);
  return { dev: st.dev, ino: st.ino, ctimeMs: st.ctimeMs };
};

/**
 * The page digests of the live site in `liveDir`, as the build that published it recorded them
 * (`recordPublished`); empty when `liveDir` is not the folder recorded (another build, a copy, no
 * record). A page the next build links from the cache entry with the same digest is then the live
 * file itself (one inode), and the comparison with the live site need not look at it; and the list
 * of the live site's files need not be read again (listing 26,000 files in 12,000 folders costs
 * about 0.8 CPU-s). Only the counts and times of `keepUnchanged` rest on this, never a page's bytes.
 */
export function readPublished(file: string, liveDir: string): Published {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as Record;
    const now = identity(liveDir);
    if (now.dev === r.dev && now.ino === r.ino && now.ctimeMs === r.ctimeMs)
      return { pages: new Map(r.pages), ...(r.files ? { files: r.files } : {}) };
  } catch {
    // No record, or no live site: every file is compared.
  }
  return { pages: new Map() };
}

/**
 * Records the pages (as a list, or URL → digest) of the site in `siteDir`, for `readPublished`:
 * the one just swapped in, or the previous one kept beside it (previous-site.ts).
 */
export function recordPublished(
  file: string,
  siteDir: string,
  pages: readonly CachedPage[] | ReadonlyMap<string, string>,
  files?: readonly string[],
): void {
  const temp = `${file}.${process.pid}`;
  try {
    const pairs: Array<[string, string]> =
      pages instanceof Map ? [...pages] : (pages as readonly CachedPage[]).map((p) => [p.url, p.digest]);
    const r: Record = { ...identity(siteDir), pages: pairs, ...(files ? { files: [...files] } : {}) };
    writeFileSync(temp, JSON.stringify(r));
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}
