import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const PROJECT_ROOT = join(import.meta.dirname, '../..');

/** Every file under `dir`, sorted, as paths relative to `base`. */
function filesUnder(dir: string, base: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(base, join(e.parentPath, e.name)))
    .sort();
}

/** A digest of the bytes of every file under `dirs` (relative to `base`), names included. */
export function treeDigest(base: string, dirs: readonly string[]): string {
  const h = createHash('sha1');
  for (const d of dirs)
    for (const rel of filesUnder(join(base, d), base)) {
      h.update(`${rel}\0`);
      h.update(readFileSync(join(base, rel)));
    }
  return h.digest('hex');
}

let code: string | undefined;

/**
 * The code that turns content into pages: templates and their assets (layouts/), the build's
 * TypeScript (scripts/), the Eleventy config, and the locked dependency versions. Read once per
 * process (about 500 small files). A change here renders every page again.
 */
export function codeStamp(): string {
  code ??= createHash('sha1')
    .update(treeDigest(PROJECT_ROOT, ['layouts', 'scripts']))
    .update(readFileSync(join(PROJECT_ROOT, '.eleventy.ts')))
    .update(readFileSync(join(PROJECT_ROOT, 'package-lock.json')))
    .update(process.version)
    .digest('hex');
  return code;
}

interface Known {
  size: number;
  mtimeMs: number;
  digest: string;
}

/**
 * Digests of pictures' bytes, kept in `file` between builds by size and modification time, so a
 * build reads only pictures that are new or changed since the last one (a fresh clone, whose files
 * all have new times, reads each picture once).
 */
export class PictureDigests {
  private known: Record<string, Known>;
  private used: Record<string, Known> = {};

  constructor(
    private readonly contentDir: string,
    private readonly file: string,
  ) {
    try {
      this.known = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Known>;
    } catch {
      this.known = {};
    }
  }

  /** The digest of `content/<key>`, '' when it is not a file (the check reports that). */
  readonly digest = (key: string): string => {
    const seen = this.used[key];
    if (seen) return seen.digest;
    let st: import('node:fs').Stats;
    try {
      st = statSync(join(this.contentDir, key));
    } catch {
      return '';
    }
    if (!st.isFile()) return '';
    const old = this.known[key];
    const entry =
      old && old.size === st.size && old.mtimeMs === st.mtimeMs
        ? old
        : {
            size: st.size,
            mtimeMs: st.mtimeMs,
            digest: createHash('sha1')
              .update(readFileSync(join(this.contentDir, key)))
              .digest('hex'),
          };
    this.used[key] = entry;
    return entry.digest;
  };

  /** Keeps the digests of the pictures this build used, for the next one. */
  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify(this.used));
  }
}
