/**
 * How one looked-up word scores a page: BM25 over the page's text, each distinct index word that
 * matched scored on its own and summed, plus a boost for the word in the page's metadata (the
 * headline above all). The form follows Pagefind 1.6's ranking, so the query code's combination of
 * lookups (`rank.ts`), tuned on the eval when Pagefind's runtime ranked, keeps its balance.
 */
export interface Ranking {
  /** BM25 k1: how soon repeating a word stops adding to the score. */
  readonly saturation: number;
  /** BM25 b: how much a long page's many words count against it (0: not at all, 1: fully). */
  readonly pageLength: number;
  /** Weight of text matches against metadata matches (times BM25). */
  readonly text: number;
  /** Boost per metadata field, times the word's IDF; fields not listed get `otherFields`. */
  readonly fields: Readonly<Record<string, number>>;
  readonly otherFields: number;
}

/**
 * Pagefind 1.6's defaults (k1 1.4, b 0.75, title 5, other fields 1), and `text` fitted to its
 * scores: Pagefind multiplies text matches by constant bonuses of its own. With 1.68 the reader's
 * scores are Pagefind's within 5% in one shard (test/search/archive-index.test.ts), median ratio 1.00
 * over 5,357 page scores of 400 lookups on the jagran corpus. Across shards the reader counts rarity
 * and page length over the whole archive, where Pagefind counts them per shard.
 */
export const RANKING: Ranking = { saturation: 1.4, pageLength: 0.75, text: 1.68, fields: { title: 5 }, otherFields: 1 };

/** Rarity of a word on `pages` of `total` pages (BM25's IDF, never negative). */
export function idf(total: number, pages: number): number {
  return Math.log(1 + (total - pages + 0.5) / (pages + 0.5));
}

/**
 * Weight of an index word whose key is longer (or shorter) than the query word's by `extra`
 * letters. Keys are folded and stemmed, so चुनाव, चुनावों and चुनावी share one and count fully;
 * a longer key is another word (चुनावआयोग, सरपंच for सर…) and counts less than half.
 */
export function lengthBonus(extra: number): number {
  return 0.4 + 0.6 * Math.exp(-2 * extra);
}

/** What a page has of one looked-up word. */
export interface PageEvidence {
  /** Per matching index word: its occurrences in the text, weighted (1 each in ordinary text) and times its length bonus. */
  readonly words: readonly number[];
  /** The page's word count. */
  readonly length: number;
  /** Metadata field → how many of the matching index words occur in it. */
  readonly fields: ReadonlyMap<string, number>;
}

/** The page's score for a word of rarity `wordIdf`; `avgLength` is the mean word count over all pages. */
export function pageScore(e: PageEvidence, wordIdf: number, avgLength: number, r: Ranking = RANKING): number {
  const k1 = r.saturation;
  const norm = k1 * (1 - r.pageLength + (r.pageLength * e.length) / (avgLength || 1));
  let score = 0;
  for (const tf of e.words) if (tf > 0) score += (r.text * wordIdf * (k1 + 1) * tf) / (norm + tf);
  for (const [field, words] of e.fields) score += (r.fields[field] ?? r.otherFields) * wordIdf * words;
  return score;
}
