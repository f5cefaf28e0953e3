import { join } from 'node:path';
import { debuglog } from 'node:util';
import { ContentError } from './errors.ts';
import { loadSiteData, type SiteData } from './data-files.ts';
import { listArticleFiles, readArticle } from './load.ts';
import { validateArticle, type ValidArticle } from './validate.ts';
import { checkUniqueUrls } from './unique.ts';
import { toArticle } from '../catalog/build.ts';
import type { Article } from '../catalog/types.ts';
import { listingUrl } from '../catalog/group.ts';

/** URLs of the site's own pages, which an article's slug or alias may not take. */
function reservedPaths(data: SiteData): Set<string> {
  return new Set([
    '/', '/khoj/', '/jila/', '/lekhak/', '/archive/', '/admin/',
    ...data.categories.map((c) => listingUrl.category(c.slug)),
    ...data.districts.map((d) => listingUrl.district(d.slug)),
    ...data.authors.map((a) => listingUrl.author(a.slug)),
  ]);
}

const log = debuglog('samachar:content');

/** Everything read from a content folder: the data files, every article, every problem. */
export interface LoadedContent {
  data: SiteData;
  /** All valid articles, drafts and future ones included (the catalog decides what to publish). */
  articles: Article[];
  errors: ContentError[];
}

/**
 * Reads and validates a whole content folder. It never throws for a content problem: every problem
 * of every file is collected so the editor sees them all at once.
 */
export function loadContent(contentDir: string): LoadedContent {
  const errors: ContentError[] = [];
  const data = loadSiteData(contentDir, errors);
  const files = listArticleFiles(join(contentDir, 'articles'));
  log('%d article files in %s', files.length, contentDir);
  const valid = new Map<string, ValidArticle>();
  const articles: Article[] = [];
  for (const path of files) {
    const raw = readArticle(contentDir, path, errors);
    if (!raw) continue;
    const v = validateArticle(raw, data, errors);
    if (!v) continue;
    valid.set(raw.id, v);
    articles.push(toArticle(v));
  }
  checkUniqueUrls(articles, valid, reservedPaths(data), errors);
  return { data, articles, errors };
}
