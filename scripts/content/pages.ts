import { basename, join } from 'node:path';
import { ContentError } from './errors.ts';
import type { ContentFiles } from './files.ts';
import { displayPath, lineOfText } from './lines.ts';
import { readArticle, type RawArticle } from './load.ts';
import { pageSchema, SLUG_PATTERN, type PageFrontMatter } from './schema.ts';
import type { SiteConfig } from './site-config.ts';
import { closest } from './suggest.ts';
import { fieldLine, unknownField } from './validate.ts';
import { msg, type Msg } from './messages.ts';
import { dateHint, dateMessage, schemaHint, schemaMessage } from './schema-messages.ts';
import { parseArticleDate, toIsoIst } from '../hindi/dates.ts';

/** A static page (`content/pages/<slug>.md`) whose front-matter passed every check. */
export interface ValidPage {
  raw: RawArticle;
  fm: PageFrontMatter;
  /** From `slug:`, else the file name: the page is published at `/<slug>/`. */
  slug: string;
  /** `updated:` in +05:30, when the page has it. */
  updated?: string;
}

const KNOWN_FIELDS = Object.keys(pageSchema.shape);
const PAGE_FIELDS = ['title', 'summary'];

/** Checks one page's front-matter; every problem goes to `errors` with its line. */
export function validatePage(raw: RawArticle, errors: ContentError[]): ValidPage | undefined {
  const add = (field: string, message: Msg | string, hint?: Msg | string) =>
    errors.push(new ContentError(raw.file, fieldLine(raw, field), message, hint, field));
  const before = errors.length;
  // One object parse reports every issue at once, unknown fields included (strict).
  const r = pageSchema.safeParse(raw.data);
  if (!r.success)
    for (const issue of r.error.issues) {
      if (issue.code === 'unrecognized_keys') for (const key of issue.keys) unknownField(raw, key, KNOWN_FIELDS, add);
      else {
        const field = String(issue.path[0] ?? 'title');
        const m = schemaMessage(field, { ...issue, path: issue.path.slice(1) }, raw.data[field]);
        add(field, m, schemaHint(field, m));
      }
    }
  const stem = basename(raw.id, '.md');
  const slug = r.success && r.data.slug ? r.data.slug : stem;
  if (!(r.success && r.data.slug) && !SLUG_PATTERN.test(stem)) add('title', msg('page.badFileName', { stem }), msg('page.badFileNameHint'));
  // Read on its own so that a bad date is reported beside an unknown field, not after its fix.
  const date = pageSchema.shape.updated.safeParse(raw.data.updated);
  const updated = date.success && date.data !== undefined ? parseArticleDate(date.data) : undefined;
  if (updated && !updated.ok)
    add('updated', dateMessage('updated', date.data!, updated.problem), dateHint('updated', date.data, updated.problem));
  if (raw.body.trim() === '') errors.push(new ContentError(raw.file, raw.bodyLine, msg('page.noText'), msg('page.noTextHint')));
  if (!r.success || errors.length > before || raw.readProblems) return undefined;
  return { raw, fm: r.data, slug, ...(updated?.ok ? { updated: toIsoIst(updated.value) } : {}) };
}

/**
 * Every page of `pages/` that the walk accepted, validated, in file order. Two pages with one slug
 * are both reported here; a page over a category or a page of the site itself is the catalog's
 * check (catalog/pages.ts), which knows every URL.
 */
export function loadPages(contentDir: string, found: ContentFiles, errors: ContentError[]): ValidPage[] {
  const pages: ValidPage[] = [];
  for (const rel of [...found.files].filter((f) => f.startsWith('pages/')).sort()) {
    const raw = readArticle(contentDir, join(contentDir, rel), errors, PAGE_FIELDS);
    const page = raw && validatePage(raw, errors);
    if (page) pages.push(page);
  }
  const bySlug = new Map<string, ValidPage[]>();
  for (const p of pages) bySlug.set(p.slug, [...(bySlug.get(p.slug) ?? []), p]);
  for (const [slug, list] of bySlug) {
    if (list.length < 2) continue;
    for (const p of list) {
      const others = list.filter((o) => o !== p).map((o) => o.raw.file);
      const field = p.fm.slug ? 'slug' : 'title';
      errors.push(
        new ContentError(
          p.raw.file,
          fieldLine(p.raw, field),
          msg('page.urlTaken', { slug, others: others.join(', ') }),
          msg('page.urlTakenHint'),
          'slug',
        ),
      );
    }
  }
  return pages;
}

/** `footer.pages` of site.json must name pages that exist, each once: an unknown one is reported at its line. */
export function checkFooterPages(
  site: SiteConfig,
  siteJson: { file: string; text: string },
  pages: readonly ValidPage[],
  errors: ContentError[],
): void {
  const { file, text } = siteJson;
  const slugs = [...new Set(pages.map((p) => p.slug))];
  const seen = new Set<string>();
  for (const slug of site.footer.pages) {
    const add = (message: Msg, hint: Msg) =>
      errors.push(
        new ContentError(displayPath(file), lineOfText(text, `"${slug}"`) || lineOfText(text, '"footer"'), message, hint, 'footer'),
      );
    if (seen.has(slug)) add(msg('footer.twice', { slug }), msg('footer.twiceHint'));
    else if (!slugs.includes(slug)) {
      const guess = closest(slug, slugs);
      const list = slugs.length ? slugs.join(', ') : msg('footer.none');
      add(msg('footer.unknown', { slug }), guess ? msg('footer.guess', { guess }) : msg('footer.list', { list }));
    }
    seen.add(slug);
  }
}
