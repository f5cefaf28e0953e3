import type { Author, Category, District, Source } from '../content/schema.ts';
import type { BylineName } from './byline.ts';
import type { Correction } from '../content/corrections.ts';

/** One article of the catalog: front-matter resolved against the data files, plus derived facts. */
export interface Article {
  /** Path relative to the content folder, with forward slashes: `articles/2026/11/mandi-bhav.md`. */
  readonly id: string;
  /** Absolute path of the source file (for error messages and the dev server). */
  readonly sourcePath: string;
  readonly title: string;
  /** The summary from front-matter, or the first paragraph's opening words. */
  readonly summary: string;
  /** ASCII slug, from front-matter `slug` or transliterated from the title. */
  readonly slug: string;
  /** Site-relative URL with a trailing slash: `/2026/11/mandi-bhav/`. */
  readonly url: string;
  /** Publication instant as ISO 8601 in +05:30: `2026-11-23T00:00:00.000+05:30`. */
  readonly date: string;
  /** Milliseconds since the epoch, for sorting and recency. */
  readonly timestamp: number;
  /** Correction date in +05:30, when the article has `updated:`. */
  readonly updated?: string;
  /** Correction notes shown at the top of the story, oldest first; absent when there are none. */
  readonly corrections?: readonly Correction[];
  /** `featured: true`: a candidate for the home page's lead (see home.ts). */
  readonly featured?: true;
  /** `breaking: true`: the strip on every page shows the story until this instant (+05:30). */
  readonly breakingUntil?: string;
  readonly category: Category;
  readonly district: District;
  /** Every person of the byline, in the order written; empty for agency or desk copy. */
  readonly authors: readonly Author[];
  /** The agency or desk (`source:`), when the story has one. */
  readonly source?: Source;
  /** The authors and the source joined as Hindi prose, for templates (see byline.ts). */
  readonly byline: readonly BylineName[];
  readonly tags: readonly string[];
  readonly image?: { readonly src: string; readonly alt: string; readonly caption?: string; readonly credit?: string };
  readonly draft: boolean;
  /** `false`: no ad slot on this story's page (front-matter `ads: false`); absent means true. */
  readonly ads?: boolean;
  /** Old URLs that must keep working (redirect pages). */
  readonly aliases: readonly string[];
  /** Markdown source of the body, NFC-normalised (read from the story cache on first use). */
  readonly body: string;
  /** The `src` of each picture of the body, when validation found them (ValidArticle.bodyPictures). */
  readonly bodyPictures?: readonly string[];
  /** Plain text of the body (Markdown syntax removed), for related stories and search. */
  readonly text: string;
}

/** The whole archive, sorted newest first (ties: id ascending), frozen. */
export interface Catalog {
  readonly articles: readonly Article[];
  readonly categories: readonly Category[];
  readonly districts: readonly District[];
  readonly authors: readonly Author[];
  readonly sources: readonly Source[];
}
