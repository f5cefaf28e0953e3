import { resolve } from 'node:path';
import { debuglog } from 'node:util';
import { ContentCache, loadContent } from '../content/index.ts';
import { formatErrors, type ContentError } from '../content/errors.ts';
import { buildCatalog, type PublishOptions } from '../catalog/build.ts';
import { buildListings, listingUrl, type ListingPage } from '../catalog/group.ts';
import { buildTopics, topicKey, type Topics } from '../catalog/topics.ts';
import type { Article, Catalog } from '../catalog/types.ts';
import type { SiteConfig } from '../content/site-config.ts';
import { computeRelated, reuseRelated, type RelatedEntry } from './related-stage.ts';
import type { RenderFocus } from './dev-focus.ts';

const log = debuglog('samachar:build');

/** Where to read content and what to publish. */
export interface BuildInput extends PublishOptions {
  contentDir: string;
}

/** Everything the templates need, computed once per build before Eleventy renders. */
export interface SiteModel {
  input: BuildInput;
  site: SiteConfig;
  catalog: Catalog;
  listings: readonly ListingPage[];
  /** Tags with a page of their own (`/vishay/<slug>/`), and the page of each tag. */
  topics: Topics;
  /** Article id → its related stories, best first. */
  related: ReadonlyMap<string, readonly RelatedEntry[]>;
  /** Wall time of each stage, in seconds (for the benchmark). */
  seconds: Record<string, number>;
  /** Dev server only: render just these (the rest of the output is still current). */
  focus?: RenderFocus;
}

/** Thrown when the content has problems; `report` is the full list for the editor. */
export class ContentErrors extends Error {
  constructor(readonly errors: readonly ContentError[]) {
    super(formatErrors(errors));
    this.name = 'ContentErrors';
  }
}

/** Dev-server shortcuts for a rebuild after an edit. */
export interface PrepareOptions {
  /** Re-read only files whose size or mtime changed. */
  cache?: ContentCache;
  /** Keep these related picks instead of recomputing them (see reuseRelated). */
  reuseRelatedFrom?: ReadonlyMap<string, readonly RelatedEntry[]>;
  /** Called with the catalog as soon as it is built, before related stories (the build starts the search index there). */
  onCatalog?: (catalog: Catalog, site: SiteConfig) => void;
}

/** Loads, validates and prepares a site; throws `ContentErrors` listing every problem. */
export function prepareSite(input: BuildInput, options: PrepareOptions = {}): SiteModel {
  const { cache, reuseRelatedFrom } = options;
  const seconds: Record<string, number> = {};
  let t = performance.now();
  const contentDir = resolve(input.contentDir);
  const loaded = loadContent(contentDir, cache);
  if (loaded.errors.length > 0) throw new ContentErrors(loaded.errors);
  const catalog = buildCatalog(loaded.articles, loaded.data, input);
  seconds.validate = (performance.now() - t) / 1000;
  options.onCatalog?.(catalog, loaded.data.site);

  t = performance.now();
  const related = reuseRelatedFrom ? reuseRelated(catalog, reuseRelatedFrom) : computeRelated(catalog, loaded.data.site.related, input.now);
  seconds.related = (performance.now() - t) / 1000;

  const named = new Map([
    ...catalog.categories.map((c) => [topicKey(c.name), listingUrl.category(c.slug)] as const),
    ...catalog.districts.map((d) => [topicKey(d.name), listingUrl.district(d.slug)] as const),
  ]);
  const topics = buildTopics(catalog.articles, loaded.data.site.topics.minStories, named);
  const listings = buildListings(catalog, loaded.data.site.pageSize, topics.list);
  log('%d articles, %d topics, %d listing pages', catalog.articles.length, topics.list.length, listings.length);
  return { input: { ...input, contentDir }, site: loaded.data.site, catalog, listings, topics, related, seconds };
}

let current: SiteModel | undefined;

/** Hands a prepared model to `.eleventy.ts` (same process), so content is read once per build. */
export function setSiteModel(model: SiteModel | undefined): void {
  current = model;
}

/**
 * The model for `.eleventy.ts`: the one the build command prepared, or, when Eleventy runs on its
 * own (`npm start`, or the Eleventy CLI), one prepared from the environment:
 * SAMACHAR_CONTENT (default `content`), SAMACHAR_DRAFTS=1 to show drafts and future articles.
 */
export function getSiteModel(options: PrepareOptions = {}): SiteModel {
  if (current) return current;
  const drafts = process.env.SAMACHAR_DRAFTS === '1';
  return prepareSite({ contentDir: process.env.SAMACHAR_CONTENT ?? 'content', includeDrafts: drafts, includeFuture: drafts, now: Date.now() }, options);
}

export type { Article };
