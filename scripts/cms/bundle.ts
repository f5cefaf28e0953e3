import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fingerprint, type Asset } from '../eleventy/assets.ts';

const require = createRequire(import.meta.url);

/** The CMS script and the files it loads next to itself, under one fingerprinted folder. */
export interface CmsBundle {
  /** URL of the main script, like `/assets/cms/3f2a9c01de/sveltia-cms.js`. */
  scriptUrl: string;
  assets: Asset[];
}

/**
 * Sveltia CMS from node_modules, served by the site itself instead of a CDN. The script loads its
 * lazy chunks (`chunks/*.js`) relative to its own URL, so the chunk names cannot carry a hash:
 * the folder does, which keeps every file under `/assets/` safe to cache for a year.
 * Source maps are left out (10 MB that editors never need).
 */
export function cmsBundle(): CmsBundle {
  // The package exports only its ES module entry (npm/index.js); dist/ sits beside npm/.
  const dist = join(dirname(require.resolve('@sveltia/cms')), '..', 'dist');
  const main = readFileSync(join(dist, 'sveltia-cms.js'));
  const chunkDir = join(dist, 'chunks');
  const chunks = readdirSync(chunkDir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((name) => ({ name, contents: readFileSync(join(chunkDir, name)) }));
  const base = `/assets/cms/${fingerprint(Buffer.concat([main, ...chunks.map((c) => c.contents)]))}`;
  return {
    scriptUrl: `${base}/sveltia-cms.js`,
    assets: [
      { url: `${base}/sveltia-cms.js`, contents: main },
      ...chunks.map((c) => ({ url: `${base}/chunks/${c.name}`, contents: c.contents })),
    ],
  };
}
