import yaml from 'js-yaml';
import { DateTime } from 'luxon';
import { SLUG_PATTERN } from '../content/schema.ts';
import { referenceHint, resolveReference, unknownReference, type Named } from '../content/references.ts';
import { msg, type Msg } from '../content/messages.ts';
import type { SiteData } from '../content/data-files.ts';
import { ZONE } from '../hindi/dates.ts';
import { normalizeText } from '../hindi/normalize.ts';
import { slugify } from '../hindi/slug.ts';
import { articleUrl } from '../catalog/build.ts';

/** What an editor gives `npm run new`. */
export interface NewArticleInput {
  title: string;
  category: string;
  district: string;
  /** One reporter, or several separated by commas (`ravi-joshi, आशा मीणा`). */
  author?: string;
  /** An agency or desk from _data/sources.json; a story needs an author or a source. */
  source?: string;
  tags?: readonly string[];
  /** Overrides the slug made from the title. */
  slug?: string;
  /** The clock, in ms; the date written is this instant in India. */
  now: number;
}

/** A new article ready to write, or every reason it cannot be. */
export type NewArticlePlan = { ok: true; relPath: string; url: string; slug: string; text: string } | { ok: false; problems: Msg[] };

/** The placeholder body: the validator refuses an empty article, and the draft flag keeps it unpublished. */
export const PLACEHOLDER_BODY = 'यहाँ ख़बर लिखें।';

// JSON schema: a title like `2026: साल भर` or `true` stays text, quoted only when YAML needs it.
const scalar = (v: string) => yaml.dump(v, { schema: yaml.JSON_SCHEMA, lineWidth: -1 }).trimEnd();
const flowList = (items: readonly string[]) => `[${items.map(scalar).join(', ')}]`;

/** Splits `--tags "चुनाव, किसान"` into tags; Urdu-style commas count too. */
export function splitTags(s: string | undefined): string[] {
  return (s ?? '')
    .split(/[,،]/)
    .map((t) => normalizeText(t).trim())
    .filter((t) => t !== '');
}

/**
 * Plans a new article: resolves category, district and author against the data files (slug or Hindi
 * name; unknown values come back with a suggestion), makes the slug from the title, dates it now in
 * India and lays it out at `articles/YYYY/MM/<slug>.md`. The slug is written into the front-matter so
 * that correcting the headline later never moves the URL. Pure: nothing is read or written.
 */
export function planArticle(input: NewArticleInput, data: SiteData): NewArticlePlan {
  const problems: Msg[] = [];
  const title = normalizeText(input.title).trim();
  if (title === '') problems.push(msg('new.titleEmpty'));
  const authors = splitTags(input.author);
  if (authors.length === 0 && input.source === undefined) problems.push(msg('new.noByline'));
  const refs: Array<[string, string, readonly Named[], string]> = [
    ['category', input.category, data.categories, 'categories'],
    ['district', input.district, data.districts, 'districts'],
    ...authors.map((a, i): [string, string, readonly Named[], string] => [`author${i}`, a, data.authors, 'authors']),
    ...(input.source !== undefined
      ? [['source', input.source, data.sources, 'sources'] as [string, string, readonly Named[], string]]
      : []),
  ];
  const resolved: Record<string, string> = {};
  for (const [field, value, entries, file] of refs) {
    const r = resolveReference(normalizeText(value), entries);
    if (r.entry) resolved[field] = r.entry.slug;
    else {
      const key = field.replace(/\d+$/, '');
      const hint = referenceHint(key, file, r.guess, entries, (slug) => `--${key} ${slug}`);
      problems.push(msg('new.unknownRef', { what: unknownReference(key, value), hint }));
    }
  }
  const authorSlugs = authors.map((_, i) => resolved[`author${i}`]!);
  const slug = input.slug ?? (title ? slugify(title) : '');
  if (input.slug !== undefined && !SLUG_PATTERN.test(input.slug)) problems.push(msg('new.slugPattern', { slug: input.slug }));
  if (problems.length > 0) return { ok: false, problems };

  const now = DateTime.fromMillis(input.now, { zone: ZONE });
  const tags = (input.tags ?? []).map((t) => normalizeText(t).trim()).filter((t) => t !== '');
  const lines = [
    '---',
    `title: ${scalar(title)}`,
    `date: ${now.toFormat('yyyy-MM-dd HH:mm')}`,
    `category: ${resolved.category}`,
    ...(authorSlugs.length === 1 ? [`author: ${authorSlugs[0]}`] : authorSlugs.length > 1 ? [`author: ${flowList(authorSlugs)}`] : []),
    ...(resolved.source ? [`source: ${resolved.source}`] : []),
    `district: ${resolved.district}`,
    ...(tags.length > 0 ? [`tags: ${flowList(tags)}`] : []),
    `slug: ${slug}`,
    'draft: true',
    '---',
    '',
    PLACEHOLDER_BODY,
    '',
  ];
  const iso = now.toISO()!;
  return {
    ok: true,
    relPath: `articles/${now.toFormat('yyyy')}/${now.toFormat('MM')}/${slug}.md`,
    url: articleUrl(iso, slug),
    slug,
    text: lines.join('\n'),
  };
}
