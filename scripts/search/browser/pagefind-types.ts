/**
 * What the search asks of an index, in the shape of Pagefind's browser API (1.6, `pagefind.js`):
 * the search's own reader (`archive-index.ts`) implements it, and so does Pagefind's runtime, which
 * the eval's baseline and the reader's tests open. Pagefind ships no types for its web runtime, so
 * these are written from its source; keep them minimal.
 */

/** A page's stored data, loaded per result (one small file per page). */
export interface PagefindFragment {
  url: string;
  /** Plain text as indexed; word positions count white-space-separated words of it. */
  content: string;
  meta: Record<string, string | undefined>;
  word_count: number;
}

export interface PagefindResult {
  /** Pagefind's page hash; unique within one index. */
  id: string;
  score: number;
  /** Positions of the matched words in `content`; only some (or none) while `pending` is set. */
  words: number[];
  /** Loads the rest of `words` (positions kept apart in the word index: `word-format.ts`); gone once done. */
  pending?: () => Promise<void>;
  data(): Promise<PagefindFragment>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string | string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindApi {
  search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] }>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/** The module `pagefind.js` exports (only what is used here). */
export interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindApi;
}
