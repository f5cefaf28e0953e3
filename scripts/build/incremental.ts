import { statSync } from 'node:fs';
import { join } from 'node:path';
import { debuglog } from 'node:util';
import type { SiteModel } from '../eleventy/model.ts';
import { removeInBackground } from '../publish/swap.ts';
import { PageCache, pageFile, type CachedPage } from './page-cache.ts';
import { pruneRecords, readPublished, recordPublished } from './published.ts';
import { pageDigests, siteStamp, type SourceDigest } from './page-digests.ts';
import type { RenderSubset } from './render.ts';
import type { LiveSite } from './output-diff.ts';
import { KnownFiles } from './known-files.ts';
import { clearStale, keepPrevious, PREVIOUS_RECORD, type PreviousSite } from './previous-site.ts';
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
   * keeps its new pages for later builds, forgets pages no longer used, and keeps the site it
   * replaced (now at `oldDir`; its files in `oldFiles` if the comparison listed them) for the next
   * build to update (previous-site.ts).
   */
  finish(siteDir: string, files?: string[], oldDir?: string, oldFiles?: readonly string[]): void;
}

const log = debuglog('samachar:build');

/** Whether a hard link from `a` can be made in `b` (one file system). */
function oneFileSystem(a: string, b: string): boolean {
  try {
    return statSync(a).dev === statSync(b).dev;
  } catch {
    return false;
  }
}

/**
 * Plans the render of `model` into `outDir` from `<cacheDir>/pages/`: every article and listing
 * page whose digest (page-digests.ts) a previous build rendered is linked into `outDir` now; the
 * others are returned to render. A change to the code, templates, data files or site assets
 * changes every digest, so that build renders everything (and refills the cache). When `outDir`
 * is the site of the build before last (`previous`), a page with the digest it had there stays as
 * it is and every other file of it is removed first.
 */
export function planPages(
  model: SiteModel,
  cacheDir: string,
  outDir: string,
  liveDir: string,
  source?: SourceDigest,
  previous?: PreviousSite,
): PagePlan {
  const { contentDir } = model.input;
  const pictures = new PictureDigests(contentDir, join(cacheDir, 'build', 'pictures.json'));
  // Every file of the content folder but the stories and pictures: data files (any new one too, like
  // an old-URL map), static pages, the site's own assets and root files.
  const stamp = siteStamp(model, codeStamp(), treeDigest(contentDir, ['_data', 'pages', 'assets', 'root']));
  const digests = pageDigests(model, stamp, pictures.digest, source);
  const pages: CachedPage[] = [];
  for (const [a, digest] of digests.articles) pages.push({ url: a.url, digest });
  for (const [l, digest] of digests.listings) pages.push({ url: l.url, digest });
  // Each page's file, once: it is looked up by path three times below (120,000 pages at 100,000 stories).
  const files = pages.map((p) => pageFile('', p.url));
  const cache = new PageCache(join(cacheDir, 'pages'));
  const present = new Set<number>();
  if (previous) {
    const keep = new Set<string>();
    pages.forEach((p, i) => {
      if (previous.pages.get(p.url) !== p.digest) return;
      present.add(i);
      keep.add(files[i]!);
    });
    const removed = clearStale(previous, keep);
    log('previous site: %d pages kept as they were, %d files removed', present.size, removed);
  }
  const copied = new Set<number>();
  // One listing of the cache serves the links now and, after the swap, the pages to store and the entries to remove.
  const entries = cache.entries();
  const missing = cache.reuse(outDir, pages, copied, present, entries);
  const record = join(cacheDir, 'published.json');
  const live = readPublished(record, liveDir);
  const rendered = new Set(missing);
  const known = new KnownFiles(outDir, [...files.filter((_, i) => !rendered.has(i)), ...(previous?.kept.keys() ?? [])]);
  known.seal();
  // A page kept from the previous site is a link to its cache entry, as the live one is, unless
  // the cache is on another file system (then every page is a copy, and is compared).
  const linked = present.size === 0 || oneFileSystem(cacheDir, outDir);
  const same = new Set<string>();
  pages.forEach((p, i) => {
    if (rendered.has(i) || copied.has(i) || (present.has(i) && !linked)) return;
    if (live.pages.get(p.url) === p.digest) same.add(files[i]!);
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
    live: { same, ...(live.files ? { files: live.files } : {}), next: (skip) => known.list(skip) },
    finish(siteDir, files, oldDir, oldFiles) {
      recordPublished(record, siteDir, pages, files);
      // The live site's record, when it was trusted, holds the replaced site's lists: its body is taken again.
      if (oldDir) keepPrevious(oldDir, siteDir, cacheDir, live.pages, live.files ?? oldFiles, live.files ? live.body : undefined);
      pruneRecords([record, join(cacheDir, PREVIOUS_RECORD)]);
      // The listing taken before rendering instead of a look-up per page (the store skips an entry
      // made since). Pages kept from the previous site are stored too: their entries may have gone
      // since (unused by the build in between), and the next build, on another previous site, links them from here.
      cache.store(
        siteDir,
        pages.filter((p, i) => (rendered.has(i) || present.has(i)) && !entries.has(p.digest)),
      );
      pictures.save();
      const stale = cache.unused(new Set(pages.map((p) => p.digest)), entries);
      removeInBackground(stale);
    },
  };
}
