import { z } from 'zod';
import { profileLinksSchema } from './profile-links.ts';

/**
 * The single source of truth for an article's front-matter: field names, types, which are required.
 * The validator, the CMS config generator and the `new` command all read this file.
 * Category, district and author values are checked against the data files separately (see validate.ts),
 * because the allowed values live in content/_data, not in code.
 */

const text = (what: string) =>
  z
    .string({ error: (i) => (i.input === undefined ? `${what} is missing` : `${what} must be text`) })
    .trim()
    .min(1, { error: `${what} is empty` });

/** A date as written in front-matter: `2026-11-23`, `2026-11-23 14:30` or a full ISO timestamp. */
const dateText = (what: string) =>
  z
    .union([z.string(), z.number()], {
      error: (i) => (i.input === undefined ? `${what} is missing` : `${what} must be a date like 2026-11-23`),
    })
    .transform((v) => String(v).trim());

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `author: ravi-joshi` or `author: [ravi-joshi, asha-meena]`: one value is read as a list of one, so
 * everything downstream sees a list. Each name is reported on its own (the issue path is its index).
 */
const authorList = z.preprocess(
  (v) => (typeof v === 'string' ? [v] : v),
  z
    .array(text('author'), { error: 'author must be a name or a list of names, like [ravi-joshi, asha-meena]' })
    .min(1, { error: 'author is an empty list' }),
);

/** One correction note: when it was made (Indian time) and what was corrected. */
const correctionEntry = z
  .object(
    { date: dateText('correction date'), text: text('correction text') },
    { error: 'a correction is written as { date: 2026-11-21 10:00, text: "…" }' },
  )
  .strict();

/**
 * `correction: { date, text }`, or a list of them oldest first when a story was corrected more than
 * once; one is read as a list of one. Dates are checked against the story's in corrections.ts.
 */
const correctionList = z.preprocess(
  (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? [v] : v),
  z.array(correctionEntry, { error: 'correction must be { date: 2026-11-21 10:00, text: "…" } or a list of them' }).min(1, {
    error: 'correction is an empty list',
  }),
);

export const frontMatterSchema = z
  .object({
    title: text('title'),
    date: dateText('date'),
    category: text('category'),
    author: authorList.optional(),
    source: text('source').optional(),
    district: text('district'),
    summary: z.string({ error: 'summary must be text' }).trim().optional(),
    tags: z
      .array(z.string({ error: 'each tag must be text' }).trim().min(1, { error: 'a tag is empty' }), {
        error: 'tags must be a list, like [चुनाव, किसान]',
      })
      .default([]),
    image: z.string({ error: 'image must be a path like /images/2026/mandi.jpg' }).trim().min(1).optional(),
    image_alt: z.string({ error: 'image_alt must be text' }).trim().min(1, { error: 'image_alt is empty' }).optional(),
    // Shown under the lead picture; a credit may stand alone (an agency picture needs no caption).
    image_caption: z.string({ error: 'image_caption must be text' }).trim().min(1, { error: 'image_caption is empty' }).optional(),
    image_credit: z
      .string({ error: 'image_credit must be text, like फ़ोटो: रमेश सैनी' })
      .trim()
      .min(1, { error: 'image_credit is empty' })
      .optional(),
    slug: z
      .string({ error: 'slug must be text' })
      .trim()
      .regex(SLUG_PATTERN, { error: 'slug may use only a-z, 0-9 and single hyphens, like mandi-bhav-badhe' })
      .optional(),
    updated: dateText('updated').optional(),
    correction: correctionList.optional(),
    draft: z.boolean({ error: 'draft must be true or false' }).default(false),
    /** The home page's lead story (the newest featured one goes first). */
    featured: z.boolean({ error: 'featured must be true or false' }).default(false),
    /** A strip "ब्रेकिंग: <title>" on every page until breaking_until (news-flags.ts checks the pair). */
    breaking: z.boolean({ error: 'breaking must be true or false' }).default(false),
    breaking_until: dateText('breaking_until').optional(),
    /** `false` keeps every ad slot off this story's page (a tragedy, a sensitive story); ads.enabled in site.json is the site-wide switch. */
    ads: z.boolean({ error: 'ads must be true or false (false: no ads on this story)' }).default(true),
    aliases: z
      .array(
        z
          .string({ error: 'each alias must be a URL path' })
          .trim()
          .regex(/^\/[\x21\x22\x24-\x3e\x40-\x7e]*$/, {
            error: 'an alias must be an ASCII path starting with /, without ? or #, like /purani-khabar/',
          }),
        { error: 'aliases must be a list of URL paths' },
      )
      .default([]),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/**
 * Fields every article must have, in the order editors usually write them. Not `author`: a story
 * needs an author or a `source` (an agency or desk byline), which validate.ts checks.
 */
export const REQUIRED_FIELDS = ['title', 'date', 'category', 'district'] as const;

/** Human descriptions of the fields, shown by the CMS and in error hints. */
export const FIELD_LABELS: Record<keyof FrontMatter, string> = {
  title: 'शीर्षक',
  date: 'तारीख',
  category: 'श्रेणी',
  author: 'लेखक',
  source: 'स्रोत (एजेंसी/डेस्क)',
  district: 'ज़िला',
  summary: 'सारांश',
  tags: 'टैग',
  image: 'तस्वीर',
  image_alt: 'तस्वीर का विवरण',
  image_caption: 'तस्वीर का कैप्शन',
  image_credit: 'तस्वीर का श्रेय',
  slug: 'URL स्लग',
  updated: 'अपडेट की तारीख',
  correction: 'सुधार',
  draft: 'ड्राफ़्ट',
  featured: 'मुख्य ख़बर',
  breaking: 'ब्रेकिंग',
  breaking_until: 'ब्रेकिंग कब तक',
  ads: 'विज्ञापन',
  aliases: 'पुराने URL',
};

/**
 * A static page's front-matter (`content/pages/<slug>.md`: About, Contact, policies). The fields an
 * article has too are the article's own, so they read and fail alike; no date, category or author:
 * a page is not news, and `updated` is its only date (the sitemap's lastmod).
 */
export const pageSchema = z
  .object({
    title: frontMatterSchema.shape.title,
    summary: frontMatterSchema.shape.summary,
    slug: frontMatterSchema.shape.slug,
    updated: frontMatterSchema.shape.updated,
  })
  .strict();

export type PageFrontMatter = z.infer<typeof pageSchema>;

const entry = z
  .object({
    slug: z.string().regex(SLUG_PATTERN, { error: 'slug may use only a-z, 0-9 and single hyphens' }),
    name: z.string().trim().min(1, { error: 'name is empty' }),
    description: z.string().optional(),
    /** Other words editors write for it (`खेती`, `किसान` for कृषि-मंडी): suggestions only, never accepted as the value. */
    synonyms: z
      .array(z.string({ error: 'each synonym must be text' }).trim().min(1, { error: 'a synonym is empty' }), {
        error: 'synonyms must be a list of words, like ["खेती", "किसान"]',
      })
      .optional(),
  })
  .strict();

export const categorySchema = entry;
export const districtSchema = entry;
/**
 * A reporter: `role` (their beat, shown on their page and as `jobTitle`), `photo` (a small picture
 * in content/assets/, published as it is; checked by author-photos.ts) and social `links`.
 */
export const authorSchema = entry
  .extend({
    role: z.string().optional(),
    photo: z.string({ error: 'photo must be a path like /assets/lekhak/asha-meena.jpg' }).trim().min(1).optional(),
    links: profileLinksSchema.optional(),
  })
  .strict();
/** An agency or desk that bylines stories without a person (`_data/sources.json`, optional). */
export const sourceSchema = entry;

export type Category = z.infer<typeof categorySchema>;
export type District = z.infer<typeof districtSchema>;
/** A reporter as the site uses them: the photo's size is added once the picture was checked. */
export type Author = z.infer<typeof authorSchema> & { photoSize?: { width: number; height: number } };
export type Source = z.infer<typeof sourceSchema>;
