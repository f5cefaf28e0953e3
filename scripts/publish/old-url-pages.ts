import { existsSync } from 'node:fs';
import type { OldUrlRedirect } from '../catalog/old-urls.ts';
import { OLD_URLS_FILE } from '../content/old-urls.ts';
import { fileForPath, type Redirect } from './redirects.ts';

/**
 * The old addresses of `_data/wordpress-redirects.json` that a host can redirect by themselves (a path,
 * no query): a redirect page each, like an article's alias, so they work without JavaScript, and a
 * `_redirects` line while the host's limits allow (redirect-budget.ts). One the built site already has a file for (a page, an alias) is left to that
 * file; queries (`/?p=123`) are left to the 404 lookup (eleventy/old-url-lookup.ts).
 */
export function oldUrlRedirects(
  outDir: string,
  oldUrls: readonly OldUrlRedirect[],
  aliases: readonly Redirect[],
  exists: (path: string) => boolean = existsSync,
): Redirect[] {
  const taken = new Set(aliases.map((r) => fileKey(outDir, r.from)));
  const out: Redirect[] = [];
  for (const r of oldUrls) {
    if (r.from.includes('?')) continue;
    const from = encodeURI(r.from);
    const key = fileKey(outDir, from);
    if (!key || taken.has(key) || exists(key)) continue;
    taken.add(key);
    out.push({ from, to: r.to, title: r.title, source: OLD_URLS_FILE });
  }
  return out;
}

function fileKey(outDir: string, path: string): string | undefined {
  try {
    return fileForPath(outDir, path);
  } catch {
    return undefined;
  }
}
