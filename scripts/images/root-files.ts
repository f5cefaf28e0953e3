import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { publishableRootFiles } from '../content/root-files.ts';

/**
 * Copies content/root/ to the top of the site (ads.txt, Google's verification file): only what
 * the check accepts (content/root-files.ts), found by the same walk, so a link, a script or a name
 * the build writes itself is never published even if the check was skipped. Bytes, never links.
 */
export function copyRootFiles(contentDir: string, outDir: string): number {
  const files = publishableRootFiles(contentDir);
  if (files.length) mkdirSync(outDir, { recursive: true });
  for (const rel of files) copyFileSync(join(contentDir, rel), join(outDir, rel.slice('root/'.length)));
  return files.length;
}
