import { statSync } from 'node:fs';
import { join } from 'node:path';
import { debuglog } from 'node:util';
import { msg } from './messages.ts';
import { ContentError } from './errors.ts';
import { loadSiteData, type SiteData } from './data-files.ts';
import { readArticle } from './load.ts';
import { walkContent } from './files.ts';
import { checkRootFiles } from './root-files.ts';
import { checkPictures, type PictureCache } from './images.ts';
import { checkAuthorPhotos } from './author-photos.ts';
import { checkSiteFiles } from './site-files.ts';
import { checkThemeLogo } from './theme-files.ts';
import { checkFooterPages, loadPages, type ValidPage } from './pages.ts';
import { pictureRefs, type PictureRef } from './picture-refs.ts';
import { displayPath } from './lines.ts';
import { siteConfigSchema } from './site-config.ts';
import { validateArticle, type ValidArticle } from './validate.ts';
import type { KeepWith, StoryCache } from './story-cache.ts';

const log = debuglog('samachar:content');

/** Everything read from a content folder: the data files, every valid article, every problem. */
export interface LoadedContent {
  data: SiteData;
  /**
   * Every article whose file passed validation, drafts and future ones included (the catalog
   * decides what to publish), in file order. An unchanged file read through a cache gives the same
   * object again, which the catalog and the dev server use to tell what changed.
   */
  records: ValidArticle[];
  /** Valid static pages of pages/ (read again on every load: a handful of files). */
  pages: ValidPage[];
  errors: ContentError[];
  /** Keeps values made from one story between builds, when loaded through a build's story cache. */
  keep?: KeepWith;
}

/** One file's outcome, kept by the dev server so an edit re-reads only the files that changed. */
interface CachedFile {
  mtimeNs: bigint;
  size: bigint;
  errors: ContentError[];
  pictures?: PictureRef[];
  valid?: ValidArticle;
}

/**
 * Reuse across `loadContent` calls in one process (the dev server). Entries are keyed by path and
 * trusted while size and mtime are unchanged; any change to the data files drops them all, since
 * every article is validated against them.
 */
export class ContentCache {
  dataStamp = '';
  readonly files = new Map<string, CachedFile>();
  readonly pictures: PictureCache = new Map();
  /** A build's cache of stories by their bytes, kept between builds (story-cache.ts). */
  stories?: StoryCache;
}

function dataStamp(contentDir: string): string {
  return ['site', 'categories', 'districts', 'authors', 'sources']
    .map((n) => {
      try {
        const st = statSync(join(contentDir, '_data', `${n}.json`));
        return `${st.mtimeMs}:${st.size}`;
      } catch {
        return '-';
      }
    })
    .join('|');
}

function readOne(contentDir: string, path: string, data: SiteData, stories?: StoryCache): CachedFile {
  const errors: ContentError[] = [];
  try {
    const at = stories?.now() ?? 0;
    const st = statSync(path, { bigint: true });
    const known = stories?.lookup(contentDir, path, data, st, at);
    if (known && !(known instanceof Uint8Array)) return { mtimeNs: st.mtimeNs, size: st.size, errors, ...known };
    const raw = readArticle(contentDir, path, errors, undefined, known);
    const valid = raw ? validateArticle(raw, data, errors) : undefined;
    // Pictures of an invalid article are checked too: every problem of a file at once.
    const image = typeof raw?.data.image === 'string' ? raw.data.image.trim() : undefined;
    const pictures = raw ? pictureRefs(raw, image || undefined) : undefined;
    if (valid) valid.bodyPictures = pictures?.flatMap((p) => (p.encoded ? [p.src] : [])) ?? [];
    if (valid && errors.length === 0) stories?.remember(contentDir, path, { valid, ...(pictures?.length ? { pictures } : {}) });
    return { mtimeNs: st.mtimeNs, size: st.size, errors, ...(pictures?.length ? { pictures } : {}), ...(valid ? { valid } : {}) };
  } catch (e) {
    // A file that vanished or lost its permissions between the walk and the read: an editor's
    // problem to report, not a crash. Not cached, so the next load tries again.
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return {
      mtimeNs: -1n,
      size: -1n,
      errors: [new ContentError(displayPath(path), 0, msg('file.unreadable', { why: code }), msg('picture.unreadableHint'))],
    };
  }
}

/** Settings used when the data files could not be read safely; nothing is built from them. */
const EMPTY_DATA: SiteData = {
  site: siteConfigSchema.parse({ title: 'समाचार', url: 'https://example.org' }),
  categories: [],
  districts: [],
  authors: [],
  sources: [],
};

/**
 * Reads and validates a whole content folder. It never throws for a content problem: every problem
 * of every file is collected so the editor sees them all at once. Problems between articles (two
 * with one URL, an alias over a page) are the catalog's: see catalog/load.ts.
 */
export function loadContent(contentDir: string, cache?: ContentCache): LoadedContent {
  const errors: ContentError[] = [];
  const found = walkContent(contentDir, errors);
  checkRootFiles(contentDir, found, errors);
  // A refused data file (a link to a file outside, a pipe) is never opened: the loader would read
  // it, and a JSON parse error quotes the text it read.
  if ([...found.refused].some((r) => r === '_data' || r.startsWith('_data/'))) return { data: EMPTY_DATA, records: [], pages: [], errors };
  const data = loadSiteData(contentDir, errors);
  // Without siteJson, site.json was refused and data.site holds the defaults, not what the editor wrote.
  if (data.siteJson) checkSiteFiles(contentDir, data.site, data.siteJson, found, errors);
  if (data.siteJson) checkThemeLogo(contentDir, data.site, data.siteJson, found, errors);
  checkAuthorPhotos(contentDir, data.authors, found, errors);
  const pages = loadPages(contentDir, found, errors);
  if (data.siteJson) checkFooterPages(data.site, data.siteJson, pages, errors);
  if (cache) {
    const stamp = dataStamp(contentDir);
    if (stamp !== cache.dataStamp) cache.files.clear();
    cache.dataStamp = stamp;
  }
  const files = found.articles;
  log('%d article files in %s', files.length, contentDir);
  const records: ValidArticle[] = [];
  const seen = new Set<string>();
  const pictures: Array<{ file: string; refs: PictureRef[] }> = [];
  for (const path of files) {
    let entry = cache?.files.get(path);
    if (entry) {
      const st = statSync(path, { bigint: true });
      if (st.mtimeNs !== entry.mtimeNs || st.size !== entry.size) entry = undefined;
    }
    if (!entry) {
      entry = readOne(contentDir, path, data, cache?.stories);
      cache?.files.set(path, entry);
    }
    seen.add(path);
    errors.push(...entry.errors);
    if (entry.pictures) pictures.push({ file: displayPath(path), refs: entry.pictures });
    if (entry.valid) records.push(entry.valid);
  }
  if (cache) for (const path of cache.files.keys()) if (!seen.has(path)) cache.files.delete(path);
  checkPictures(pictures, found, contentDir, data.site.images.maxPixels, errors, cache?.stories?.pictureChecks() ?? cache?.pictures);
  const stories = cache?.stories;
  return { data, records, pages, errors, ...(stories ? { keep: stories.keep.bind(stories) as KeepWith } : {}) };
}
