import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

/** test/fixtures, absolute. */
export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** A throwaway copy of the fixture archive, with extra files written into it (path → text or bytes). */
export function copyArchive(extra: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'samachar-archive-'));
  cpSync(join(FIXTURES, 'archive'), dir, { recursive: true });
  for (const [path, contents] of Object.entries(extra)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  return dir;
}

/** A fresh empty temp folder. */
export function tempDir(prefix = 'samachar-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** One hash over every file's path and bytes: equal hashes mean an untouched folder. */
export function treeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else h.update(relative(dir, full)).update(readFileSync(full));
    }
  };
  walk(dir);
  return h.digest('hex');
}

/** Fixed build clock (2026-11-24 12:00 IST) so drafts/future decisions never depend on today. */
export const NOW = Date.parse('2026-11-24T12:00:00+05:30');
