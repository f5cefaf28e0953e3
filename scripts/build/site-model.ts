import { resolve } from 'node:path';
import { debuglog } from 'node:util';
import type { ContentCache } from '../content/index.ts';
import { ContentErrors } from '../content/errors.ts';
import { buildCatalog } from '../catalog/build.ts';
import { buildListings, listingUrl } from '../catalog/group.ts';
import { loadArticles, type LoadedArticles } from '../catalog/load.ts';
import { resolveOldUrls } from '../catalog/old-urls.ts';
import { buildTopics, topicKey } from '../catalog/topics.ts';
import type { Catalog } from '../catalog/types.ts';
import type { SiteConfig } from '../content/site-config.ts';
import type { BuildInput, RelatedEntry, SiteModel } from '../eleventy/model.ts';
import { computeRelated, reuseRelated } from './related-stage.ts';

const log = debuglog('samachar:build');

/** Dev-server shortcuts for a rebuild after an edit. */
export interface PrepareOptions {
  /** Re-read only files whose size or mtime changed. */
  cache?: ContentCache;
  /** Keep these related picks instead of recomputing them (see reuseRelated). */
  reuseRelatedFrom?: ReadonlyMap<string, readonly RelatedEntry[]>;
  /** Folder of the related lists' state between builds (`<cacheDir>/related/`): only changed lists are recomputed. */
  relatedCacheDir?: string;
  /** What a story's title and text were made from, by its file (the story cache's `versionOf`): see computeRelated. */
  storyVersion?: (sourcePath: string) => string | undefined;
  /** Called with the catalog as soon as it is built, before related stories (the build starts the search index there). */
  onCatalog?: (catalog: Catalog, site: SiteConfig) => void;
  /** Called with every valid story (drafts and future ones too) once the content has no errors: the build's warnings. */
  onLoaded?: (loaded: LoadedArticles) => void;
}

/** Loads, validates and prepares a site; throws `ContentErrors` listing every problem. */
export function prepareSite(input: BuildInput, options: PrepareOptions = {}): SiteModel {
  const { cache, reuseRelatedFrom } = options;
  const seconds: Record<string, number> = {};
  let t = performance.now();
  const contentDir = resolve(input.contentDir);
  const loaded = loadArticles(contentDir, cache);
  if (loaded.errors.length > 0) throw new ContentErrors(loaded.errors);
  options.onLoaded?.(loaded);
  const catalog = buildCatalog(loaded.articles, loaded.data, input);
  seconds.validate = (performance.now() - t) / 1000;
  options.onCatalog?.(catalog, loaded.data.site);

  t = performance.now();
  const related = reuseRelatedFrom
    ? reuseRelated(catalog, reuseRelatedFrom)
    : computeRelated(catalog, loaded.data.site.related, input.now, options.relatedCacheDir, options.storyVersion);
  seconds.related = (performance.now() - t) / 1000;

  const named = new Map([
    ...catalog.categories.map((c) => [topicKey(c.name), listingUrl.category(c.slug)] as const),
    ...catalog.districts.map((d) => [topicKey(d.name), listingUrl.district(d.slug)] as const),
  ]);
  const topics = buildTopics(catalog.articles, loaded.data.site.topics.minStories, named);
  const listings = buildListings(catalog, loaded.data.site.pageSize, topics.list);
  log('%d articles, %d topics, %d listing pages', catalog.articles.length, topics.list.length, listings.length);
  const pages = loaded.pages;
  const oldUrls = resolveOldUrls(loaded.oldUrls, catalog, pages, topics);
  return { input: { ...input, contentDir }, site: loaded.data.site, catalog, listings, pages, topics, related, oldUrls, seconds };
}

/**
 * A model for Eleventy running on its own (`npm start`, or the Eleventy CLI), prepared from the
 * environment: SAMACHAR_CONTENT (default `content`), SAMACHAR_DRAFTS=1 to show drafts and future articles.
 */
export function modelFromEnv(options: PrepareOptions = {}): SiteModel {
  const drafts = process.env.SAMACHAR_DRAFTS === '1';
  return prepareSite(
    { contentDir: process.env.SAMACHAR_CONTENT ?? 'content', includeDrafts: drafts, includeFuture: drafts, now: Date.now() },
    options,
  );
}
