import { typoShelf } from '../hindi/typo-distance.ts';
import { romanBucket } from './browser/roman-bucket.ts';
import type { ArchiveVocabulary } from './roman-map.ts';

/** Options of the typo vocabulary, with their defaults. */
export interface TypoVocabularyOptions {
  /** Words must be in at least this many articles to be offered as a correction (one-off typos stay out): 2. Title words always count. */
  minArticles?: number;
  /** Aim for bucket files of about this many bytes of JSON before compression: 6,000 (about 2.5 KB gzip). */
  bucketBytes?: number;
}

/**
 * The archive's words that a misspelled query word may be corrected to, for the browser's typo
 * lookup (`browser/typo-lookup.ts`): each word as first written, with the number of articles it is
 * in, filed on shelves by first letter and skeleton length (`typoShelf`), most frequent first.
 * Shelves are hashed into bucket files (`romanBucket`) of about `bucketBytes`, so a query word
 * that needs a correction loads the three buckets of its shelf and the two beside it, and a query
 * that needs none loads nothing. Returns the buckets' JSON, `{ shelf: "word df word df …" }`.
 * `shelfOf` is `typoShelf`, or a memo of it (`WordKeys`).
 */
export function typoBuckets(
  vocabulary: ArchiveVocabulary,
  options: TypoVocabularyOptions = {},
  shelfOf: (word: string) => string = typoShelf,
): string[] {
  const minArticles = options.minArticles ?? 2;
  const target = options.bucketBytes ?? 6_000;
  const shelves = new Map<string, Array<[string, number]>>();
  let bytes = 0;
  for (const [word, n] of vocabulary.df) {
    if (n < minArticles && !vocabulary.inTitle.has(word)) continue;
    const shelf = shelfOf(word);
    if (shelf === '') continue;
    const shown = vocabulary.written.get(word) ?? word;
    const list = shelves.get(shelf) ?? [];
    if (list.length === 0) shelves.set(shelf, list);
    list.push([shown, n]);
    bytes += Buffer.byteLength(shown) + String(n).length + 2;
  }
  let buckets = 1;
  while (bytes / buckets > target && buckets < 4096) buckets *= 2;
  const parts: Array<Record<string, string>> = Array.from({ length: buckets }, () => ({}));
  for (const shelf of [...shelves.keys()].sort()) {
    const list = shelves.get(shelf)!.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    parts[romanBucket(shelf, buckets)]![shelf] = list.map(([w, n]) => `${w} ${n}`).join(' ');
  }
  return parts.map((p) => JSON.stringify(p));
}
