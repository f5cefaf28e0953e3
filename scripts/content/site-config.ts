import { z } from 'zod';
import { SLUG_PATTERN } from './schema.ts';
import { sitePathSchema, siteUrlSchema } from './site-urls.ts';
import { DEFAULT_MAX_SHARD_ARTICLES } from './search-settings.ts';
import { relatedConfigSchema } from './related-settings.ts';
import { adsConfigSchema } from './ads-config.ts';
import { analyticsConfigSchema } from './analytics-config.ts';
import { pathPrefixSchema, siteAddress, urlFolderProblem } from './path-prefix.ts';
import { addMessageIssue } from './site-issues.ts';
import { themeSchema } from './theme-config.ts';
import { socialSchema } from './social-config.ts';
import { warningSettingsSchema } from './warning-settings.ts';
import { cmsSettingsSchema } from './cms-settings.ts';

/** Site-wide settings from `content/_data/site.json`. Every field has a default except the names. */
export const siteConfigSchema = z
  .object({
    /** The paper's name, shown in the header and the title of every page. */
    title: z.string({ error: 'siteJson.titleEmpty' }).trim().min(1, { error: 'siteJson.titleEmpty' }),
    /** One line under the name, and the home page's meta description. */
    description: z.string({ error: 'siteJson.description' }).trim().default(''),
    /**
     * Public address with no trailing slash; canonical URLs, feeds and sitemaps are built from it. Written
     * without the folder or ending in `pathPrefix`; validated, it always ends in the prefix (`…/repo`).
     */
    url: siteUrlSchema,
    /** The folder the site is served from (`/repo/` on GitHub Pages project sites), `/` by default; see scripts/content/path-prefix.ts. */
    pathPrefix: pathPrefixSchema,
    /** Site logo path (used by structured data and social cards). */
    logo: sitePathSchema('logo', '/assets/logo.png'),
    /** Small square icon (browser tab, feed readers). */
    icon: sitePathSchema('icon', '/assets/icon.png'),
    /** Default social card image when an article has none. */
    defaultImage: sitePathSchema('defaultImage', '/assets/social-card.png'),
    /** Ad slots by position and what fills them (fields and defaults in scripts/content/ads-config.ts); `enabled: false` removes every one. */
    ads: adsConfigSchema.prefault({}),
    /** A page-view counter, off unless set (providers and their fields in scripts/content/analytics-config.ts). */
    analytics: analyticsConfigSchema.optional(),
    /** Articles per listing page. */
    pageSize: z
      .number({ error: 'siteJson.pageSize' })
      .int({ error: 'siteJson.pageSize' })
      .min(5, { error: 'siteJson.pageSize' })
      .max(100, { error: 'siteJson.pageSize' })
      .default(20),
    /** Search index settings (see scripts/search/index.ts and docs/performance.md, "The levers"). */
    search: z
      .object({
        /** Index only this many characters of each story (default: all). Faster builds, weaker answers to detailed questions. */
        maxContentChars: z.number().int().min(200).optional(),
        /** Most stories per Pagefind shard of a split archive; `workers` shards are built at a time, so memory stays bounded (≈0.23 GB per 1,000 stories). */
        maxShardArticles: z.number().int().min(500).max(50_000).default(DEFAULT_MAX_SHARD_ARTICLES),
        /**
         * An archive of at most this many stories is one shard (default: `maxShardArticles`). 10,000 makes a 10,000-story
         * archive's search ~6% smaller for readers, but its builds slower (one Pagefind process; every merge re-indexes all).
         */
        oneShardUpTo: z.number().int().min(500).max(50_000).optional(),
        /** Pagefind processes at once. 2 keeps both cores of a CI runner busy while and after pages render; ≈2.4 GB at 5,000-story shards. */
        workers: z.number().int().min(1).max(8).default(2),
        /** Bundle Pagefind's one-file-per-story fragments into at most this many files per shard, for hosts that limit file counts. */
        maxFragmentsPerShard: z.number().int().min(1).optional(),
      })
      .strict()
      .prefault({}),
    /** Pictures under content/images/. */
    images: z
      .object({
        /**
         * Largest picture accepted, in pixels (width × height). A small file can declare a huge canvas (a
         * "decompression bomb") that takes gigabytes to decode; 50 MP is above any news camera or phone
         * photo (a 24 MP camera makes 6000 × 4000 = 24 MP) and far below what exhausts the build machine.
         */
        maxPixels: z.number().int().min(1_000_000).max(500_000_000).default(50_000_000),
      })
      .strict()
      .prefault({}),
    /** Topic pages: each tag used by at least `minStories` stories gets `/vishay/<slug>/`; rarer tags are shown as plain text. */
    topics: z
      .object({
        minStories: z.number().int().min(1).max(1000).default(2),
      })
      .strict()
      .prefault({}),
    /** Links in every page's footer. */
    footer: z
      .object({
        /** Static pages (content/pages/) by slug, in the order shown, like ["hamare-bare-men", "sampark"]; each must exist. */
        pages: z
          .array(z.string().regex(SLUG_PATTERN, { error: 'siteJson.footerPage' }), {
            error: 'siteJson.footerPages',
          })
          .default([]),
      })
      .strict()
      .prefault({}),
    /** Colours, font and header logo (fields and defaults in scripts/content/theme-config.ts; docs/configuration.md, "Theming"). */
    theme: themeSchema.prefault({}),
    /** The paper's accounts, linked with icons from the footer (networks in scripts/content/social-config.ts). */
    social: socialSchema,
    /** Related stories under every article (fields, defaults and reasons in scripts/content/related-settings.ts). */
    related: relatedConfigSchema.prefault({}),
    /** Warnings that do not stop a build: future dates, placeholder text, long stories (scripts/content/warning-settings.ts). */
    warnings: warningSettingsSchema.prefault({}),
    /** The editors' CMS: `review: true` sends every story through a pull request (scripts/content/cms-settings.ts, docs/cms.md). */
    cms: cmsSettingsSchema.prefault({}),
  })
  .strict()
  .superRefine((v, ctx) => {
    const problem = typeof v.url === 'string' && typeof v.pathPrefix === 'string' ? urlFolderProblem(v.url, v.pathPrefix) : undefined;
    if (problem) addMessageIssue(ctx, problem, ['url']);
  })
  // From here on `url` is the address of the home page, prefix included: canonical links, feeds,
  // sitemaps, JSON-LD and the search index's base all build on it unchanged.
  .overwrite((v) => ({ ...v, url: siteAddress(v.url, v.pathPrefix) }));

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/**
 * Top-level paths the site itself uses. A category slug becomes `/<slug>/`, so it must not take one
 * of these, nor a year (`/2026/` is the date archive).
 */
export const RESERVED_SLUGS = new Set([
  'khoj',
  'jila',
  'lekhak',
  'vishay',
  'page',
  'admin',
  'assets',
  'pagefind',
  'feed',
  'feeds',
  'tag',
  'images',
  'img',
  'sitemap',
  '404',
  'archive',
  'search',
]);
