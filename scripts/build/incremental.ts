import { join } from 'node:path';
import type { SiteModel } from '../eleventy/model.ts';
import { removeInBackground } from '../publish/swap.ts';
import { PageCache, pageFile, type CachedPage } from './page-cache.ts';
import { readPublished, recordPublished } from './published.ts';
import { pageDigests, siteStamp, type SourceDigest } from './page-digests.ts';
import type { RenderSubset } from './render.ts';
import type { LiveSite } from './output-diff.ts';
import { codeStamp, PictureDigests, treeDigest } from './stamps.ts';

/** What an incremental build renders and what it takes from earlier builds. */
export interface PagePlan {
  /** The article and listing pages to render: those no earlier build rendered with these inputs. */
  render: RenderSubset;
  /** Pages linked from the page cache instead. */
  reused: number;
  /** What is known of the live site without reading it (output-diff.ts). */
  live: LiveSite;
  /**
   * Once the site is in `siteDir` (its files listed in `files` when the comparison listed them):
   * keeps its new pages for later builds, forgets pages no longer used.
   */
  finish(siteDir: string, files?: string[]): void;
}

/** Paths per background `rm` (the command line has a length limit). */
const RM_BATCH = 2_000;

/**
 * Plans the render of `model` into `outDir` from `<cacheDir>/pages/`: every article and listing
 * page whose digest (page-digests.ts) a previous build rendered is linked into `outDir` now; the
 * others are returned to render. A change to the code, templates, data files or site assets
 * changes every digest, so that build renders everything (and refills the cache).
 */
export function planPages(model: SiteModel, cacheDir: string, outDir: string, liveDir: string, source?: SourceDigest): PagePlan {
  const { contentDir } = model.input;
  const pictures = new PictureDigests(contentDir, join(cacheDir, 'build', 'pictures.json'));
  // Every file of the content folder but the stories and pictures: data files (any new one too, like
  // an old-URL map), static pages, the site's own assets and root files.
  const stamp = siteStamp(model, codeStamp(), treeDigest(contentDir, ['_data', 'pages', 'assets', 'root']));
  const digests = pageDigests(model, stamp, pictures.digest, source);
  const pages: CachedPage[] = [];
  for (const [a, digest] of digests.articles) pages.push({ url: a.url, digest });
  for (const [l, digest] of digests.listings) pages.push({ url: l.url, digest });
  const cache = new PageCache(join(cacheDir, 'pages'));
  const copied = new Set<number>();
  const missing = cache.reuse(outDir, pages, copied);
  const record = join(cacheDir, 'published.json');
  const live = readPublished(record, liveDir);
  const rendered = new Set(missing);
  const same = new Set<string>();
  pages.forEach((p, i) => {
    if (!rendered.has(i) && !copied.has(i) && live.pages.get(p.url) === p.digest) same.add(pageFile('', p.url));
  });
  const articles = [...digests.articles.keys()];
  const listings = [...digests.listings.keys()];
  const render: RenderSubset = {
    articles: missing.filter((i) => i < articles.length).map((i) => articles[i]!),
    listings: missing.filter((i) => i >= articles.length).map((i) => listings[i - articles.length]!),
  };
  return {
    render,
    reused: pages.length - missing.length,
    live: { same, ...(live.files ? { files: live.files } : {}) },
    finish(siteDir, files) {
      recordPublished(record, siteDir, pages, files);
      cache.store(
        siteDir,
        missing.map((i) => pages[i]!),
      );
      pictures.save();
      const stale = cache.unused(new Set(pages.map((p) => p.digest)));
      for (let i = 0; i < stale.length; i += RM_BATCH) removeInBackground(stale.slice(i, i + RM_BATCH));
    },
  };
}
