/**
 * What a newsroom may set for related stories under `related` in `content/_data/site.json`: one
 * zod schema with documented defaults, in the spirit of Hugo's `related` config. Only the settings
 * an editor would weigh are here; the algorithm's tuning knobs are named constants in the modules
 * that use them (scripts/related/resolve.ts). It lives with the rest of site.json's schema, and
 * related/ reads it from here: the content loader never loads the algorithm.
 */
import { z } from 'zod';
import { msg, type Param } from './messages.ts';
import { addMessageIssue } from './site-issues.ts';

/** What an editor wrote, as a message can quote it. */
function describe(value: unknown): Param {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return { hi: 'एक सूची [ ]', en: 'a list' };
  if (typeof value === 'object' && value !== null) return { hi: '{ } में लिखी सेटिंग', en: 'an object' };
  return String(value);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A number field whose every rejection says its name, its range and its default, and what it got.
 * Checked by hand rather than by zod's number checks so that one message, in the editor's language
 * (messages-site.ts), carries all of it.
 */
function bounded(field: string, min: number, max: number, fallback: number, integer = false) {
  return z
    .custom<number>()
    .superRefine((v, ctx) => {
      const ok = typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v));
      if (!ok)
        addMessageIssue(
          ctx,
          msg(integer ? 'siteJson.relatedWhole' : 'siteJson.relatedNumber', { field, min, max, fallback, got: describe(v) }),
        );
    })
    .default(fallback);
}

/**
 * An object of settings that refuses a misspelt key by name and lists the ones it knows. The keys are
 * checked beside the fields (`when`), so a misspelt key and a bad value are reported together.
 */
function settings<S extends z.ZodRawShape>(name: string, prefix: string, example: string, shape: S) {
  const known = Object.keys(shape).join(', ');
  const fields = z.looseObject(shape).superRefine(
    (v, ctx) => {
      const extra = Object.keys(v).filter((k) => !Object.hasOwn(shape, k));
      if (extra.length)
        addMessageIssue(ctx, msg('siteJson.relatedUnknown', { keys: extra.map((k) => `"${prefix}${k}"`).join(', '), name, known }));
    },
    { when: (payload) => isObject(payload.value) },
  );
  return z
    .custom<z.input<typeof fields>>()
    .superRefine((v, ctx) => {
      if (!isObject(v)) addMessageIssue(ctx, msg('siteJson.relatedObject', { name, example, got: describe(v) }));
    })
    .pipe(fields);
}

/** How much each signal counts, read against the text similarity of two stories (0..1). */
const weightsSchema = settings('weights', 'weights.', '{"tags": 0.3}', {
  /**
   * Bonus × tag overlap (cosine of the two stories' tag sets, 0..1); shared tags also bring a story
   * into the pool of candidates. Default 0.3, range 0..10: a tag an editor chose on purpose is a
   * strong hint, but a third of a perfect text match, so a shared tag alone does not make a story related.
   */
  tags: bounded('weights.tags', 0, 10, 0.3),
  /**
   * Bonus when both stories are from the same district. Default 0.05, range 0..10: enough to tip a
   * near-tie towards local news, too little to lift an unrelated story of the same district.
   */
  district: bounded('weights.district', 0, 10, 0.05),
  /** Bonus when both stories are in the same category. Default 0.05, range 0..10; the same reasoning as district. */
  category: bounded('weights.category', 0, 10, 0.05),
  /**
   * Share of the score that fades with the time between two stories: 0 ignores dates, 1 lets a
   * story from long ago score nothing. Default 0.2, range 0..1: an equal match from the same week
   * beats one from six years before by about a quarter, yet an old story on the same topic still
   * beats a fresh one on another.
   */
  recency: bounded('weights.recency', 0, 1, 0.2),
});

/** The `related` block of site.json; every field may be left out. */
export const relatedConfigSchema = settings('related', '', '{"count": 5}', {
  /** Related stories per article. Default 5 (what the article layout shows), whole number 1..50. */
  count: bounded('count', 1, 50, 5, true),
  /**
   * Least text + tag similarity (before the district, category and recency parts) for a story to
   * count as related; slots left empty are filled with the latest stories of the article's
   * category, marked `fallback`. Default 0.04, range 0..1: below it two stories share only a word
   * or two, and the category's latest story is the better offer.
   */
  minScore: bounded('minScore', 0, 1, 0.04),
  weights: weightsSchema.prefault({}),
  /**
   * Days after which the fading part of the score (`weights.recency`) has halved. Default 365,
   * range 1..36500: a news archive's topics (a budget, a monsoon, an election) come back yearly.
   */
  recencyHalfLifeDays: bounded('recencyHalfLifeDays', 1, 36_500, 365),
});

/** The settings as site.json may write them: every field optional. */
export type RelatedSettingsInput = z.input<typeof relatedConfigSchema>;
/** The settings after validation: every field present, defaults filled in. */
export type RelatedSettings = z.infer<typeof relatedConfigSchema>;
