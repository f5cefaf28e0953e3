import { isDevanagariWord } from './words.ts';

/**
 * A light stemmer for Hindi inflections, after Ramanathan & Rao, "A Lightweight Stemmer for Hindi"
 * (2003): remove the longest known inflectional suffix, once, and keep a stem of at least two
 * letters. No dictionary, so a stem is a matching key, not a word a reader would see:
 *
 * - masculine -आ nouns and adjectives lose the आ in every form, so बच्चा, बच्चे, बच्चों meet at
 *   बच्च, and नेता, नेताओं at नेत (telling नेता from बच्चा would need a lexicon);
 * - feminine -ई forms meet likewise: लड़की, लड़कियां, लड़कियों → लड़क; सरकारी → सरकार;
 * - consonant stems keep their spelling: चुनावों → चुनाव, किसानों → किसान, सड़कें → सड़क;
 * - verb endings go: करेगी, करेगा, करेंगे, करना, करते, करें → कर.
 *
 * Expects a matching form (`foldToken` output: folded chandrabindu, no nukta needed), but tolerates
 * raw words. Latin words lose a plain English plural (`elections` → `election`); other scripts and
 * numbers are returned unchanged.
 */

/** Inflectional suffixes, longest first; written with anusvara, as `foldToken` folds chandrabindu. */
const SUFFIXES: readonly (readonly string[])[] = [
  ['ाएंगी', 'ाएंगे', 'ाऊंगी', 'ाऊंगा', 'ाइयां', 'ाइयों'],
  ['ाएगी', 'ाएगा', 'ाओगी', 'ाओगे', 'एंगी', 'ेंगी', 'एंगे', 'ेंगे', 'ूंगी', 'ूंगा', 'ातीं', 'नाओं', 'नाएं', 'ताओं', 'ताएं', 'ियां', 'ियों'],
  ['ाइए', 'ाईं', 'ाया', 'ेगी', 'ेगा', 'ोगी', 'ोगे', 'ाने', 'ाना', 'ाते', 'ाती', 'ाता', 'तीं', 'ाओं', 'ाएं', 'ुओं', 'ुएं', 'ुआं'],
  ['ाओ', 'िए', 'ाई', 'ाए', 'ने', 'नी', 'ना', 'ते', 'ीं', 'ती', 'ता', 'ां', 'ों', 'ें'],
  ['ो', 'े', 'ू', 'ु', 'ी', 'ि', 'ा'],
];

/** Suffix sets keyed by length in UTF-16 units, so one slice per length is enough. */
const BY_LENGTH = new Map<number, Set<string>>();
for (const s of SUFFIXES.flat()) BY_LENGTH.set(s.length, (BY_LENGTH.get(s.length) ?? new Set()).add(s));
const MAX_SUFFIX = Math.max(...BY_LENGTH.keys());

/** Letters: independent vowels and consonants (matras, anusvara, virama and nukta are marks). */
const LETTER = /[\u0904-\u0939\u0958-\u0961\u0972-\u097f]/g;
const LATIN_WORD = /^[a-z]+$/;

/** Fewest letters a stem may keep: कर, रह, जन survive; ने (from नेता) and मा (from माता) do not. */
const MIN_LETTERS = 2;

function letters(s: string): number {
  return s.match(LETTER)?.length ?? 0;
}

function stemDevanagari(word: string): string {
  for (let len = Math.min(MAX_SUFFIX, word.length - 1); len >= 1; len--) {
    const set = BY_LENGTH.get(len);
    if (set === undefined || !set.has(word.slice(-len))) continue;
    const rest = word.slice(0, -len);
    if (letters(rest) >= MIN_LETTERS) return rest;
  }
  return word;
}

/** Plain English plurals only; short words (bus, news, gas) and -ss/-us/-is endings stay. */
function stemLatin(word: string): string {
  if (word.length < 5) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The stem of one word in matching form. Cheap (a few slices and set lookups) and safe on
 * anything: numbers and mixed-script words come back unchanged.
 *
 * @example stem('किसानों') // 'किसान'
 * @example stem('करेंगे') // 'कर'
 */
export function stem(word: string): string {
  if (isDevanagariWord(word)) return stemDevanagari(word.replace(/\u0901/g, '\u0902'));
  if (LATIN_WORD.test(word)) return stemLatin(word);
  return word;
}
