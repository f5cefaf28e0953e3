import { toLatinDigits } from './numerals.ts';

/**
 * Word characters: Latin letters and digits (after lowercasing), Latin-1 and Latin Extended-A
 * letters, and Devanagari letters, signs and digits. The danda (।), double danda (॥) and the
 * abbreviation sign (॰) separate words, as punctuation does. Joiners are gone by then (folded),
 * so they never split a word.
 */
const WORD = /[a-z0-9\u00c0-\u024f\u0900-\u0963\u0966-\u096f\u0971-\u097f]+/g;

/**
 * Spelling variants that readers and reporters use for the same word. Folded so that they meet:
 * - nukta (ज़िला / जिला, फ़िल्म / फिल्म, सड़क / सडक): writers drop it as often as they write it;
 * - chandrabindu → anusvara (कहाँ / कहां, लड़कियाँ / लड़कियां);
 * - candra o/e from English loans (कॉलेज / कालेज, ऑफिस / आफिस, बैंक / बॅंक);
 * - half nasal before a stop (क…म) → anusvara (हिन्दी / हिंदी, सम्बन्ध / संबंध); not before
 *   य र ल व श स ह, where standard spelling keeps the half letter (अन्य, कन्या);
 * - invisible joiners, and Devanagari digits → Latin (२०२६ / 2026).
 * Precomposed nukta letters (U+0958–095F) need no case: NFC splits them into letter + nukta.
 */
const VARIANT = /[\u0901\u093c\u0945\u0949\u0911\u0966-\u096f\u200b-\u200d\u2060\ufeff\u00ad]|[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u092e])/g;

function foldVariant(m: string): string {
  if (m.length === 2) return '\u0902';
  switch (m) {
    case '\u0901': return '\u0902';
    case '\u0945': return '\u0947';
    case '\u0949': return '\u093e';
    case '\u0911': return '\u0906';
    case '\u093c': case '\u200b': case '\u200c': case '\u200d': case '\u2060': case '\ufeff': case '\u00ad': return '';
    default: return toLatinDigits(m);
  }
}

/**
 * The matching form of one word (or of a whole text): NFC, Latin lowercased, and the spelling
 * variants above folded. Matching only, never display: `सड़क` becomes `सडक`.
 */
export function foldToken(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(VARIANT, foldVariant);
}

/**
 * Splits Hindi, English or mixed text into words in their matching form (see `foldToken`), in
 * order, duplicates kept. Punctuation, dandas, hyphens and spaces separate words; digits stay
 * words (`2026`, `१०` → `10`). Stop words are not removed and nothing is stemmed: callers combine
 * `tokenize`, `isStopWord` and `stem` as they need.
 *
 * @example tokenize('ज़िले की सड़कें, 2026 में।') // ['जिले', 'की', 'सडकें', '2026', 'में']
 */
export function tokenize(text: string): string[] {
  return foldToken(text).match(WORD) ?? [];
}

/**
 * Raw words: characters `WORD` accepts plus uppercase Latin and the invisible joiners that
 * `foldToken` removes, so a word splits exactly where it would after folding.
 */
const RAW_WORD = /[A-Za-z0-9\u00c0-\u024f\u0900-\u0963\u0966-\u096f\u0971-\u097f\u200b-\u200d\u2060\u00ad]+/g;

/**
 * Calls `visit` with each word as written, not folded. For callers that cache per surface form
 * (an archive repeats the same forms millions of times): `foldToken(word)` on a cache miss gives
 * the `tokenize` token, skipping it when it folds to '' (a stray joiner). Several times faster
 * than folding the whole text first.
 */
export function forEachWord(text: string, visit: (word: string) => void): void {
  RAW_WORD.lastIndex = 0;
  for (let m = RAW_WORD.exec(text); m !== null; m = RAW_WORD.exec(text)) visit(m[0]);
}

/**
 * Like `tokenize`, but calls `visit` per word instead of building an array, for callers that
 * tokenise whole archives.
 */
export function forEachToken(text: string, visit: (token: string) => void): void {
  const folded = foldToken(text);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) visit(m[0]);
}
