import { stem } from '../hindi/stem.ts';
import { isStopWord } from '../hindi/stopwords.ts';
import { forEachToken } from '../hindi/tokens.ts';

/** What term extraction needs from a story. */
export interface TextSource {
  readonly title: string;
  readonly text: string;
}

/** Options of `countTerms`, taken from the related config. */
export interface TermOptions {
  /** Weight of one title word, counted against one body word. */
  readonly titleWeight: number;
  /** Characters of the body read. */
  readonly bodyChars: number;
  /** Stories with fewer word occurrences than this also get character trigrams of their words. */
  readonly subwordBelow: number;
}

/** Raw term counts of every story, with a shared vocabulary. */
export interface TermCounts {
  /** Per story: term ids (ascending) and their weighted counts, index-aligned. */
  readonly ids: readonly Int32Array[];
  readonly counts: readonly Float32Array[];
  /** Stories containing each term, by term id. */
  readonly df: Int32Array;
  readonly vocabulary: readonly string[];
}

/** Numbers shorter than a year (1, 15, 500) are quantities, not topics; 2026 or 1947 are. */
const SHORT_NUMBER = /^\d{1,3}$/;

/**
 * Token → term id, or -1 for words that are never terms. Cached per surface form: an archive
 * repeats the same few hundred thousand forms millions of times, and stemming each once is cheaper.
 */
class Vocabulary {
  readonly terms: string[] = [];
  private readonly byTerm = new Map<string, number>();
  private readonly byToken = new Map<string, number>();
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

  id(token: string): number {
    const cached = this.byToken.get(token);
    if (cached !== undefined) return cached;
    let id = -1;
    if (token.length > 1 && !isStopWord(token) && !SHORT_NUMBER.test(token)) id = this.intern(stem(token));
    this.byToken.set(token, id);
    return id;
  }
}

/**
 * Tokenises, drops stop words, stems and counts the words of every story's title and body lead.
 * A title word counts `titleWeight` times; a short story (headline, brief) also counts each of its
 * distinct words' trigrams once. Pure; cost is linear in the text read.
 */
export function countTerms(docs: readonly TextSource[], options: TermOptions): TermCounts {
  const vocab = new Vocabulary();
  const ids: Int32Array[] = [];
  const counts: Float32Array[] = [];
  let scratch: Float64Array = new Float64Array(1 << 16);
  const touched: number[] = [];
  let df: Int32Array = new Int32Array(1 << 16);
  let words = 0;
  const bump = (id: number, weight: number): void => {
    if (id >= scratch.length) {
      const size = Math.max(scratch.length * 2, id + 1);
      scratch = grow(scratch, size);
      df = growInt(df, size);
    }
    if (scratch[id] === 0) touched.push(id);
    scratch[id] = scratch[id]! + weight;
  };
  const add = (weight: number) => (token: string): void => {
    const id = vocab.id(token);
    if (id < 0) return;
    words++;
    bump(id, weight);
  };
  const addTitle = add(options.titleWeight);
  const addBody = add(1);
  for (const doc of docs) {
    if (options.titleWeight > 0) forEachToken(doc.title, addTitle);
    const body = doc.text.length > options.bodyChars ? doc.text.slice(0, options.bodyChars) : doc.text;
    if (body.length > 0) forEachToken(body, addBody);
    if (words < options.subwordBelow) {
      const wordIds = touched.slice();
      for (const id of wordIds) for (const gram of vocab.trigrams(id)) bump(gram, 1);
    }
    words = 0;
    touched.sort((a, b) => a - b);
    const docIds = Int32Array.from(touched);
    const docCounts = new Float32Array(touched.length);
    for (let i = 0; i < touched.length; i++) {
      const id = touched[i]!;
      docCounts[i] = scratch[id]!;
      scratch[id] = 0;
      df[id] = df[id]! + 1;
    }
    touched.length = 0;
    ids.push(docIds);
    counts.push(docCounts);
  }
  return { ids, counts, df: df.subarray(0, vocab.terms.length), vocabulary: vocab.terms };
}

function grow(a: Float64Array, size: number): Float64Array {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

function growInt(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
