import type { Article } from '../catalog/types.ts';
import { romanKey } from '../hindi/roman-key.ts';
import { isStopWord } from '../hindi/stopwords.ts';
import { foldToken } from '../hindi/tokens.ts';
import { romanBucket } from './browser/roman-bucket.ts';

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

const DEVANAGARI_WORD = /^[\u0900-\u097f]{2,}$/;
/** Runs of Devanagari letters and signs (joiners included, dandas not): the candidate words. */
const RUN = /[\u0900-\u0963\u0966-\u097f\u200c\u200d]{2,}/g;

/**
 * In how many articles each Devanagari non-stop word (matching form) occurs; title words flagged.
 * Scans raw runs and folds each distinct one once (cached): the archive's text is read in one
 * pass, which matters at 100,000 stories.
 */
function vocabulary(articles: readonly Article[]): { df: Map<string, number>; inTitle: Set<string> } {
  const df = new Map<string, number>();
  const inTitle = new Set<string>();
  const folded = new Map<string, string>();
  const fold = (raw: string) => {
    let w = folded.get(raw);
    if (w === undefined) {
      w = foldToken(raw);
      if (!DEVANAGARI_WORD.test(w) || isStopWord(w)) w = '';
      folded.set(raw, w);
    }
    return w;
  };
  const seen = new Set<string>();
  const visit = (text: string, title: boolean) => {
    for (const m of text.matchAll(RUN)) {
      const w = fold(m[0]);
      if (w === '') continue;
      if (title) inTitle.add(w);
      if (seen.has(w)) continue;
      seen.add(w);
      df.set(w, (df.get(w) ?? 0) + 1);
    }
  };
  for (const a of articles) {
    seen.clear();
    visit(a.title, true);
    visit(a.text, false);
  }
  return { df, inTitle };
}

/**
 * The map from a romanised spelling's key (`romanKey`) to the archive's own Devanagari words with
 * that key, most frequent first: `jalor` → [जालोर]. Built from the archive, so it knows the local
 * names a dictionary would not, and it never offers a word that would find nothing.
 * Words are in matching form (`tokenize`: nukta and chandrabindu folded); the query code spells
 * the variants back out.
 */
export function buildRomanMap(articles: readonly Article[], options: RomanMapOptions = {}): Map<string, string[]> {
  const maxWords = options.maxWordsPerKey ?? 3;
  const minArticles = options.minArticles ?? 2;
  const { df, inTitle } = vocabulary(articles);
  const byKey = new Map<string, Array<[string, number]>>();
  for (const [word, n] of df) {
    if (n < minArticles && !inTitle.has(word)) continue;
    const key = romanKey(word);
    if (key === '' || key.includes(' ')) continue;
    const list = byKey.get(key);
    if (list) list.push([word, n]);
    else byKey.set(key, [[word, n]]);
  }
  const map = new Map<string, string[]>();
  for (const key of [...byKey.keys()].sort()) {
    const list = byKey.get(key)!.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    map.set(key, list.slice(0, maxWords).map(([w]) => w));
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
