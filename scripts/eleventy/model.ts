import type { PublishOptions } from '../catalog/build.ts';
import type { ListingPage } from '../catalog/group.ts';
import type { Page } from '../catalog/pages.ts';
import type { Topics } from '../catalog/topics.ts';
import type { Article, Catalog } from '../catalog/types.ts';
import type { OldUrlRedirect } from '../catalog/old-urls.ts';
import type { SiteConfig } from '../content/site-config.ts';
import type { RenderFocus } from './dev-focus.ts';

/** Where to read content and what to publish. */
export interface BuildInput extends PublishOptions {
  contentDir: string;
}

/** One story in an article's related block. */
export interface RelatedEntry {
  article: Article;
  score: number;
  fallback: boolean;
}

/**
 * Everything the templates need, computed once per build before Eleventy renders (by
 * build/site-model.ts). The Eleventy plugins read it and nothing else.
 */
export interface SiteModel {
  input: BuildInput;
  site: SiteConfig;
  catalog: Catalog;
  listings: readonly ListingPage[];
  /** Static pages (About, Contact, the policies), each at `/<slug>/`. */
  pages: readonly Page[];
  /** Tags with a page of their own (`/vishay/<slug>/`), and the page of each tag. */
  topics: Topics;
  /** Article id → its related stories, best first. */
  related: ReadonlyMap<string, readonly RelatedEntry[]>;
  /** Old addresses of an imported site (`_data/wordpress-redirects.json`) and where they lead now. */
  oldUrls?: readonly OldUrlRedirect[];
  /** Wall time of each stage, in seconds (for the benchmark). */
  seconds: Record<string, number>;
  /** Dev server only: render just these (the rest of the output is still current). */
  focus?: RenderFocus;
}

/** Where a programmatic run puts its model on Eleventy's config object for `.eleventy.ts`. */
const MODEL = Symbol.for('samachar.siteModel');

/**
 * Hands a prepared model to `.eleventy.ts`: the build passes this as Eleventy's `config` option, which
 * Eleventy runs on the same config object before it loads `.eleventy.ts`. Content is then read once
 * per build, and no module-level state carries a model from one run to the next.
 */
export function attachModel(model: SiteModel): (eleventyConfig: unknown) => void {
  return (eleventyConfig) => {
    (eleventyConfig as Record<symbol, unknown>)[MODEL] = model;
  };
}

/** The model a programmatic run attached, or undefined when Eleventy runs on its own (`npm start`). */
export function attachedModel(eleventyConfig: object): SiteModel | undefined {
  return (eleventyConfig as Record<symbol, SiteModel | undefined>)[MODEL];
}
