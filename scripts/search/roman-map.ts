import type { Article } from '../catalog/types.ts';
import { romanKey } from '../hindi/roman-key.ts';
import { romanBucket } from './browser/roman-bucket.ts';
import { mergeParts, vocabularyParts, type ArchiveVocabulary } from './vocab-parts.ts';

/** Options of the romanised-word map, with their defaults. */
export interface RomanMapOptions {
  /** Devanagari words kept per key, most frequent first (`kam` → काम, कम): 3. */
  maxWordsPerKey?: number;
  /** Body words must be in at least this many articles (typos and one-off names stay out): 2. Title words always count. */
  minArticles?: number;
  /**
   * Aim for bucket files of about this many bytes of JSON before compression: 6,000 (about 2 KB
   * gzip; a romanised query loads one bucket per Latin word, so small buckets keep it small).
   */
  bucketBytes?: number;
}

export type { ArchiveVocabulary } from './vocab-parts.ts';

/**
 * In how many articles each Devanagari non-stop word (matching form) occurs; title words flagged.
 * One pass over the archive's text (`vocabularyParts`: each distinct spelling is folded once).
 */
export function archiveVocabulary(articles: readonly Article[]): ArchiveVocabulary {
  return mergeParts(vocabularyParts([articles]));
}

/**
 * The map from a romanised spelling's key (`romanKey`) to the archive's own Devanagari words with
 * that key, most frequent first: `jalor` → [जालोर]. Built from the archive, so it knows the local
 * names a dictionary would not, and it never offers a word that would find nothing.
 * Words are in matching form (`foldToken`: nukta and chandrabindu folded); the query code spells
 * the variants back out. `keyOf` is `romanKey`, or a memo of it (`WordKeys`).
 */
export function buildRomanMap(
  articles: readonly Article[],
  options: RomanMapOptions = {},
  vocabulary: ArchiveVocabulary = archiveVocabulary(articles),
  keyOf: (word: string) => string = romanKey,
): Map<string, string[]> {
  const maxWords = options.maxWordsPerKey ?? 3;
  const minArticles = options.minArticles ?? 2;
  const { df, inTitle } = vocabulary;
  const byKey = new Map<string, Array<[string, number]>>();
  for (const [word, n] of df) {
    if (n < minArticles && !inTitle.has(word)) continue;
    const key = keyOf(word);
    if (key === '' || key.includes(' ')) continue;
    const list = byKey.get(key);
    if (list) list.push([word, n]);
    else byKey.set(key, [[word, n]]);
  }
  const map = new Map<string, string[]>();
  for (const key of [...byKey.keys()].sort()) {
    const list = byKey.get(key)!.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    map.set(
      key,
      list.slice(0, maxWords).map(([w]) => w),
    );
  }
  return map;
}

/**
 * Splits the map into bucket files by `romanBucket`, so a romanised query fetches only the few
 * buckets its words fall in. The bucket count is a power of two sized to `bucketBytes` per file.
 */
export function romanBuckets(map: ReadonlyMap<string, readonly string[]>, options: RomanMapOptions = {}): string[] {
  const target = options.bucketBytes ?? 6_000;
  let bytes = 0;
  for (const [key, words] of map) bytes += key.length + Buffer.byteLength(words.join(' ')) + 6;
  let buckets = 1;
  while (bytes / buckets > target && buckets < 4096) buckets *= 2;
  const parts: Array<Record<string, string>> = Array.from({ length: buckets }, () => ({}));
  for (const [key, words] of map) parts[romanBucket(key, buckets)]![key] = words.join(' ');
  return parts.map((p) => JSON.stringify(p));
}
