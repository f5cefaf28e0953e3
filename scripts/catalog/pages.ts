import { msg, type Msg } from '../content/messages.ts';
import { ContentError } from '../content/errors.ts';
import { excerpt, markdownToText } from '../content/markdown.ts';
import type { ValidPage } from '../content/pages.ts';
import { fieldLine } from '../content/validate.ts';
import { foldKey, generatedBy, outputFile } from './url-paths.ts';

/** A static page of the site (About, Contact, the policies): not news, so in no listing, feed or search. */
export interface Page {
  /** Path relative to the content folder: `pages/sampark.md`. */
  readonly id: string;
  /** Path for messages (relative to the working directory). */
  readonly file: string;
  readonly title: string;
  /** The summary from front-matter, or the opening words (the meta description). */
  readonly summary: string;
  readonly slug: string;
  /** `/<slug>/`. */
  readonly url: string;
  /** Last change in +05:30, when the page has `updated:`. */
  readonly updated?: string;
  /** Markdown source, NFC-normalised. */
  readonly body: string;
}

/** The URL of a page: `/<slug>/`, at the top of the site. */
export const pageUrl = (slug: string) => `/${slug}/`;

/** The catalog's page for one validated page file. */
export function toPage(v: ValidPage): Page {
  return Object.freeze({
    id: v.raw.id,
    file: v.raw.file,
    title: v.fm.title,
    summary: v.fm.summary || excerpt(markdownToText(v.raw.body)),
    slug: v.slug,
    url: pageUrl(v.slug),
    ...(v.updated ? { updated: v.updated } : {}),
    body: v.raw.body,
  });
}

/**
 * A page sits at `/<slug>/`, a top-level folder, where a category listing, a folder the build
 * fills (/khoj/, /assets/, …) or a year archive could be too: the page would replace it or be
 * replaced. Returns the site file of every page that may be written (folded, see foldKey) → its
 * page, so aliases are kept off them too (unique.ts). Two pages with one slug are content/'s report.
 */
export function checkPageUrls(
  pages: readonly Page[],
  valid: ReadonlyMap<string, ValidPage>,
  categories: ReadonlySet<string>,
  errors: ContentError[],
): Map<string, Page> {
  const taken = new Map<string, Page>();
  for (const page of pages) {
    const v = valid.get(page.id);
    const field = v?.fm.slug ? 'slug' : 'title';
    const add = (problem: Msg) =>
      errors.push(
        new ContentError(
          page.file,
          v ? fieldLine(v.raw, field) : 1,
          msg('url.page', { url: page.url, problem }),
          msg('url.pageHint'),
          'slug',
        ),
      );
    const out = outputFile(page.url);
    if (typeof out !== 'string') {
      add(out[0]);
      continue;
    }
    const generated = generatedBy(out, categories);
    if (categories.has(page.slug)) add(msg('url.categoryListing', { slug: page.slug }));
    else if (generated) add(msg('url.sitePage', { what: generated }));
    else taken.set(foldKey(out), page);
  }
  return taken;
}
