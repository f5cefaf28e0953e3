import { ContentError } from './errors.ts';
import { frontMatterSchema, type FrontMatter } from './schema.ts';
import { referenceHint, resolveReference, unknownReference } from './references.ts';
import { msg } from './messages.ts';
import { dateHint, dateMessage, schemaHint, schemaMessage } from './schema-messages.ts';
import { fieldName } from './field-names.ts';
import { closest } from './suggest.ts';
import type { RawArticle } from './load.ts';
import type { SiteData } from './data-files.ts';
import type { Author, Category, District, Source } from './schema.ts';
import { itemLine, resolveByline, type AddProblem } from './bylines.ts';
import { checkCorrections, laterIso, type Correction } from './corrections.ts';
import { checkBreaking } from './news-flags.ts';
import { yamlKeyOf } from './lines.ts';
import { parseArticleDate, toIsoIst } from '../hindi/dates.ts';
import { storySummary } from './summary.ts';

/** An article whose front-matter passed every check, with its references resolved. */
export interface ValidArticle {
  raw: RawArticle;
  fm: FrontMatter;
  date: string;
  timestamp: number;
  /** The later of `updated` and the last correction: the story's dateModified. */
  updated?: string;
  /** Correction notes, oldest first; empty when there are none. */
  corrections: Correction[];
  /** End of the breaking strip in +05:30, for a `breaking: true` story. */
  breakingUntil?: string;
  /** What the story's card shows (summary.ts); absent in a record made by hand, whose catalog works it out. */
  summary?: string;
  category: Category;
  district: District;
  /** Every person of the byline, in the order written; empty for agency or desk copy. */
  authors: Author[];
  source?: Source;
  /**
   * The `src` of each picture of the body, as markdown-it gives it (picture-refs.ts), when the story
   * was read by loadContent: kept with the story, so a build need not look through every body.
   */
  bodyPictures?: string[];
}

const SHAPE = frontMatterSchema.shape;
const KNOWN_FIELDS = Object.keys(SHAPE) as Array<keyof FrontMatter>;

// Luxon resolves the zone's offset through Intl for every date it builds; an archive repeats the
// same dates many times (20–50 stories a day), and DateTime values are immutable, so they are shared.
const parsedDates = new Map<string, ReturnType<typeof parseArticleDate>>();
function parseDate(text: string): ReturnType<typeof parseArticleDate> {
  let r = parsedDates.get(text);
  if (!r) {
    r = parseArticleDate(text);
    if (parsedDates.size > 200_000) parsedDates.clear();
    parsedDates.set(text, r);
  }
  return r;
}

/** 1-based line of `field:` in the article's file, or the first front-matter line if absent. */
export function fieldLine(raw: RawArticle, field: string): number {
  // Compared as text, never as a pattern: a key is content, and `(a+)+b` or `(` must not hang or throw.
  const i = raw.matter.split('\n').findIndex((l) => yamlKeyOf(l) === field);
  // matter text starts with the newline after the opening ---, so index i is file line i + 1.
  return i < 0 ? 1 : i + 1;
}

/**
 * An unknown field: the known field it most likely is, with the line rewritten (`catgory: खेती` →
 * `category: खेती`), or the list of fields. Shared with pages.ts.
 */
export function unknownField(raw: RawArticle, key: string, known: readonly string[], add: AddProblem): void {
  const guess = closest(key, known);
  const written = raw.matter.split('\n')[fieldLine(raw, key) - 1] ?? '';
  const rest = written.slice(written.indexOf(':') + 1).trim();
  const hint = guess
    ? msg('field.unknownGuess', { guess, line: `${guess}: ${rest || '…'}` })
    : msg('field.unknownList', { list: known.join(', ') });
  add(key, msg('field.unknown', { key }), hint);
}

/**
 * The schema's fields one by one, so that one bad or unknown field never hides the others: every
 * field is an independent schema (the object adds only `strict`, which the unknown-field report does).
 * Returns the fields that passed.
 */
function parseFields(raw: RawArticle, add: AddProblem): Partial<FrontMatter> {
  for (const key of Object.keys(raw.data)) if (!(KNOWN_FIELDS as string[]).includes(key)) unknownField(raw, key, KNOWN_FIELDS, add);
  const fm: Record<string, unknown> = {};
  for (const field of KNOWN_FIELDS) {
    const r = SHAPE[field].safeParse(Object.hasOwn(raw.data, field) ? raw.data[field] : undefined);
    if (r.success) {
      if (r.data !== undefined) fm[field] = r.data;
      continue;
    }
    for (const issue of r.error.issues) {
      // An item of a list (an author, a tag) is reported at its own line when written one per line.
      const index = issue.path[0];
      const line = typeof index === 'number' ? itemLine(raw, field, index) : undefined;
      const m = schemaMessage(field, issue, Object.hasOwn(raw.data, field) ? raw.data[field] : undefined);
      add(field, m, schemaHint(field, m), line);
    }
  }
  return fm as Partial<FrontMatter>;
}

/** Checks one article's front-matter against the schema and the data files; every problem is reported. */
export function validateArticle(raw: RawArticle, site: SiteData, errors: ContentError[]): ValidArticle | undefined {
  const add: AddProblem = (field, message, hint, line) =>
    errors.push(new ContentError(raw.file, line ?? fieldLine(raw, field), message, hint, field));
  const before = errors.length;
  const fm = parseFields(raw, add);

  const date = fm.date === undefined ? undefined : parseDate(fm.date);
  if (date && !date.ok) add('date', dateMessage('date', fm.date!, date.problem), dateHint('date', fm.date, date.problem));
  const updated = fm.updated === undefined ? undefined : parseDate(fm.updated);
  if (updated && !updated.ok)
    add('updated', dateMessage('updated', fm.updated!, updated.problem), dateHint('updated', fm.updated, updated.problem));
  if (date?.ok && updated?.ok && updated.value < date.value) add('updated', msg('date.updatedEarly'), msg('date.updatedEarlyHint'));

  const resolve = <T extends { slug: string; name: string }>(
    field: 'category' | 'district',
    entries: readonly T[],
    file: string,
  ): T | undefined => {
    const value = fm[field];
    if (value === undefined) return undefined;
    const r = resolveReference(value, entries);
    if (!r.entry) add(field, unknownReference(field, value), referenceHint(field, file, r.guess, entries));
    return r.entry;
  };
  const category = resolve('category', site.categories, 'categories');
  const district = resolve('district', site.districts, 'districts');
  const byline = resolveByline(raw, fm, site, add);
  const breakingUntil = checkBreaking(fm, date?.ok ? date.value : undefined, parseDate, add);
  const corrections = checkCorrections(raw, fm.correction, date?.ok ? date.value : undefined, parseDate, add);

  if (fm.image && !fm.image_alt) add('image', msg('image.noAlt'), msg('image.noAltHint'));
  for (const f of ['image_caption', 'image_credit'] as const)
    if (fm[f] && !fm.image) add(f, msg('image.extraWithout', { field: fieldName(f) }), msg('image.extraWithoutHint'));
  if (raw.body.trim() === '') errors.push(new ContentError(raw.file, raw.bodyLine, msg('article.noText'), msg('article.noTextHint')));

  if (
    errors.length > before ||
    raw.readProblems ||
    !date?.ok ||
    !category ||
    !district ||
    !byline ||
    !corrections ||
    breakingUntil === false
  )
    return undefined;
  return {
    raw,
    fm: fm as FrontMatter,
    date: toIsoIst(date.value),
    timestamp: date.value.toMillis(),
    updated: laterIso(updated?.ok ? toIsoIst(updated.value) : undefined, corrections.at(-1)?.date),
    corrections,
    ...(breakingUntil ? { breakingUntil } : {}),
    summary: storySummary(fm.summary, raw.body),
    category,
    district,
    ...byline,
  };
}
