import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSearchScript } from '../bundle.ts';
import { MANIFEST_PATH, type SearchManifest } from '../manifest.ts';
import { WORDS_PATH } from '../browser/word-format.ts';
import { writeWordIndex, type WordIndexOptions } from '../word-index.ts';

/**
 * Makes a search built earlier in `outDir` current without indexing again (at 100,000 stories
 * Pagefind takes most of an hour): the word index and the manifest's entry for it are written anew
 * from the shards on disk (files of `fileBytes`, to compare sizes), and the browser script bundled again. Undefined when there is no search there; else the word index's files and the CPU seconds it took.
 */
export async function refreshBuiltSearch(
  outDir: string,
  fileBytes?: number,
  options: WordIndexOptions = {},
): Promise<{ cpuSeconds: number; files: number } | undefined> {
  const path = join(outDir, MANIFEST_PATH);
  if (!existsSync(path)) return undefined;
  const { words: _, ...manifest } = JSON.parse(readFileSync(path, 'utf8')) as SearchManifest;
  rmSync(join(outDir, WORDS_PATH), { recursive: true, force: true });
  const cpu = process.cpuUsage();
  // The tail is a shard named by its oldest day (`2026-11-21`), and left out as the build leaves it out.
  const leaveOut = /^\d{4}-\d{2}-\d{2}$/.test(manifest.shards[0]?.id ?? '') ? 1 : 0;
  const words = writeWordIndex(outDir, manifest.shards, { leaveOut, ...(fileBytes ? { fileBytes } : {}), ...options });
  const { user, system } = process.cpuUsage(cpu);
  writeFileSync(path, `${JSON.stringify({ ...manifest, ...(words ? { words } : {}) }, null, 1)}\n`);
  await bundleSearchScript(outDir);
  return { cpuSeconds: (user + system) / 1e6, files: words ? words.files + words.dirs.length : 0 };
}
