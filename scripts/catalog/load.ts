import { loadContent, type ContentCache } from '../content/index.ts';
import type { KeepWith } from '../content/story-cache.ts';
import type { ContentError } from '../content/errors.ts';
import type { SiteData } from '../content/data-files.ts';
import type { ValidArticle } from '../content/validate.ts';
import { toArticle } from './build.ts';
import { checkUniqueUrls } from './unique.ts';
import { checkPageUrls, toPage, type Page } from './pages.ts';
import type { Article } from './types.ts';
import { loadOldUrls, type OldUrl } from '../content/old-urls.ts';
import { checkOldUrlFiles } from './old-urls.ts';

/** A content folder as the catalog sees it: the data files, every valid article, every problem. */
export interface LoadedArticles {
  data: SiteData;
  /** All valid articles, drafts and future ones included (buildCatalog decides what to publish). */
  articles: Article[];
  /** Static pages (content/pages/), each at `/<slug>/`. */
  pages: Page[];
  /** `_data/wordpress-redirects.json`: old addresses of an imported site (empty without one). */
  oldUrls: OldUrl[];
  errors: ContentError[];
  /** See LoadedContent.keep. */
  keep?: KeepWith;
}

/**
 * One Article per validated record. The dev server's content cache hands back the same record for an
 * unchanged file, so it gets the same Article too: the dev server tells what changed by identity.
 */
const articleOf = new WeakMap<ValidArticle, Article>();

function articleFor(record: ValidArticle): Article {
  let a = articleOf.get(record);
  if (!a) {
    a = toArticle(record);
    articleOf.set(record, a);
  }
  return a;
}

/**
 * Reads and validates a content folder (content/), then derives each article's URL and facts and
 * checks what only the whole archive can show: two articles with one URL, an alias over a page of the
 * site or another alias. `npm run check`, the build and the dev server all go through here, so the
 * check refuses everything the build would.
 */
export function loadArticles(contentDir: string, cache?: ContentCache): LoadedArticles {
  const loaded = loadContent(contentDir, cache);
  const articles = loaded.records.map(articleFor);
  const valid = new Map(loaded.records.map((r, i) => [articles[i]!.id, r] as const));
  const errors = [...loaded.errors];
  const categories = new Set(loaded.data.categories.map((c) => c.slug));
  const pages = loaded.pages.map(toPage);
  const pageFiles = checkPageUrls(pages, new Map(loaded.pages.map((p) => [p.raw.id, p] as const)), categories, errors);
  checkUniqueUrls(articles, valid, categories, errors, pageFiles);
  const oldUrls = loadOldUrls(contentDir, loaded.data, errors);
  checkOldUrlFiles(oldUrls, new Set([...articles.map((a) => a.id), ...pages.map((p) => p.id)]), contentDir, errors);
  return { data: loaded.data, articles, pages, oldUrls, errors, ...(loaded.keep ? { keep: loaded.keep } : {}) };
}
