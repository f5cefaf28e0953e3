import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { withSignature } from './pagefind-format.ts';
import { positionsFileName, wordFileName } from './browser/word-format.ts';
import type { PreviousIndex } from './previous-index.ts';

/**
 * Writes the word index's files into `folder`, each named by a hash of its bytes. With a cache
 * folder, a file some earlier build wrote with the same bytes is linked from there instead of
 * gzipped again (gzip is most of a join's CPU); the store is one cache entry (`words-gzip`, stamped
 * like the others), and `finish` removes the files this build did not use. With the index of the
 * site this build updates (`previous`), its word folder is taken over: a file it holds is left in
 * place (its name says its bytes), and `finish` removes those this build did not write.
 */
export class WordFiles {
  private readonly names = new Set<string>();
  /** Names whose word file has a positions file beside it. */
  private readonly positions = new Set<string>();
  private readonly store: string | undefined;
  private readonly kept: boolean;

  constructor(
    private readonly folder: string,
    cacheDir?: string,
    previous?: PreviousIndex,
  ) {
    this.kept = previous?.takeFolder('words', folder) ?? false;
    mkdirSync(folder, { recursive: true });
    this.store = cacheDir ? join(cacheDir, 'words-gzip') : undefined;
    if (this.store) mkdirSync(this.store, { recursive: true });
  }

  /**
   * Writes `raw` (before its signature and gzip) and returns its name, a hash of its bytes and
   * `positions`'; `positions`, when not empty, goes beside it as it is (`<name>.pf_pos`, read by
   * byte ranges, never gzipped: a range of a gzip stream cannot be read alone).
   */
  write(raw: Uint8Array, positions: Uint8Array = new Uint8Array()): string {
    const hash = createHash('sha256').update(raw).update(positions).digest('hex');
    let name = hash.slice(0, 10);
    // Two files of one build never share a name (at 5,000 files, about once in 200 million builds).
    for (let n = 20; this.names.has(name); n += 10) name = hash.slice(0, n);
    this.names.add(name);
    if (positions.length > 0) this.positions.add(name);
    if (this.recall(name)) return name;
    const packed = gzipSync(withSignature(raw), { level: 9 });
    const files: Array<[string, Uint8Array]> = [[wordFileName(name), packed]];
    if (positions.length > 0) files.push([positionsFileName(name), positions]);
    for (const [file, bytes] of files) {
      writeFileSync(join(this.folder, file), bytes);
      if (this.store) writeFileSync(join(this.store, file), bytes);
    }
    return name;
  }

  /**
   * Places the files of `name` (the word file, and its positions file when it has one) from the
   * previous folder or the store; false when neither holds them all. The store then holds every
   * file of the index just written, so that a build without this folder recalls it whole.
   */
  private recall(name: string): boolean {
    const files = this.filesOf(name);
    if (this.kept && files.every((f) => existsSync(join(this.folder, f)))) {
      if (this.store) for (const f of files) if (!existsSync(join(this.store, f))) place(join(this.folder, f), join(this.store, f));
      return true;
    }
    if (this.store && files.every((f) => existsSync(join(this.store!, f)))) {
      for (const f of files) place(join(this.store, f), join(this.folder, f));
      return true;
    }
    return false;
  }

  /** The files of `name`: its word file, and its positions file when it has one. */
  private filesOf(name: string): string[] {
    return this.positions.has(name) ? [wordFileName(name), positionsFileName(name)] : [wordFileName(name)];
  }

  /**
   * Lists `name`, a file of the index this build updates, as this build's without its bytes: left
   * in the previous folder, or linked from the store. Throws `NotKept` when neither holds it, or
   * when a join from nothing might have named it otherwise (a longer name, or one taken already).
   */
  keep(name: string): void {
    if (name.length !== 10 || this.names.has(name)) throw new NotKept(name);
    this.names.add(name);
    // A kept word file has a positions file when the folder or the store it comes from has one.
    const where = this.kept && existsSync(join(this.folder, wordFileName(name))) ? this.folder : this.store;
    if (where && existsSync(join(where, positionsFileName(name)))) this.positions.add(name);
    if (!this.recall(name)) throw new NotKept(name);
  }

  /** Stamps the store as used and removes the files of earlier builds that this one did not write; returns the files this one wrote. */
  finish(): string[] {
    const written = [...this.names].flatMap((n) => this.filesOf(n));
    if (this.kept)
      for (const f of readdirSync(this.folder)) if (!this.used(f)) rmSync(join(this.folder, f), { recursive: true, force: true });
    if (!this.store) return written;
    for (const f of readdirSync(this.store)) if (/\.pf_(words|pos)$/.test(f) && !this.used(f)) rmSync(join(this.store, f), { force: true });
    writeFileSync(join(this.store, '.shard.json'), '{}');
    return written;
  }

  /** Whether `file` is one this build wrote. */
  private used(file: string): boolean {
    const name = file.replace(/\.pf_(words|pos)$/, '');
    return name !== file && this.names.has(name) && (file.endsWith('.pf_words') || this.positions.has(name));
  }
}

/** A word file an update would keep that it cannot: the caller joins from nothing instead. */
export class NotKept extends Error {
  constructor(name: string) {
    super(`word file ${name}: not kept`);
  }
}

/** `to` as a hard link of `from` (a copy where links are not possible). */
export function place(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
