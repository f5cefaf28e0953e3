/**
 * What the related-stories algorithm sees of a story: a minimal interface, so it never depends on
 * Eleventy or on the catalog's full Article (which is structurally a RelatedDoc).
 */
export interface RelatedDoc {
  /** Unique and stable: used as the result key and as the last tie-break. */
  readonly id: string;
  /** Milliseconds since the epoch. */
  readonly timestamp: number;
  readonly title: string;
  /** Plain text of the body. */
  readonly text: string;
  readonly tags: readonly string[];
  readonly category: { readonly slug: string };
  readonly district: { readonly slug: string };
  /** The byline's people; the first (the lead reporter) counts for the author bonus. */
  readonly authors: readonly { readonly slug: string }[];
  /** Drafts get related stories (for previews) but are never offered as one. */
  readonly draft?: boolean;
}

/** One related story of an article. */
export interface RelatedHit {
  readonly id: string;
  /** Higher is closer; 0 for fallbacks. Rounded to 6 decimals so output bytes are stable. */
  readonly score: number;
  /** Present and true when the slot was filled with a latest story of the category, not a match. */
  readonly fallback?: true;
}
