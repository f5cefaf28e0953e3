import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CachedPage } from './page-cache.ts';

/**
 * A record is two files: a small one naming the site folder it describes (`published.json`,
 * `previous.json`) and the body it points to, in `records/`: every page's URL and digest and every
 * file of the site (260,000 lines at 100,000 stories). A body is written once and never edited, so
 * the record of the site a build replaces, kept as the next build's previous site, points to the
 * body its publisher wrote instead of writing the same lists again.
 */
interface Identity {
  /** The site folder as it was after the swap: a later build trusts the record only for that folder. */
  dev: number;
  ino: number;
  ctimeMs: number;
  /** The body's file name in `records/`. */
  body: string;
}

/** What a build knows of the live site from the record its publisher left. */
export interface Published {
  pages: Map<string, string>;
  files?: string[];
  /** The body holding `pages` and `files`, for `recordPublished` to take again. */
  body?: string;
}

const BODIES = 'records';
const HEAD = 'samachar-record 1';
let named = 0;

const identity = (dir: string) => {
  const st = statSync(dir);
  return { dev: st.dev, ino: st.ino, ctimeMs: st.ctimeMs };
};

/** Lines, not JSON: splitting one string is several times cheaper than parsing 260,000 of them. */
function parseBody(text: string): Pick<Published, 'pages' | 'files'> | undefined {
  const lines = text.split('\n');
  if (lines[0] !== HEAD) return undefined;
  const count = Number(lines[1]);
  const pages = new Map<string, string>();
  for (let i = 2; i < 2 + count; i++) {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    pages.set(line.slice(0, tab), line.slice(tab + 1));
  }
  const files = Number(lines[2 + count]);
  if (files < 0) return { pages };
  const start = 3 + count;
  if (lines.length !== start + files + 1) return undefined;
  return { pages, files: lines.slice(start, start + files) };
}

function bodyText(pages: ReadonlyArray<readonly [string, string]>, files?: readonly string[]): string | undefined {
  // A name with a line break or tab (a file of the content folder) cannot be a line: no record, every file compared.
  const plain = (s: string) => !s.includes('\n') && !s.includes('\t');
  if (!pages.every(([url, digest]) => plain(url) && plain(digest)) || (files && !files.every((f) => !f.includes('\n')))) return undefined;
  const rows = pages.map(([url, digest]) => `${url}\t${digest}`);
  return [HEAD, rows.length, ...rows, files ? files.length : -1, ...(files ?? []), ''].join('\n');
}

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
    const r = JSON.parse(readFileSync(file, 'utf8')) as Identity;
    const now = identity(liveDir);
    if (now.dev === r.dev && now.ino === r.ino && now.ctimeMs === r.ctimeMs && r.body === basename(r.body)) {
      const body = parseBody(readFileSync(join(dirname(file), BODIES, r.body), 'utf8'));
      if (body) return { ...body, body: r.body };
    }
  } catch {
    // No record, or no live site: every file is compared.
  }
  return { pages: new Map() };
}

/**
 * Records the pages (as a list, or URL → digest) and files of the site in `siteDir`, for
 * `readPublished`: the one just swapped in, or the previous one kept beside it (previous-site.ts).
 * `body`: a body of an earlier record (`Published.body`) that holds exactly these pages and files.
 */
export function recordPublished(
  file: string,
  siteDir: string,
  pages: readonly CachedPage[] | ReadonlyMap<string, string>,
  files?: readonly string[],
  body?: string,
): void {
  const temp = `${file}.${process.pid}`;
  const folder = join(dirname(file), BODIES);
  try {
    let name = body;
    if (!name || !statSync(join(folder, name), { throwIfNoEntry: false })) {
      const pairs: Array<readonly [string, string]> =
        pages instanceof Map ? [...pages] : (pages as readonly CachedPage[]).map((p) => [p.url, p.digest]);
      const text = bodyText(pairs, files);
      if (text === undefined) {
        rmSync(file, { force: true });
        return;
      }
      name = `${process.pid}-${Date.now().toString(36)}-${named++}`;
      mkdirSync(folder, { recursive: true });
      // Renamed into place: a body is whole or absent, never half written.
      writeFileSync(`${join(folder, name)}.tmp`, text);
      renameSync(`${join(folder, name)}.tmp`, join(folder, name));
    }
    const r: Identity = { ...identity(siteDir), body: name };
    writeFileSync(temp, JSON.stringify(r));
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}

/** Removes the bodies none of the records `files` (paths of identity files in one folder) points to. */
export function pruneRecords(files: readonly string[]): void {
  if (files.length === 0) return;
  const folder = join(dirname(files[0]!), BODIES);
  const used = new Set<string>();
  for (const f of files)
    try {
      used.add((JSON.parse(readFileSync(f, 'utf8')) as Identity).body);
    } catch {
      // No such record.
    }
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (!used.has(name)) rmSync(join(folder, name), { force: true });
}
