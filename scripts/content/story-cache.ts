import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SiteData } from './data-files.ts';
import { displayPath } from './lines.ts';
import type { PictureRef } from './picture-refs.ts';
import type { ValidArticle } from './validate.ts';

/** What reading and validating one story file gave, when it gave no problem. */
export interface StoryOutcome {
  valid: ValidArticle;
  pictures?: PictureRef[];
}

interface Stored extends StoryOutcome {
  digest: string;
}

/** The fields of a story that point to entries of the data files: stored as indexes into their lists. */
const REFS = [
  ['category', 'categories'],
  ['district', 'districts'],
  ['authors', 'authors'],
  ['source', 'sources'],
] as const;

const sha = (bytes: Uint8Array | string) => createHash('sha1').update(bytes).digest('hex');

interface Shard {
  stories: Map<string, Stored>;
  /** Stories of this build, by id: what the shard holds next time. */
  used: Map<string, Stored>;
  /** Whether `used` differs from what the file holds: a story new, changed or gone. */
  dirty: boolean;
}

/**
 * Stories read and validated by earlier builds, by the digest of their file's bytes, kept between
 * builds in one file per folder of stories (`articles/2026/11/`), so that a merge rewrites the file
 * of the month it touched, not the archive's. A story is valid or not from its bytes, its path, the
 * data files and the code alone (validate.ts reads nothing else), so an entry holds while those are
 * unchanged: the data files as parsed and `code` (the build's code stamp) are the stamp of every
 * file, and a change to either starts them afresh. Only stories without a problem are kept: a file
 * with one is read again, so its messages are always those of this build's code.
 */
export class StoryCache {
  private readonly shards = new Map<string, Shard>();
  private readonly digests = new Map<string, string>();
  private stamp = '';
  private stampOf?: SiteData;
  /** Stories this build took from the cache instead of reading them. */
  hits = 0;

  constructor(
    private readonly dir: string,
    private readonly code: string,
  ) {}

  private fileOf(folder: string): string {
    return join(this.dir, `${sha(folder).slice(0, 20)}.bin`);
  }

  private shardOf(id: string): Shard {
    const folder = posix.dirname(id);
    let shard = this.shards.get(folder);
    if (!shard) {
      let stories = new Map<string, Stored>();
      try {
        const saved = deserialize(readFileSync(this.fileOf(folder))) as { stamp: string; stories: Map<string, Stored> };
        if (saved.stamp === this.stamp) stories = saved.stories;
      } catch {
        // Not cached yet, or a file another Node version wrote: its stories are read.
      }
      shard = { stories, used: new Map(), dirty: false };
      this.shards.set(folder, shard);
    }
    return shard;
  }

  /** The digest of a story file's bytes, once this build looked it up (page digests use it). */
  digestOf(path: string): string | undefined {
    return this.digests.get(path);
  }

  /** The outcome an earlier build had for the bytes now at `path`, with `data`'s own entries. */
  lookup(contentDir: string, path: string, data: SiteData): StoryOutcome | undefined {
    if (this.stampOf !== data) {
      const { siteJson, ...parsed } = data;
      this.stamp = sha(`${this.code}\0${JSON.stringify(parsed)}`);
      this.stampOf = data;
      this.shards.clear();
    }
    const digest = sha(readFileSync(path));
    this.digests.set(path, digest);
    const id = idOf(contentDir, path);
    const shard = this.shardOf(id);
    const hit = shard.stories.get(id);
    shard.stories.delete(id);
    if (!hit || hit.digest !== digest) {
      shard.dirty = true;
      return undefined;
    }
    const v = hit.valid as unknown as Record<string, unknown>;
    for (const [key, list] of REFS) {
      const at = v[key];
      if (at !== undefined) v[key] = Array.isArray(at) ? at.map((i: number) => data[list][i]) : data[list][at as number];
    }
    hit.valid.raw = { ...hit.valid.raw, id, sourcePath: path, file: displayPath(path) };
    shard.used.set(id, hit);
    this.hits++;
    return { valid: hit.valid, ...(hit.pictures ? { pictures: hit.pictures } : {}) };
  }

  /** Keeps a story just read and found valid (after `lookup` missed it). */
  remember(contentDir: string, path: string, outcome: StoryOutcome): void {
    const digest = this.digests.get(path);
    const id = idOf(contentDir, path);
    if (digest) this.shardOf(id).used.set(id, { digest, ...outcome });
  }

  /**
   * Writes the folders whose stories changed for the next build (under a temporary name, then
   * renamed: a build killed here leaves the previous file), and deletes those of folders that
   * have no story left.
   */
  save(): void {
    const data = this.stampOf;
    if (!data) return;
    const index = REFS.map(([, list]) => new Map<unknown, number>(data[list].map((e, i) => [e, i])));
    const keep = new Set<string>();
    for (const [folder, shard] of this.shards) {
      const file = this.fileOf(folder);
      if (shard.used.size > 0) keep.add(basename(file));
      if (!shard.dirty && shard.stories.size === 0) continue;
      const stories = new Map<string, Stored>();
      for (const [id, s] of shard.used) {
        const valid = pointers(s.valid, index);
        if (valid) stories.set(id, { ...s, valid });
      }
      writeAtomically(file, serialize({ stamp: this.stamp, stories }));
    }
    let names: string[] = [];
    try {
      names = readdirSync(this.dir);
    } catch {}
    for (const name of names) if (name.endsWith('.bin') && !keep.has(name)) rmSync(join(this.dir, name), { force: true });
  }
}

const idOf = (contentDir: string, path: string) => relative(contentDir, path).split('\\').join('/');

/** A story with its data-file entries as indexes, or undefined when one is not from the data files. */
function pointers(valid: ValidArticle, index: Map<unknown, number>[]): ValidArticle | undefined {
  const v: Record<string, unknown> = { ...valid };
  for (const [n, [key]] of REFS.entries()) {
    const at = v[key];
    if (at === undefined) continue;
    const i = Array.isArray(at) ? at.map((e) => index[n]!.get(e)) : index[n]!.get(at);
    if (i === undefined || (Array.isArray(i) && i.includes(undefined))) return undefined;
    v[key] = i;
  }
  return v as unknown as ValidArticle;
}

function writeAtomically(file: string, bytes: Uint8Array): void {
  const temp = `${file}.${process.pid}`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}
