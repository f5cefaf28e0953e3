import { stem } from '../hindi/stem.ts';
import { isStopWord } from '../hindi/stopwords.ts';
import { foldToken } from '../hindi/tokens.ts';
import { WordTable } from '../hindi/word-table.ts';
import { grow } from './grow.ts';

/** What term extraction needs from a story. */
export interface TextSource {
  readonly title: string;
  readonly text: string;
  /** In the reference set whose statistics weigh terms (stats.ts): counted in `dfRef`. */
  readonly ref?: boolean;
}

/**
 * How many body words one title word is worth: the headline names the topic in few words.
 * Tuned with `npm run eval:related` (commit e310aed, "tuned defaults").
 */
export const TITLE_WEIGHT = 2;

/** Characters of the body read per story: the lede carries the topic, the rest adds cost, not matches. */
export const BODY_CHARS = 3000;

/**
 * A story with fewer words than this (after stop words) also matches on character trigrams of its
 * words: headlines and briefs share too few whole words.
 */
export const SUBWORD_BELOW = 40;

/** Options of `countTerms` (defaults above; the resolved related config carries them). */
export interface TermOptions {
  /** Weight of one title word, counted against one body word. */
  readonly titleWeight: number;
  /** Characters of the body read. */
  readonly bodyChars: number;
  /** Stories with fewer word occurrences than this also get character trigrams of their words. */
  readonly subwordBelow: number;
}

/** Raw term counts of every story, with a shared vocabulary (CSR layout, one buffer for all). */
export interface TermCounts {
  /** Story i's terms are at [offsets[i], offsets[i + 1]): ids ascending, weighted counts aligned. */
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  readonly counts: Float32Array;
  /** Stories containing each term, by term id. */
  readonly df: Int32Array;
  /** Stories of the reference set (`TextSource.ref`) containing each term. */
  readonly dfRef: Int32Array;
  readonly vocabulary: readonly string[];
  /**
   * Each story's length for BM25: its title words × the title weight, plus its body words and
   * trigrams. Computed from whole counts, not by adding up the entries, so it does not depend on
   * the order of a story's terms (which differs between a range's and the archive's term ids).
   */
  readonly lengths: Float64Array;
}

/** What the archive-wide statistics need of a range's counts: a helper thread sends only this. */
export type CountSummary = Pick<TermCounts, 'vocabulary' | 'df' | 'dfRef' | 'lengths'>;

/** Numbers shorter than a year (1, 15, 500) are quantities, not topics; 2026 or 1947 are. */
const SHORT_NUMBER = /^\d{1,3}$/;

/**
 * Word as written → term id, or -1 for words that are never terms. WordTable caches it per
 * surface form: an archive repeats the same few hundred thousand forms millions of times, so
 * folding and stemming each once is far cheaper than folding the whole text.
 */
class Vocabulary {
  readonly terms: string[] = [];
  private readonly byTerm = new Map<string, number>();
  private readonly trigramsOf: Int32Array[] = [];

  private intern(term: string): number {
    let id = this.byTerm.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.byTerm.set(term, id);
    }
    return id;
  }

  /**
   * Character trigrams of a word term, as term ids (`#` marks them apart from words). Short texts
   * share few whole words, but किसान and किसानी, or a name spelt two ways, still share trigrams.
   */
  trigrams(id: number): Int32Array {
    let grams = this.trigramsOf[id];
    if (grams === undefined) {
      const s = `<${this.terms[id]!}>`;
      const ids = new Set<number>();
      for (let k = 0; k + 3 <= s.length; k++) ids.add(this.intern(`#${s.slice(k, k + 3)}`));
      grams = Int32Array.from(ids);
      this.trigramsOf[id] = grams;
    }
    return grams;
  }

  /** Term id of a word as written (called once per surface form, by WordTable). */
  id(word: string): number {
    const token = foldToken(word);
    if (token.length <= 1 || isStopWord(token) || SHORT_NUMBER.test(token)) return -1;
    return this.intern(stem(token));
  }
}

/**
 * Tokenises, drops stop words, stems and counts the words of every story's title and body lead.
 * A title word counts `titleWeight` times; a short story (headline, brief) also counts each of its
 * distinct words' trigrams once. Pure; cost is linear in the text read.
 */
export function countTerms(docs: readonly TextSource[], options: TermOptions): TermCounts {
  const vocab = new Vocabulary();
  const offsets = new Int32Array(docs.length + 1);
  // First guess at the room needed: a distinct term per 12 characters read (Hindi news runs at
  // about one per 10-15), so a large archive seldom pays for growing copies of these buffers.
  let chars = 0;
  for (const doc of docs) chars += doc.title.length + Math.min(doc.text.length, options.bodyChars);
  let ids: Int32Array = new Int32Array(Math.max(1 << 16, Math.ceil(chars / 12)));
  let counts: Float32Array = new Float32Array(ids.length);
  let scratch: Float64Array = new Float64Array(1 << 16);
  let df: Int32Array = new Int32Array(1 << 16);
  let dfRef: Int32Array = new Int32Array(1 << 16);
  let touched: Int32Array = new Int32Array(1 << 12);
  let seen = 0;
  let words = 0;
  let titleWords = 0;
  let otherUnits = 0;
  const lengths = new Float64Array(docs.length);
  const bump = (id: number, weight: number): void => {
    if (id >= scratch.length) {
      const size = Math.max(scratch.length * 2, id + 1);
      scratch = grow(scratch, size);
      df = grow(df, size);
      dfRef = grow(dfRef, size);
    }
    if (scratch[id] === 0) {
      if (seen === touched.length) touched = grow(touched, seen * 2);
      touched[seen++] = id;
    }
    scratch[id] = scratch[id]! + weight;
  };
  const table = new WordTable((word) => vocab.id(word));
  const addTitle = (id: number): void => {
    words++;
    titleWords++;
    bump(id, options.titleWeight);
  };
  const addBody = (id: number): void => {
    words++;
    otherUnits++;
    bump(id, 1);
  };
  let at = 0;
  docs.forEach((doc, i) => {
    if (options.titleWeight > 0) table.scan(doc.title, doc.title.length, addTitle);
    table.scan(doc.text, options.bodyChars, addBody);
    if (words < options.subwordBelow) {
      const wordCount = seen;
      for (let k = 0; k < wordCount; k++) {
        for (const gram of vocab.trigrams(touched[k]!)) {
          bump(gram, 1);
          otherUnits++;
        }
      }
    }
    lengths[i] = titleWords * options.titleWeight + otherUnits;
    words = 0;
    titleWords = 0;
    otherUnits = 0;
    const mine = touched.subarray(0, seen).sort();
    if (at + seen > ids.length) [ids, counts] = [grow(ids, Math.ceil((at + seen) * 1.5)), grow(counts, Math.ceil((at + seen) * 1.5))];
    for (let k = 0; k < seen; k++) {
      const id = mine[k]!;
      ids[at + k] = id;
      counts[at + k] = scratch[id]!;
      scratch[id] = 0;
      df[id] = df[id]! + 1;
      if (doc.ref) dfRef[id] = dfRef[id]! + 1;
    }
    at += seen;
    seen = 0;
    offsets[i + 1] = at;
  });
  return {
    offsets,
    ...fit(ids, counts, at),
    df: df.slice(0, vocab.terms.length),
    dfRef: dfRef.slice(0, vocab.terms.length),
    vocabulary: vocab.terms,
    lengths,
  };
}

/** The first `at` entries: a view when the guess was close (no 100 MB copy at 100,000 stories), else a copy. */
function fit(ids: Int32Array, counts: Float32Array, at: number): { ids: Int32Array; counts: Float32Array } {
  if (at * 4 >= ids.length * 3) return { ids: ids.subarray(0, at), counts: counts.subarray(0, at) };
  return { ids: ids.slice(0, at), counts: counts.slice(0, at) };
}
