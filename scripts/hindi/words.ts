/**
 * What a word is, for every part of the project that splits text: related stories, the search
 * index's hidden function words and romanised-word map, transliteration and slugs, the search box.
 * One set of character classes; the variants below differ from the main definition on purpose,
 * each for a reason it states. test/hindi/words.test.ts checks the code-unit tests against the
 * patterns for every UTF-16 code unit.
 *
 * Patterns and tables are made on first use, not at load: the browser's search script imports
 * this module for `queryWords` and `asciiWords` only, and esbuild leaves out what it does not call.
 */

/**
 * Devanagari letters, vowel signs, other signs and digits: the block U+0900–U+097F less the danda
 * (।), double danda (॥) and abbreviation sign (॰), which are punctuation and separate words.
 */
const DEVANAGARI = '\\u0900-\\u0963\\u0966-\\u096f\\u0971-\\u097f';

/** ZWJ and ZWNJ: they choose a half form or stop a conjunct (क्‍ष), so they sit inside words. */
const JOINERS = '\\u200c\\u200d';

/**
 * Invisible characters that `foldToken` and `normalizeText` remove (zero-width space, word joiner,
 * soft hyphen, BOM): inside a word until then, so a word splits where it will after folding.
 */
const INVISIBLE = '\\u200b\\u2060\\u00ad\\ufeff';

/**
 * ASCII letters and digits, and the letters of Latin-1 and Latin Extended-A/B (accented names:
 * café, Zoë), less the signs × and ÷ that sit among them: `4×100` is two numbers.
 */
const LATIN = 'A-Za-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';

/** Every class a word is made of (see `words`); a function so that nothing is computed at load. */
const wordClass = () => LATIN + DEVANAGARI + JOINERS + INVISIBLE;

let wordPattern: RegExp | undefined;

/**
 * The words of `text` as written, in order, duplicates kept. A word is a maximal run of Latin
 * letters and digits, Devanagari letters, signs and digits, and the joiners and invisible
 * characters inside words. Punctuation, dandas, hyphens and spaces separate words; Latin and
 * Devanagari written together (`IPL२०२६`) are one word. `words(foldToken(text))` gives the matching
 * forms (tokens.ts); folding each word of `words(text)` gives the same, minus words that fold to
 * nothing (a stray joiner), which is what lets `WordTable` fold each surface form once.
 *
 * @example words('ज़िले की सड़कें, 2026 में।') // ['ज़िले', 'की', 'सड़कें', '2026', 'में']
 */
export function words(text: string): string[] {
  return text.match((wordPattern ??= new RegExp(`[${wordClass()}]+`, 'g'))) ?? [];
}

/** A table indexed by UTF-16 code unit: the scanners that run over whole archives test a character with one load. */
function codeUnits(chars: string): Uint8Array {
  const re = new RegExp(`[${chars}]`);
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (re.test(String.fromCharCode(c))) table[c] = 1;
  return table;
}
let wordUnits: Uint8Array | undefined;
let runUnits: Uint8Array | undefined;

/** Whether a UTF-16 code unit belongs to a word (`words`). */
export function isWordChar(c: number): boolean {
  return (wordUnits ??= codeUnits(wordClass()))[c] === 1;
}

/**
 * Variant: Devanagari words only: a Devanagari letter, sign or digit (not a danda or ॰), or ZWJ/ZWNJ. For rules that are
 * about Devanagari spelling (function words, romanised keys): `abcहिंदी2024` holds the one word हिंदी.
 */
export function isDevanagariRunChar(c: number): boolean {
  return (runUnits ??= codeUnits(DEVANAGARI + JOINERS))[c] === 1;
}

let devanagariWord: RegExp | undefined;

/** Whether a whole string is Devanagari letters, signs and digits (no joiners), as the stemmer and the romanised map expect. */
export function isDevanagariWord(s: string): boolean {
  return (devanagariWord ??= new RegExp(`^[${DEVANAGARI}]+$`)).test(s);
}

let scriptRun: RegExp | undefined;

/**
 * Variant: transliteration's runs of one script, in order, each with whether it is Devanagari:
 * Devanagari runs (joiners inside) and runs of ASCII letters and digits. `BJPका` is two runs, since
 * each script is romanised by its own rule; accented and other Latin letters are left out, since
 * romanised text (URLs) is ASCII. Expects text already lowercased, with Latin digits and accents
 * stripped, as `transliterate` makes it.
 */
export function scriptRuns(text: string): Array<[run: string, devanagari: boolean]> {
  const pattern = (scriptRun ??= new RegExp(`([${DEVANAGARI}${JOINERS}]+)|[a-z0-9]+`, 'g'));
  return Array.from(text.matchAll(pattern), (m) => [m[0], m[1] !== undefined]);
}

/** The words of romanised (ASCII) text, such as `transliterate` output: `jalore-barmer` → jalore, barmer. */
export function asciiWords(latin: string): string[] {
  return latin.match(/[a-z0-9]+/g) ?? [];
}

/**
 * Variant: the words of what a reader typed in the search box. Letters, marks and digits of any
 * script, not only Latin and Devanagari: Pagefind indexes every script, so a name pasted in Urdu
 * or Gurmukhi is still searched for. NFC first; joiners are removed, since left in they would
 * split स्‍कूल into two words. The eval derives its queries with the same split.
 */
export function queryWords(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .replace(/[\u200c\u200d]/g, '')
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  );
}
