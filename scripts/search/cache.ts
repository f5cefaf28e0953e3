import { createHash, type Hash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CustomRecord } from 'pagefind';
import type { BundleFile } from './compact-names.ts';
import type { ShardOutput } from './pagefind-shard.ts';
import type { PreviousIndex } from './previous-index.ts';

/**
 * Pagefind indexes of earlier builds, kept by content so a build re-indexes only the shards whose
 * stories changed. Indexing costs about 2 CPU-seconds per 1,000 stories (half of a
 * build's CPU); after a merge that publishes one story, only the newest shard has other records.
 *
 * An entry is the folder Pagefind wrote for a shard, under a key that hashes everything its bytes
 * depend on: the records in order, the shard options, the Pagefind version and the source of the
 * code that runs Pagefind and post-processes its output (`CODE_STAMP`). Same key, same bytes; the
 * tests compare a cached build with an uncached one byte for byte.
 *
 * Files are hard-linked between the cache and the site (copied where links are not possible): a
 * reused shard costs one link per file, no data is written twice. Nothing edits files of a built
 * site in place; publishing replaces the whole folder.
 */
export class ShardCache {
  /** `previous`: the index of the site this build updates, whose shard folders `restore` takes over when they hold the entry. */
  constructor(
    readonly dir: string,
    private readonly previous?: PreviousIndex,
  ) {}

  /** The cache key of a shard: a hex digest. */
  static key(records: readonly CustomRecord[], options: Record<string, unknown>): string {
    const h = keyHash(options);
    for (const r of records) h.update(`${JSON.stringify(r)}\n`);
    return h.digest('hex').slice(0, 32);
  }

  /** Whether entry `key` is complete (a stopped build's is not). */
  has(key: string): boolean {
    return existsSync(join(this.dir, key, STAMP));
  }

  /** Puts the cached shard `key` into `target` and returns what it holds, or undefined when not cached. */
  restore(key: string, target: string): ShardOutput | undefined {
    const entry = join(this.dir, key);
    const stamp = join(entry, STAMP);
    if (!existsSync(stamp)) return undefined;
    const output = JSON.parse(readFileSync(stamp, 'utf8')) as ShardOutput;
    // The previous site's folder of this shard holds these very files (links to this entry): one rename.
    if (!this.previous?.takeShard(output, target)) {
      const made = new Set<string>();
      for (const file of walk(entry)) {
        if (file === stamp) continue;
        place(file, join(target, relative(entry, file)), made);
      }
    }
    // The time of last use, for eviction.
    const now = new Date();
    utimesSync(stamp, now, now);
    return output;
  }

  /** Keeps the shard Pagefind just wrote into `source` under `key`. Never fails a build: a cache that cannot be written is skipped. */
  store(key: string, source: string, output: ShardOutput): void {
    const entry = join(this.dir, key);
    const tmp = `${entry}.tmp-${process.pid}`;
    try {
      rmSync(tmp, { recursive: true, force: true });
      const made = new Set<string>();
      for (const file of walk(source)) place(file, join(tmp, relative(source, file)), made);
      writeFileSync(join(tmp, STAMP), JSON.stringify(output));
      rmSync(entry, { recursive: true, force: true });
      renameSync(tmp, entry);
    } catch {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
}

/**
 * Pagefind bundles of units (`merge-units.ts`) in the same folder as the shards: files as Pagefind
 * returned them, read back into memory to be joined. Their entries are stamped like shards'.
 */
export class UnitCache extends ShardCache {
  /** The files of unit `key`, or undefined when not cached; stamps the entry as used. */
  readFiles(key: string): BundleFile[] | undefined {
    const entry = join(this.dir, key);
    if (!existsSync(join(entry, STAMP))) return undefined;
    const files = walk(entry)
      .filter((f) => !f.endsWith(STAMP))
      .map((f) => ({ path: relative(entry, f).split(sep).join('/'), content: readFileSync(f) }));
    this.touch([key]);
    return files;
  }

  /** Keeps a unit's files under `key`. Never fails a build: a cache that cannot be written is skipped. */
  storeFiles(key: string, files: readonly BundleFile[]): void {
    const entry = join(this.dir, key);
    const tmp = `${entry}.tmp-${process.pid}`;
    try {
      rmSync(tmp, { recursive: true, force: true });
      for (const f of files) {
        mkdirSync(dirname(join(tmp, f.path)), { recursive: true });
        writeFileSync(join(tmp, f.path), f.content);
      }
      writeFileSync(join(tmp, STAMP), '{}');
      rmSync(entry, { recursive: true, force: true });
      renameSync(tmp, entry);
    } catch {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  /** Stamps entries as used by this build, so that `staleEntries` keeps the units of shards that were reused whole. */
  touch(keys: readonly string[]): void {
    const now = new Date();
    for (const key of keys) {
      try {
        utimesSync(join(this.dir, key, STAMP), now, now);
      } catch {
        // Not cached: nothing to keep.
      }
    }
  }
}

/**
 * The cache entries a build that started at `since` (ms) did not use, apart from the `keep` most
 * recently used others (a preview build with drafts, or another branch, then still finds its
 * shards); also any entry a stopped build left incomplete. Using an entry (restoring or storing it)
 * stamps it with the time, so this needs no record of what the build did. The caller deletes them,
 * after the build: on some file systems (ext4 without a journal) files created within minutes of
 * a mass deletion cost far more, so nothing is deleted while pages are written.
 */
export function staleEntries(dir: string, since: number, keep = 4): string[] {
  if (!existsSync(dir)) return [];
  const entries = readdirSync(dir).map((name) => {
    const stamp = join(dir, name, STAMP);
    return { path: join(dir, name), time: existsSync(stamp) ? statSync(stamp).mtimeMs : -1 };
  });
  const older = entries.filter((e) => e.time >= 0 && e.time < since).sort((a, b) => b.time - a.time);
  return [...older.slice(keep), ...entries.filter((e) => e.time < 0)].map((e) => e.path);
}

const STAMP = '.shard.json';

/**
 * A hash that starts with the code stamp and `options`: the start of every cache key. Keys made
 * from a catalog's fields instead of records (`unit-keys.ts`) rely on the stamp covering the code
 * that turns those fields into records and vocabularies.
 */
export function keyHash(options: Record<string, unknown>): Hash {
  return createHash('sha256').update(`${CODE_STAMP}\n${JSON.stringify(options)}\n`);
}

/**
 * Everything a shard's bytes depend on besides its records and options: the Pagefind version and
 * the build-side search code (every `.ts` file of this folder: the Pagefind calls, the
 * post-processing of its output and whatever they import from here), with the code that makes
 * records and vocabularies from a story (`browser/` for the hidden function words' shift, `hindi/`
 * for dates, function words, folding and romanised keys).
 */
const CODE_STAMP = (() => {
  // pagefind's entry is <package>/lib/index.js; its package.json does not export itself.
  const entry = fileURLToPath(import.meta.resolve('pagefind'));
  const pagefindVersion = (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
  const h = createHash('sha256');
  h.update(`pagefind ${pagefindVersion}\n`);
  const here = dirname(fileURLToPath(import.meta.url));
  for (const folder of [here, join(here, 'browser'), join(here, '..', 'hindi')]) {
    for (const name of readdirSync(folder)
      .filter((n) => n.endsWith('.ts'))
      .sort()) {
      h.update(`${relative(here, join(folder, name))}\n`);
      h.update(readFileSync(join(folder, name)));
    }
  }
  return h.digest('hex');
})();

/** Every file below `dir`. */
function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name));
}

/** Hard-links `from` to `to` (a copy across file systems), creating each folder once (`made`: folders made so far by this call). */
function place(from: string, to: string, made: Set<string>): void {
  const dir = dirname(to);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  try {
    linkSync(from, to);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK') copyFileSync(from, to);
    else throw e;
  }
}
