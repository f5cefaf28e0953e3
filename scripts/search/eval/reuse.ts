import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSearchScript } from '../bundle.ts';
import { MANIFEST_PATH, type SearchManifest } from '../manifest.ts';
import { WORDS_PATH } from '../browser/word-format.ts';
import { writeWordIndex } from '../word-index.ts';

/**
 * Makes a search built earlier in `outDir` current without indexing again (at 100,000 stories
 * Pagefind takes most of an hour): the word index and the manifest's entry for it are written anew
 * from the shards on disk (files of `fileBytes`, to compare sizes), and the browser script bundled again. Undefined when there is no search there; else the word index's files and the CPU seconds it took.
 */
export async function refreshBuiltSearch(outDir: string, fileBytes?: number): Promise<{ cpuSeconds: number; files: number } | undefined> {
  const path = join(outDir, MANIFEST_PATH);
  if (!existsSync(path)) return undefined;
  const { words: _, ...manifest } = JSON.parse(readFileSync(path, 'utf8')) as SearchManifest;
  rmSync(join(outDir, WORDS_PATH), { recursive: true, force: true });
  const cpu = process.cpuUsage();
  const words = writeWordIndex(outDir, manifest.shards, fileBytes ? { fileBytes } : {});
  const { user, system } = process.cpuUsage(cpu);
  writeFileSync(path, `${JSON.stringify({ ...manifest, ...(words ? { words } : {}) }, null, 1)}\n`);
  await bundleSearchScript(outDir);
  return { cpuSeconds: (user + system) / 1e6, files: words ? words.files + words.keys.length : 0 };
}
