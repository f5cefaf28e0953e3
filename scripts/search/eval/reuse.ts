import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSearchScript } from '../bundle.ts';
import { MANIFEST_PATH, type SearchManifest } from '../manifest.ts';
import { WORDS_PATH } from '../browser/word-format.ts';
import { writeWordIndex } from '../word-index.ts';

/**
 * Makes a search built earlier in `outDir` current without indexing again (at 100,000 stories
 * Pagefind takes most of an hour): the word index and the manifest's entry for it are written anew
 * from the shards on disk, and the browser script bundled again. False when there is no search there.
 */
export async function refreshBuiltSearch(outDir: string): Promise<boolean> {
  const path = join(outDir, MANIFEST_PATH);
  if (!existsSync(path)) return false;
  const { words: _, ...manifest } = JSON.parse(readFileSync(path, 'utf8')) as SearchManifest;
  rmSync(join(outDir, WORDS_PATH), { recursive: true, force: true });
  const words = writeWordIndex(outDir, manifest.shards);
  writeFileSync(path, `${JSON.stringify({ ...manifest, ...(words ? { words } : {}) }, null, 1)}\n`);
  await bundleSearchScript(outDir);
  return true;
}
