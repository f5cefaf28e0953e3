/**
 * Settings of related stories, modelled on Hugo's `related` config: one small typed object, every
 * field documented with its default and range, defaults exported, bad values rejected by name
 * (see validate.ts). A site overrides any part of it under `related` in `content/_data/site.json`.
 */

/** How much each signal counts. Text similarity is 0..1, so the key bonuses are read against it. */
export interface RelatedWeights {
  /** Multiplier of the text similarity (cosine of the TF-IDF term vectors, 0..1). Default 1; 0..10. */
  readonly text: number;
  /** How many body words one title word is worth when building a story's term vector. Default 2; 0..10. */
  readonly title: number;
  /** Bonus × tag overlap (cosine of the tag sets, 0..1); shared tags also find candidates. Default 0.3; 0..10. */
  readonly tags: number;
  /** Bonus when both stories are from the same district. Default 0.05; 0..10. */
  readonly district: number;
  /** Bonus when both stories are in the same category. Default 0.05; 0..10. */
  readonly category: number;
  /** Bonus when both stories have the same author (weak: a reporter covers many beats). Default 0.01; 0..10. */
  readonly author: number;
  /**
   * Share of the score that fades with the time between two stories: 0 ignores dates, 1 lets a
   * story from long ago score nothing. Default 0.2, so an equal match from the same week beats one
   * from six years before by about a quarter. Range 0..1.
   */
  readonly recency: number;
}

/** The whole related-stories config; see each field for its default and allowed range. */
export interface RelatedConfig {
  /** Related stories per article. Default 5; integer 1..50. */
  readonly count: number;
  /**
   * Least text + tag similarity (before key bonuses and recency) for a story to count as related.
   * Slots left empty are filled with the latest stories of the article's category, marked
   * `fallback`. Default 0.04; 0..1.
   */
  readonly minScore: number;
  readonly weights: RelatedWeights;
  /** Days after which the recency part of the score has halved. Default 365; 1..36500. */
  readonly recencyHalfLifeDays: number;
  /**
   * Distinctive terms kept per story (highest TF-IDF first). They are both the story's query and
   * what the index holds about it, so they bound the work per story. Default 100; integer 1..500.
   */
  readonly queryTerms: number;
  /**
   * Terms (and tags) found in more than this share of stories are dropped: they match everything
   * and cost the most (boilerplate such as "फेसबुक ट्विटर पर फॉलो करें"). Applies from 50 stories on;
   * below that everything is kept. Default 0.3; 0..1.
   */
  readonly maxDocFrequency: number;
  /**
   * Longest posting list read per term: a term's stories are kept in order of its weight in them,
   * and only the first `maxPostings` are scanned, so one common term cannot use up `maxScan`.
   * Default 250; integer 10..1000000.
   */
  readonly maxPostings: number;
  /**
   * Posting entries read per story at most, strongest terms first: the hard bound on work per
   * story, whatever the archive's size. Default 4000; integer 100..10000000.
   */
  readonly maxScan: number;
  /** Characters of the body read per story (the lede carries the topic). Default 3000; integer 0..1000000. */
  readonly bodyChars: number;
  /**
   * Exponent of the inverse document frequency. 1 is classic TF-IDF; lower values let topic words
   * (बजट, क्रिकेट) count more against one-off names. Default 0.7; 0..2.
   */
  readonly idfExponent: number;
  /**
   * A story with fewer words than this (after stop words) also matches on character trigrams of its
   * words: headlines and briefs share too few whole words. Default 40; integer 0..10000.
   */
  readonly subwordBelow: number;
  /**
   * Nearest stories kept per story by the first stage: the pool the final list is taken from.
   * Default 30; integer 5..500.
   */
  readonly candidates: number;
  /**
   * Document expansion: weight of the centroid of a story's nearest neighbours added to its own
   * term vector (which weighs 1) before the final comparison. Stories on one topic then share their
   * neighbourhoods' words, not only their own: headlines and briefs gain most. 0 compares the
   * stories' own vectors. Default 1; 0..10.
   */
  readonly expansion: number;
  /** How many nearest neighbours (from the first stage) expand a story's vector. Default 30; integer 1..500. */
  readonly expansionNeighbours: number;
  /**
   * Strongest terms kept per expanded vector: bounds memory (about 8 bytes per term and story) and
   * the work of each final comparison. Default 180; integer 10..5000.
   */
  readonly expandedTerms: number;
}

/** The defaults: the values measured in `npm run eval:related` (see the commit that set them). */
export const DEFAULT_RELATED_CONFIG: RelatedConfig = Object.freeze({
  count: 5,
  minScore: 0.04,
  weights: Object.freeze({ text: 1, title: 2, tags: 0.3, district: 0.05, category: 0.05, author: 0.01, recency: 0.2 }),
  recencyHalfLifeDays: 365,
  queryTerms: 100,
  maxDocFrequency: 0.3,
  maxPostings: 250,
  maxScan: 4000,
  bodyChars: 3000,
  idfExponent: 0.7,
  subwordBelow: 40,
  candidates: 30,
  expansion: 1,
  expansionNeighbours: 30,
  expandedTerms: 180,
});

/** Allowed range of each numeric field, `[min, max, integer?]`; the validator and the docs above agree. */
export const RANGES = {
  count: [1, 50, true],
  minScore: [0, 1, false],
  recencyHalfLifeDays: [1, 36500, false],
  queryTerms: [1, 500, true],
  maxDocFrequency: [0, 1, false],
  maxPostings: [10, 1_000_000, true],
  maxScan: [100, 10_000_000, true],
  bodyChars: [0, 1_000_000, true],
  idfExponent: [0, 2, false],
  subwordBelow: [0, 10_000, true],
  candidates: [5, 500, true],
  expansion: [0, 10, false],
  expansionNeighbours: [1, 500, true],
  expandedTerms: [10, 5000, true],
  'weights.text': [0, 10, false],
  'weights.title': [0, 10, false],
  'weights.tags': [0, 10, false],
  'weights.district': [0, 10, false],
  'weights.category': [0, 10, false],
  'weights.author': [0, 10, false],
  'weights.recency': [0, 1, false],
} as const satisfies Record<string, readonly [number, number, boolean]>;
