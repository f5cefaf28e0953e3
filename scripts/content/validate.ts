import { ContentError } from './errors.ts';
import { frontMatterSchema, type FrontMatter } from './schema.ts';
import { resolveReference } from './references.ts';
import { closest } from './suggest.ts';
import type { RawArticle } from './load.ts';
import type { SiteData } from './data-files.ts';
import type { Author, Category, District } from './schema.ts';
import { parseArticleDate, toIsoIst } from '../hindi/dates.ts';

/** An article whose front-matter passed every check, with its references resolved. */
export interface ValidArticle {
  raw: RawArticle;
  fm: FrontMatter;
  date: string;
  timestamp: number;
  updated?: string;
  category: Category;
  district: District;
  author: Author;
}

const KNOWN_FIELDS = Object.keys(frontMatterSchema.shape);

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
  const lines = raw.matter.split('\n');
  const re = new RegExp(`^\\s*${field}\\s*:`);
  // matter text starts with the newline after the opening ---, so index i is file line i + 1.
  const i = lines.findIndex((l) => re.test(l));
  return i < 0 ? 1 : i + 1;
}

function fieldHint(field: string, message: string): string | undefined {
  if (message.endsWith('is missing')) return `add a line "${field}: …" to the front-matter`;
  if (message.endsWith('is empty')) return `write a value after "${field}:"`;
  return undefined;
}

/** Checks one article's front-matter against the schema and the data files. */
export function validateArticle(raw: RawArticle, site: SiteData, errors: ContentError[]): ValidArticle | undefined {
  const before = errors.length;
  const add = (field: string, message: string, hint?: string) =>
    errors.push(new ContentError(raw.file, fieldLine(raw, field), message, hint, field));

  const parsed = frontMatterSchema.safeParse(raw.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const guess = closest(key, KNOWN_FIELDS);
          add(key, `unknown field "${key}"`, guess ? `did you mean "${guess}"?` : `allowed fields: ${KNOWN_FIELDS.join(', ')}`);
        }
        continue;
      }
      const field = String(issue.path[0] ?? '');
      add(field, issue.message, fieldHint(field, issue.message));
    }
    return undefined;
  }
  const fm = parsed.data;

  const date = parseDate(fm.date);
  if (!date.ok) add('date', date.message, 'write the date as 2026-11-23 or 2026-11-23 14:30 (Indian time)');
  const updated = fm.updated === undefined ? undefined : parseDate(fm.updated);
  if (updated && !updated.ok) add('updated', updated.message, 'write the date as 2026-11-23 or 2026-11-23 14:30 (Indian time)');
  if (date.ok && updated?.ok && updated.value < date.value) add('updated', 'updated is earlier than date', 'a correction date comes after the publication date');

  const refs = [
    ['category', resolveReference(fm.category, site.categories)],
    ['district', resolveReference(fm.district, site.districts)],
    ['author', resolveReference(fm.author, site.authors)],
  ] as const;
  for (const [field, r] of refs) if (!r.entry) add(field, `unknown ${field} "${fm[field]}"`, `${r.hint} (declared in _data/${field === 'category' ? 'categories' : `${field}s`}.json)`);

  if (fm.image && !fm.image_alt) add('image', 'image has no image_alt', 'describe the picture for readers who cannot see it: image_alt: …');
  if (raw.body.trim() === '') errors.push(new ContentError(raw.file, raw.bodyLine, 'the article has no text', 'write the article below the closing ---'));

  if (errors.length > before || !date.ok) return undefined;
  return {
    raw, fm,
    date: toIsoIst(date.value),
    timestamp: date.value.toMillis(),
    updated: updated?.ok ? toIsoIst(updated.value) : undefined,
    category: refs[0][1].entry!, district: refs[1][1].entry!, author: refs[2][1].entry!,
  };
}
