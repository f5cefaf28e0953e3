import { z } from 'zod';

/**
 * Default of `warnings.futureDays`. Two months covers a story scheduled on purpose (the sample
 * archive holds one six weeks ahead); a typo in the year (2062, or 2027 for 2026) is far beyond it.
 */
export const DEFAULT_FUTURE_DAYS = 60;
/**
 * Default of `warnings.maxWords`. A long report in a Hindi paper runs to 1,500–2,000 words; past
 * 3,000 a story is usually two stories, or a government order or a PDF's text pasted in whole.
 */
export const DEFAULT_MAX_WORDS = 3000;

/**
 * `warnings` in `content/_data/site.json`: advice printed by `npm run check` and the build that does
 * not stop a story being published (see scripts/content/warnings.ts and docs/cms.md).
 */
export const warningSettingsSchema = z
  .object({
    /** A story dated more than this many days ahead gets a warning: it stays off the site until then. */
    futureDays: z
      .number({ error: 'siteJson.futureDays' })
      .int({ error: 'siteJson.futureDays' })
      .min(1, { error: 'siteJson.futureDaysMin' })
      .max(36500, { error: 'siteJson.futureDaysMax' })
      .default(DEFAULT_FUTURE_DAYS),
    /** A story longer than this many words gets a warning. */
    maxWords: z
      .number({ error: 'siteJson.maxWords' })
      .int({ error: 'siteJson.maxWords' })
      .min(100, { error: 'siteJson.maxWordsMin' })
      .default(DEFAULT_MAX_WORDS),
    /** `true`: a warning fails `npm run check` and the build, as `npm run check -- --strict` does. */
    strict: z.boolean({ error: 'siteJson.strict' }).default(false),
  })
  .strict();

/** The `warnings` settings, defaults filled in. */
export type WarningSettings = z.infer<typeof warningSettingsSchema>;
