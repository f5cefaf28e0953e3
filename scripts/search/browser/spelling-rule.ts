import { sameInflection } from '../../hindi/inflection.ts';

const DEVANAGARI = /[\u0900-\u097f]/;

/**
 * Which spellings under a matched key count for `typed`. Hindi: forms of the same word, each
 * word's own vowel signs kept (`sameInflection`: चुनावों for चुनाव, never बारे for बार, कमी for कम
 * or मुख्य for मुख्यमंत्री). Other scripts: the word, longer words and shorter ones it extends.
 */
export function spellingMatches(form: string, typed: string): boolean {
  if (DEVANAGARI.test(typed) || DEVANAGARI.test(form)) return sameInflection(form, typed);
  return prefixMatches(form, typed);
}

/** Pagefind's own rule (`exactDiacritics`): the word, longer words, shorter ones it extends. The tests compare the reader with Pagefind by it. */
export const prefixMatches = (form: string, typed: string): boolean => form.startsWith(typed) || typed.startsWith(form);

/** Which spellings under a matched index key count for a typed word. */
export type SpellingRule = (form: string, typed: string) => boolean;
