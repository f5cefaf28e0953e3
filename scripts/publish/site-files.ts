import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * How the stages after rendering write the files beside the pages (feeds, sitemaps, redirect pages,
 * `_redirects`, `_headers`) and ask what the built site holds. A merge updates the site of the build
 * before last, whose such files stay in place until written again (build/kept-files.ts): `exists`
 * answers for the site this build made, as if built into an empty folder.
 */
export interface SiteFiles {
  /** Whether the build has made this file or folder (absolute path). */
  exists(path: string): boolean;
  /** Writes a file (absolute path), creating its folder. */
  write(file: string, contents: string): void;
  /** Removes what the site held before this build that it has not written, but `except` (relative to the site). */
  removeUnwritten(except?: readonly string[]): void;
}

/** Files of a build into an empty folder: plain writes. */
export const plainFiles: SiteFiles = {
  exists: (path) => existsSync(path),
  write(file, contents) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
  },
  removeUnwritten() {},
};
