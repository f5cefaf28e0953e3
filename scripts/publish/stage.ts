import { debuglog } from 'node:util';
import { writeHeaders } from './headers.ts';
import { collectRedirects, writeRedirects } from './redirects.ts';
import { oldUrlRedirects } from './old-url-pages.ts';
import { sitePolicy } from './site-policy.ts';
import type { SiteModel } from '../eleventy/model.ts';
import { hadLegacyNumbering, legacyPageRedirects } from '../catalog/page-numbers.ts';
import { deployHost, HOST_LIMITS } from './host-limits.ts';
import { plainFiles, type SiteFiles } from './site-files.ts';

const log = debuglog('samachar:publish');

/**
 * The last stage before the swap: redirect pages for aliases, `_redirects` and `_headers`. It runs
 * after the search index so that redirect pages are never indexed and `_headers` sees Pagefind's
 * files. `files`: how they are written (site-files.ts). Returns its wall time in seconds.
 */
export function publishFiles(model: SiteModel, outDir: string, files: SiteFiles = plainFiles): { hostFiles: number } {
  const t = performance.now();
  const legacy = hadLegacyNumbering(model.oldUrls) ? legacyPageRedirects(model.listings, model.site.pageSize) : [];
  const oldPages = legacy.map((r) => ({ ...r, source: r.from, status: 302 as const }));
  const aliases = collectRedirects(model.catalog.articles);
  const imported = oldUrlRedirects(outDir, model.oldUrls ?? [], [...aliases, ...oldPages], (path) => files.exists(path));
  // Within what the host reads (docs/wordpress.md, "Host limits"); a line says what was left out.
  const limits = HOST_LIMITS[deployHost(process.env)];
  const traffic = {
    listings: new Map(model.listings.filter((l) => l.pageNumber === 1).map((l) => [l.baseUrl, l.total ?? 0] as const)),
    stories: new Map(model.catalog.articles.map((a) => [a.url, a.date] as const)),
  };
  const redirects = writeRedirects(outDir, model.catalog.articles, model.site.url, [...oldPages, ...imported], {
    limits,
    traffic,
    files,
    aliases,
  });
  // _headers lists the site's top folders and counts what they hold: nothing of the previous site may linger.
  files.removeUnwritten(['_headers']);
  const headers = writeHeaders(outDir, sitePolicy(model.site), limits.headerRules, redirects.redirectOnly, (file, text) =>
    files.write(file, text),
  );
  for (const note of [redirects.note, headers.note]) if (note) console.warn(`samachar: ${note}`);
  log('%d redirects, %d header rules', redirects.redirects, headers.rules.length);
  return { hostFiles: (performance.now() - t) / 1000 };
}
