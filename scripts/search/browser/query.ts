import { inflectionBases } from '../../hindi/inflection.ts';
import { isStopWord } from '../../hindi/stopwords.ts';
import { foldToken } from '../../hindi/tokens.ts';
import { spellingVariants } from '../../hindi/variants.ts';
import { queryWords } from '../../hindi/words.ts';

/** One thing the reader asked for: a word and the spellings that count as it. */
export interface Concept {
  /** The word as typed (lowercased, NFC). */
  readonly word: string;
  /** Spellings to look up; romanised words get their Devanagari forms added by the engine. */
  readonly forms: readonly string[];
  /** Typed in Latin letters: a romanised Hindi word or an English one. */
  readonly latin: boolean;
}

export interface ParsedQuery {
  readonly concepts: readonly Concept[];
  /** Question and stop words left out (कब, क्या, का, mein…): they would only narrow the search. */
  readonly dropped: readonly string[];
}

/**
 * The spellings of a word (`spellingVariants`) and the base forms it inflects (`inflectionBases`:
 * नदियों → नदी), since the index files नदी under another key than नदियों: looked up as well, the
 * base finds every form of the word.
 */
export function conceptForms(word: string): string[] {
  const forms = spellingVariants(word);
  return [...new Set([...forms, ...inflectionBases(forms[1] ?? forms[0] ?? word)])];
}

/** Queries longer than this are cut: a pasted paragraph should not send a hundred lookups. */
export const MAX_CONCEPTS = 12;

/**
 * Turns what a reader typed into concepts. Question and stop words are dropped, unless nothing
 * else is left (a search for `कब` alone still looks for कब). Repeated words count once.
 *
 * @example parseQuery('जालोर में चुनाव कब होंगे?').concepts.map((c) => c.word) // ['जालोर', 'चुनाव', 'होंगे']
 */
export function parseQuery(query: string): ParsedQuery {
  const words = queryWords(query).map((w) => w.toLowerCase());
  const seen = new Set<string>();
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const w of words) {
    const key = foldToken(w);
    if (seen.has(key)) continue;
    seen.add(key);
    (isStopWord(key) ? dropped : kept).push(w);
  }
  const chosen = kept.length > 0 ? kept : dropped.splice(0);
  const concepts = chosen.slice(0, MAX_CONCEPTS).map((word) => ({
    word,
    forms: conceptForms(word),
    latin: /^[a-z]+$/.test(word),
  }));
  return { concepts, dropped };
}
