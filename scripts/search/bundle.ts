import { build } from 'esbuild';
import { join, resolve } from 'node:path';

const ENTRY = resolve(import.meta.dirname, 'browser/main.ts');

/**
 * Where the search page loads its script from, relative to the site root. Not under assets/:
 * hosts serve that folder as immutable (fingerprinted names), and this name is fixed because the
 * page is rendered before the script is bundled; pagefind/ is revalidated like the index itself.
 */
export const SEARCH_SCRIPT = 'pagefind/search.js';

/**
 * Bundles the browser-side search (query handling, ranking, the page's UI) into one small ES
 * module at `<outDir>/pagefind/search.js`. Pagefind's own runtime is not bundled: it is imported at
 * run time from the index folder, so it always matches the index it reads.
 */
export async function bundleSearchScript(outDir: string): Promise<number> {
  const result = await build({
    entryPoints: [ENTRY],
    outfile: join(outDir, SEARCH_SCRIPT),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
}
