import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { withSignature } from './pagefind-format.ts';
import { wordFileName } from './browser/word-format.ts';
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

  /** Writes `raw` (CBOR, before its signature and gzip) and returns its name. */
  write(raw: Uint8Array): string {
    const hash = createHash('sha256').update(raw).digest('hex');
    let name = hash.slice(0, 10);
    // Two files of one build never share a name (at 5,000 files, about once in 200 million builds).
    for (let n = 20; this.names.has(name); n += 10) name = hash.slice(0, n);
    this.names.add(name);
    const file = wordFileName(name);
    const kept = this.store ? join(this.store, file) : undefined;
    if (this.kept && existsSync(join(this.folder, file))) {
      // The store holds every file of the index just written, so that a build without this folder recalls it whole.
      if (kept && !existsSync(kept)) place(join(this.folder, file), kept);
      return name;
    }
    if (kept && existsSync(kept)) {
      place(kept, join(this.folder, file));
      return name;
    }
    const packed = gzipSync(withSignature(raw), { level: 9 });
    writeFileSync(join(this.folder, file), packed);
    if (kept) writeFileSync(kept, packed);
    return name;
  }

  /**
   * Lists `name`, a file of the index this build updates, as this build's without its bytes: left
   * in the previous folder, or linked from the store. Throws `NotKept` when neither holds it, or
   * when a join from nothing might have named it otherwise (a longer name, or one taken already).
   */
  keep(name: string): void {
    if (name.length !== 10 || this.names.has(name)) throw new NotKept(name);
    this.names.add(name);
    const file = wordFileName(name);
    const kept = this.store ? join(this.store, file) : undefined;
    if (this.kept && existsSync(join(this.folder, file))) {
      if (kept && !existsSync(kept)) place(join(this.folder, file), kept);
      return;
    }
    if (!kept || !existsSync(kept)) throw new NotKept(name);
    place(kept, join(this.folder, file));
  }

  /** Stamps the store as used and removes the files of earlier builds that this one did not write; returns the files this one wrote. */
  finish(): string[] {
    const written = [...this.names].map(wordFileName);
    if (this.kept)
      for (const f of readdirSync(this.folder)) if (!this.used(f)) rmSync(join(this.folder, f), { recursive: true, force: true });
    if (!this.store) return written;
    for (const f of readdirSync(this.store)) if (f.endsWith('.pf_words') && !this.used(f)) rmSync(join(this.store, f), { force: true });
    writeFileSync(join(this.store, '.shard.json'), '{}');
    return written;
  }

  /** Whether `file` is one this build wrote. */
  private used(file: string): boolean {
    return file.endsWith('.pf_words') && this.names.has(file.slice(0, -'.pf_words'.length));
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
