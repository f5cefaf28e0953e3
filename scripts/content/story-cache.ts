import { createHash } from 'node:crypto';
import { type BigIntStats, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, posix, relative, sep } from 'node:path';
import { debuglog } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import type { SiteData } from './data-files.ts';
import { displayPath } from './lines.ts';
import type { PictureCache } from './images.ts';
import { PictureChecks } from './picture-checks.ts';
import type { PictureRef } from './picture-refs.ts';
import { fromIndexes, refIndex, writeAtomically } from './story-refs.ts';
import type { RawArticle } from './load.ts';
import { packShard, readShardHead, readShardText, type ShardHead, type Stored, type StoryText } from './story-shard.ts';
import { type Seen, seenOf, unchanged } from './story-stats.ts';
import { KeptRaw, textFromFile } from './story-text.ts';
import type { ValidArticle } from './validate.ts';

/** What reading and validating one story file gave, when it gave no problem. */
export interface StoryOutcome {
  valid: ValidArticle;
  pictures?: PictureRef[];
}

/**
 * A value made from one story alone (its bytes, the data files as parsed, the code), kept with the
 * story between builds while it holds (`StoryCache.keep`); `name` says what else it was made with.
 */
export type KeepWith = <T>(sourcePath: string, name: string, make: () => T) => T;

const log = debuglog('samachar:content');

const sha = (bytes: Uint8Array | string) => createHash('sha1').update(bytes).digest('hex');

interface Shard {
  stories: Map<string, Stored>;
  /** Stories of this build, by id: what the shard holds next time. */
  used: Map<string, Stored>;
  /** Whether `used` differs from what the file holds: a story new, changed or gone. */
  dirty: boolean;
  head?: ShardHead;
  /** The stories' text from the file's tail, once one was asked for (null: the tail is not the head's). */
  texts?: Map<string, StoryText> | null;
}

/**
 * Stories read and validated by earlier builds, by the digest of their file's bytes, kept between
 * builds in one file per folder of stories (`articles/2026/11/`), so that a merge rewrites the file
 * of the month it touched, not the archive's. A story is valid or not from its bytes, its path, the
 * data files and the code alone (validate.ts reads nothing else), so an entry holds while those are
 * unchanged: the data files as parsed and `code` (the build's code stamp) are the stamp of every
 * file, and a change to either starts them afresh. Only stories without a problem are kept: a file
 * with one is read again, so its messages are always those of this build's code.
 *
 * A file is not even read while a stat shows it unchanged since a build read it (story-stats.ts, git's
 * rule for its index): what each build saw of every story file is kept in `stats.v8`.
 */
export class StoryCache {
  private readonly shards = new Map<string, Shard>();
  private readonly digests = new Map<string, string>();
  /** This build's entry of each story file (with its folder's shard), to keep values with it. */
  private readonly entries = new Map<string, [Shard, Stored]>();
  private stamp = '';
  private stampOf?: SiteData;
  private seen?: Map<string, Seen>;
  private readonly seenNow = new Map<string, Seen>();
  private seenChanged = false;
  private pictures?: PictureChecks;
  /** Stories this build took from the cache instead of parsing and validating them. */
  hits = 0;
  /** Story files this build read (the others a stat showed unchanged). */
  reads = 0;

  /** `now` is the clock a stat is compared with (tests set it to show a clock set wrong). */
  constructor(
    private readonly dir: string,
    private readonly code: string,
    readonly now: () => number = Date.now,
  ) {}

  /**
   * The picture checks kept between builds (picture-checks.ts); call before the pictures are
   * checked, as its clock is read then.
   */
  pictureChecks(): PictureCache {
    this.pictures ??= new PictureChecks(join(this.dir, 'pictures.v8'), this.code, this.now());
    return this.pictures.entries;
  }

  private fileOf(folder: string): string {
    return join(this.dir, `${sha(folder).slice(0, 20)}.bin`);
  }

  private shardOf(id: string): Shard {
    const folder = posix.dirname(id);
    let shard = this.shards.get(folder);
    if (!shard) {
      let head: ShardHead | undefined;
      try {
        head = readShardHead(this.fileOf(folder), this.stamp);
      } catch {
        // Not cached yet, or a file another Node version wrote: its stories are read.
      }
      shard = { stories: head?.stories ?? new Map(), used: new Map(), dirty: false, ...(head ? { head } : {}) };
      this.shards.set(folder, shard);
    }
    return shard;
  }

  /** The digest of a story file's bytes, once this build looked it up (page digests use it). */
  digestOf(path: string): string | undefined {
    return this.digests.get(path);
  }

  /**
   * The file's digest with the code's stamp: what changes whenever anything the build derives from
   * that file alone can change (its title, its plain text). Undefined before the file was looked up.
   */
  versionOf(path: string): string | undefined {
    const digest = this.digests.get(path);
    return digest === undefined ? undefined : `${this.code.slice(0, 16)}:${digest}`;
  }

  /**
   * The outcome an earlier build had for the bytes now at `path`, with `data`'s own entries; when
   * there is none, the file's bytes, read once (parse these: their digest is the one kept). `st` is
   * the file's stat, taken after reading the clock `at` (`now()`).
   */
  lookup(contentDir: string, path: string, data: SiteData, st: BigIntStats, at: number): StoryOutcome | Uint8Array {
    if (this.stampOf !== data) {
      const { siteJson, ...parsed } = data;
      this.stamp = sha(`${this.code}\0${JSON.stringify(parsed)}`);
      this.stampOf = data;
      this.shards.clear();
    }
    const id = idOf(contentDir, path);
    const before = this.seenBefore().get(id);
    let seen = unchanged(before, st) ? before! : undefined;
    let bytes: Uint8Array | undefined;
    if (!seen) {
      bytes = readFileSync(path);
      seen = seenOf(st, at, sha(bytes));
    }
    const shard = this.shardOf(id);
    const hit = shard.stories.get(id);
    shard.stories.delete(id);
    if (!hit || hit.digest !== seen.digest) {
      shard.dirty = true;
      // Read now if the stat vouched for bytes the cache no longer holds: the digest kept is of what is parsed.
      if (!bytes) {
        bytes = readFileSync(path);
        seen = seenOf(st, at, sha(bytes));
      }
      this.see(path, id, seen, true);
      return bytes;
    }
    this.see(path, id, seen, bytes !== undefined);
    fromIndexes(hit.valid, data);
    const raw = { ...hit.valid.raw, id, sourcePath: path, file: displayPath(path), data: NOT_KEPT };
    hit.valid.raw = new KeptRaw(raw, () => this.textOf(shard, id, path, hit.digest)) as unknown as RawArticle;
    shard.used.set(id, hit);
    this.entries.set(path, [shard, hit]);
    this.hits++;
    return { valid: hit.valid, ...(hit.pictures ? { pictures: hit.pictures } : {}) };
  }

  /**
   * A kept story's front-matter text and body, from its folder's tail (read once, for the first story
   * of the folder whose text is asked for), or, should that file have changed since its head was
   * read, from the story's own file, which must still hold the bytes this build found there.
   */
  private textOf(shard: Shard, id: string, path: string, digest: string): StoryText {
    if (shard.texts === undefined) {
      shard.texts = (shard.head && readShardText(this.fileOf(posix.dirname(id)), shard.head)) ?? null;
      log('text of %s read for %s', posix.dirname(id), id);
    }
    return shard.texts?.get(id) ?? textFromFile(id, path, digest);
  }

  private seenBefore(): Map<string, Seen> {
    if (!this.seen) {
      try {
        this.seen = deserialize(readFileSync(join(this.dir, 'stats.v8'))) as Map<string, Seen>;
      } catch {
        this.seen = new Map();
      }
    }
    return this.seen;
  }

  private see(path: string, id: string, seen: Seen, read: boolean): void {
    this.digests.set(path, seen.digest);
    this.seenNow.set(id, seen);
    if (read) {
      this.reads++;
      this.seenChanged = true;
    }
  }

  /** Keeps a story just read and found valid (after `lookup` missed it). */
  remember(contentDir: string, path: string, outcome: StoryOutcome): void {
    const digest = this.digests.get(path);
    const id = idOf(contentDir, path);
    if (!digest) return;
    const shard = this.shardOf(id);
    const stored: Stored = { digest, ...outcome };
    shard.used.set(id, stored);
    this.entries.set(path, [shard, stored]);
  }

  /**
   * `make()`, kept with the story at `sourcePath` for the next builds (see KeepWith): a build makes
   * it again only for a story it read. A value must be what v8.serialize keeps as it is (plain data).
   */
  keep<T>(sourcePath: string, name: string, make: () => T): T {
    const at = this.entries.get(sourcePath);
    if (!at) return make();
    const [shard, stored] = at;
    if (stored.kept && name in stored.kept) return stored.kept[name] as T;
    const value = make();
    // Values made with other data files or code do not outlive the entry: its stamp covers them.
    stored.kept = { ...stored.kept, [name]: value };
    shard.dirty = true;
    return value;
  }

  /**
   * Writes the folders whose stories changed for the next build (under a temporary name, then
   * renamed: a build killed here leaves the previous file), and deletes those of folders that
   * have no story left.
   */
  save(): void {
    const data = this.stampOf;
    if (!data) return;
    const index = refIndex(data);
    const keep = new Set<string>();
    for (const [folder, shard] of this.shards) {
      const file = this.fileOf(folder);
      if (shard.used.size > 0) keep.add(basename(file));
      if (!shard.dirty && shard.stories.size === 0) continue;
      writeAtomically(file, packShard(this.stamp, shard.used, index));
    }
    let names: string[] = [];
    try {
      names = readdirSync(this.dir);
    } catch {}
    for (const name of names) if (name.endsWith('.bin') && !keep.has(name)) rmSync(join(this.dir, name), { force: true });
    this.pictures?.save();
    if (this.seenChanged || this.seenNow.size !== this.seenBefore().size)
      writeAtomically(join(this.dir, 'stats.v8'), serialize(this.seenNow));
  }
}

/** The `data` of a story from the cache (see RawArticle.data): only validation reads it. */
const NOT_KEPT: Readonly<Record<string, unknown>> = Object.freeze({});

/** A story's path inside the content folder; a plain cut for the paths the walk gives (100,000 a build). */
function idOf(contentDir: string, path: string): string {
  if (path.startsWith(contentDir) && path[contentDir.length] === sep && !path.includes(`${sep}.`))
    return sep === '/'
      ? path.slice(contentDir.length + 1)
      : path
          .slice(contentDir.length + 1)
          .split(sep)
          .join('/');
  return relative(contentDir, path).split('\\').join('/');
}
