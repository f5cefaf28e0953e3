import { z } from 'zod';

/** An AdSense publisher id: `ca-pub-` and 16 digits. */
export const ADSENSE_CLIENT = /^ca-pub-\d{16}$/;
/** An AdSense ad unit ("slot") id: 10 digits. */
export const ADSENSE_SLOT = /^\d{10}$/;
/** A raw-code file's name in layouts/ads/ (without `.html`). */
export const AD_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const adsense = z
  .object({
    client: z.string().regex(ADSENSE_CLIENT, { error: 'siteJson.adsenseClient' }),
    slot: z.string().regex(ADSENSE_SLOT, { error: 'siteJson.adsenseSlot' }),
  })
  .strict();

/**
 * What fills a slot: nothing (an empty box with the label, space kept), an AdSense unit, or raw code
 * from `layouts/ads/<html>.html`. Raw code lives with the templates, not in content/: it is code the
 * site's operators review, and an editor's commit to content/ can never put a script on the site.
 */
const code = {
  /** An AdSense unit: `{ "client": "ca-pub-…", "slot": "…" }`, shown as `<ins class="adsbygoogle">`. */
  adsense: adsense.optional(),
  /** The name of a file in layouts/ads/, like "header" for layouts/ads/header.html. */
  html: z.string().regex(AD_FILE, { error: 'siteJson.adHtml' }).optional(),
};
const oneCode = <T extends { adsense?: unknown; html?: unknown }>(s: T) => !(s.adsense && s.html);
const ONE_CODE = { error: 'siteJson.adOneCode', path: ['html'] };

/** An https origin an ad network loads from, like "https://ads.example.net" (no path). */
const origin = z.string().refine((s) => /^https:\/\/[a-z0-9.-]+(?::\d+)?$/.test(s) && new URL(s).origin === s, {
  error: 'siteJson.adOrigin',
});

/**
 * The ads settings in site.json. Defaults: ads on, one slot in each article after its second
 * paragraph, none in the header or in listings, every slot empty (a reserved box with the label).
 */
export const adsConfigSchema = z
  .object({
    /** The global switch: `false` removes every slot from every page. */
    enabled: z.boolean().default(true),
    /** Shown above every slot, so a reader can tell an ad from the news. */
    label: z.string().trim().min(1, { error: 'siteJson.adLabel' }).default('विज्ञापन'),
    /** A slot under the site's header on every page. */
    header: z.object(code).strict().refine(oneCode, ONE_CODE).optional(),
    /** The slot in each article, after paragraph `afterParagraph` (at the end of a shorter story). */
    article: z
      .object({ afterParagraph: z.number().int().min(1).max(50).default(2), ...code })
      .strict()
      .refine(oneCode, ONE_CODE)
      .prefault({}),
    /** A slot in listings (category, district, author, topic, archive pages) after every `everyCards` cards. */
    listing: z
      .object({ everyCards: z.number().int().min(2).max(100), ...code })
      .strict()
      .refine(oneCode, ONE_CODE)
      .optional(),
    /** Origins raw ad code (layouts/ads/) loads scripts, frames, pictures and data from; added to the pages' policy. */
    origins: z.array(origin, { error: 'siteJson.adOrigins' }).default([]),
  })
  .strict();

export type AdsConfig = z.infer<typeof adsConfigSchema>;
/** The positions a slot can take. */
export type AdPosition = 'header' | 'article' | 'listing';
/** A slot's settings, whatever its position. */
export type AdSlot = NonNullable<AdsConfig[AdPosition]>;

/** The slots that exist on the site (ads enabled), by position. */
export function activeSlots(ads: AdsConfig): Partial<Record<AdPosition, AdSlot>> {
  if (!ads.enabled) return {};
  return Object.fromEntries((['header', 'article', 'listing'] as const).filter((p) => ads[p]).map((p) => [p, ads[p]!]));
}

/** Whether any slot shows an AdSense unit (then its script and origins are needed). */
export const usesAdsense = (ads: AdsConfig): boolean => Object.values(activeSlots(ads)).some((s) => s.adsense);
/** Whether any slot shows raw code from layouts/ads/. */
export const usesRawAds = (ads: AdsConfig): boolean => Object.values(activeSlots(ads)).some((s) => s.html);
