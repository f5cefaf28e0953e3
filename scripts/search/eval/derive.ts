import { isStopWord } from '../../hindi/stopwords.ts';
import { foldToken } from '../../hindi/tokens.ts';
import { transliterate } from '../../hindi/transliterate.ts';
import { queryWords } from '../../hindi/words.ts';
import type { CorpusRecord } from './corpus.ts';

/** A query with the ids of the records that answer it; `type` groups the report. */
export interface EvalQuery {
  query: string;
  relevant: string[];
  type: string;
}

/** The kinds of known-item query derived from a record, in report order. */
export const QUERY_TYPES = ['headline', 'inflected', 'question', 'romanized'] as const;

/** Words as the search box splits them (`queryWords`), so a derived query parses into the words it was made of. */
const words = queryWords;
const isContent = (w: string) => w.length >= 2 && !isStopWord(foldToken(w));

/** A seeded generator (same corpus, same queries on every run). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/** Three consecutive content words of the headline (all of them when it has fewer). */
function headlineWords(r: CorpusRecord, rnd: () => number): string[] {
  const content = words(r.title).filter(isContent);
  if (content.length <= 3) return content;
  const start = Math.floor(rnd() * (content.length - 2));
  return content.slice(start, start + 3);
}

/**
 * Another inflection of a Hindi word, as a reader might type it: plural/oblique endings added or
 * removed (चुनाव → चुनावों, किसानों → किसान, नदी → नदियों). Words ending in ा stay (लड़का → लड़के
 * but महिला → महिलाएं: the ending depends on gender, which the word does not show), as do Latin words.
 */
export function inflect(w: string): string {
  if (!/[\u0900-\u097f]$/.test(w)) return w;
  if (/(ों|ें|ओं)$/.test(w) && w.length > 3) return w.slice(0, -2);
  if (w.endsWith('ी')) return `${w.slice(0, -1)}ियों`;
  if (/[\u0915-\u0939\u0958-\u095f]$/.test(w)) return `${w}ों`;
  return w;
}

/** Spelling habits of people typing Hindi in Latin letters, applied at random to a clean transliteration. */
const ROMAN_HABITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/aa/g, 'a'],
  [/ee/g, 'i'],
  [/oo/g, 'u'],
  [/sh/g, 's'],
  [/v/g, 'w'],
  [/z/g, 'j'],
  [/chh/g, 'ch'],
  [/an(?=[kgcjtdpb])/g, 'am'],
  [/a\b/g, 'aa'],
  [/i\b/g, 'ee'],
];

/** A romanised spelling of Hindi words: `transliterate`, then a few random typing habits. */
export function romanize(ws: readonly string[], rnd: () => number): string {
  let s = ws
    .map((w) => transliterate(w))
    .join(' ')
    .toLowerCase();
  for (const [pattern, replacement] of ROMAN_HABITS) if (rnd() < 0.3) s = s.replace(pattern, replacement);
  return s;
}

/** Question words by what was removed: a number asks कितने, anything else one of the others. */
const ASK = ['क्या', 'किसने', 'कौन', 'कहां', 'किस'];

/**
 * A question about one body sentence (not the first, which usually repeats the headline): a
 * window of up to 10 words around a content word, that word replaced by a question word, and a
 * question mark. Like a reader asking about a detail they half remember.
 */
function question(r: CorpusRecord, rnd: () => number): string | undefined {
  const sentences = r.body
    .split(/(?<=[।?!.])\s*|\n+/)
    .map(words)
    .filter((s) => s.length >= 8 && s.length <= 40);
  const pool = sentences.length > 1 ? sentences.slice(1) : sentences;
  if (pool.length === 0) return undefined;
  const s = pool[Math.floor(rnd() * pool.length)]!;
  const candidates = s.map((w, i) => [w, i] as const).filter(([w]) => isContent(w));
  if (candidates.length < 4) return undefined;
  const [answer, at] = candidates[Math.floor(rnd() * candidates.length)]!;
  const from = Math.max(0, Math.min(at - 5, s.length - 10));
  const window = s.slice(from, from + 10);
  window[at - from] = /^[0-9०-९]+$/.test(answer) ? 'कितने' : ASK[Math.floor(rnd() * ASK.length)]!;
  return `${window.join(' ')}?`;
}

/**
 * Known-item queries for each record, one per type where the record allows it: a few headline
 * words; the same words inflected differently; a question about a body sentence; the headline
 * words romanised. The record itself is the one relevant answer.
 */
export function deriveQueries(records: readonly CorpusRecord[], seed = 1): EvalQuery[] {
  const rnd = seeded(seed);
  const out: EvalQuery[] = [];
  for (const r of records) {
    const head = headlineWords(r, rnd);
    const relevant = [r.id];
    if (head.length >= 2) {
      out.push({ type: 'headline', query: head.join(' '), relevant });
      const inflected = head.map(inflect);
      if (inflected.join(' ') !== head.join(' ')) out.push({ type: 'inflected', query: inflected.join(' '), relevant });
      const devanagari = head.filter((w) => /[\u0900-\u097f]/.test(w));
      if (devanagari.length >= 2) out.push({ type: 'romanized', query: romanize(devanagari, rnd), relevant });
    }
    const q = question(r, rnd);
    if (q) out.push({ type: 'question', query: q, relevant });
  }
  return out;
}
