import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SearchManifest } from './manifest.ts';
import type { ShardOutput } from './pagefind-shard.ts';

/**
 * The search index of the site a merge updates (`pagefind/` of the build before last, moved aside
 * by build/previous-site.ts), taken over folder by folder instead of linking every file from the
 * cache again: at 100,000 stories that linking was 133,000 files and most of a merge's search stage.
 *
 * Nothing is recorded for it: its own manifest says what each shard folder holds. A shard's
 * metadata file is named by a hash of its bytes, and the metadata names every other file of the
 * shard (chunks and page files are named by content or by the shard's cache key), so a folder whose
 * manifest entry has the metadata name and file names of a cached shard, and as many files, holds
 * that shard's bytes. The site itself was trusted as recorded (previous.json) before it got here.
 * Whatever is not taken stays in the aside folder, which the caller removes.
 */
export class PreviousIndex {
  /** `meta\nnames` → the folder of that shard in the aside index. */
  private readonly shards = new Map<string, string>();

  /** `dir`: the previous site's `pagefind/`, moved aside; missing or unreadable, nothing is taken. */
  constructor(readonly dir: string) {
    let manifest: SearchManifest;
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as SearchManifest;
    } catch {
      return;
    }
    for (const s of manifest.shards ?? [])
      if (/^[\w-]+$/.test(s.id) && s.path === `pagefind/${s.id}/`) this.shards.set(shardName(s.meta, s.names), join(dir, s.id));
  }

  /**
   * Moves the previous build's folder of the shard `output` describes to `target` (which must not
   * exist yet) when it holds exactly that shard; false when there is none (then nothing moved).
   */
  takeShard(output: ShardOutput, target: string): boolean {
    const name = shardName(output.meta, output.names);
    const from = this.shards.get(name);
    if (!from) return false;
    this.shards.delete(name);
    if (countFiles(from) !== output.files || existsSync(target)) return false;
    mkdirSync(dirname(target), { recursive: true });
    renameSync(from, target);
    return true;
  }

  /**
   * Moves the previous build's folder `rel` (relative to `pagefind/`: `words`, `roman`) to
   * `target` when there is one (holding exactly the files `only` names, when given); the caller
   * then keeps only the files it would have written.
   */
  takeFolder(rel: string, to: string, only?: readonly string[]): boolean {
    const from = join(this.dir, rel);
    const target = to.replace(/[\\/]+$/, '');
    if (!existsSync(from) || existsSync(target)) return false;
    if (only && !sameNames(readdirSync(from), only)) return false;
    mkdirSync(dirname(target), { recursive: true });
    renameSync(from, target);
    return true;
  }
}

/**
 * Writes bucket files `0.json` … into `folder` as `list` has them, taking the previous build's
 * folder over when there is one: a bucket with the same bytes is left as it is, another written
 * anew (unlinked first, never edited in place), and buckets past the list removed.
 */
export function writeBuckets(folder: string, list: readonly string[], previous: PreviousIndex | undefined, rel: string): void {
  const kept = previous?.takeFolder(rel, folder) ?? false;
  if (!kept) mkdirSync(folder, { recursive: true });
  list.forEach((json, n) => {
    const file = join(folder, `${n}.json`);
    if (kept && sameText(file, json)) return;
    if (kept) rmSync(file, { force: true });
    writeFileSync(file, json);
  });
  if (kept) for (const f of readdirSync(folder)) if (!isBucket(f, list.length)) rmSync(join(folder, f), { recursive: true, force: true });
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(b);
  return a.length === b.length && set.size === b.length && a.every((n) => set.has(n));
}

const shardName = (meta: string, names: string | undefined) => `${meta}\n${names ?? ''}`;

/** Whether `name` is one of the `count` bucket files. */
function isBucket(name: string, count: number): boolean {
  const m = /^(0|[1-9]\d*)\.json$/.exec(name);
  return m !== null && Number(m[1]) < count;
}

function sameText(file: string, text: string): boolean {
  try {
    return readFileSync(file).equals(Buffer.from(text));
  } catch {
    return false;
  }
}

function countFiles(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => !e.isDirectory()).length;
  } catch {
    return -1;
  }
}
