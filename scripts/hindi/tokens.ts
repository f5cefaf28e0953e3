import { toLatinDigits } from './numerals.ts';

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
const VARIANT =
  /[\u0901\u093c\u0945\u0949\u0911\u0966-\u096f\u200b-\u200d\u2060\ufeff\u00ad]|[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u092e])/g;

function foldVariant(m: string): string {
  if (m.length === 2) return '\u0902';
  switch (m) {
    case '\u0901':
      return '\u0902';
    case '\u0945':
      return '\u0947';
    case '\u0949':
      return '\u093e';
    case '\u0911':
      return '\u0906';
    case '\u093c':
    case '\u200b':
    case '\u200c':
    case '\u200d':
    case '\u2060':
    case '\ufeff':
    case '\u00ad':
      return '';
    default:
      return toLatinDigits(m);
  }
}

/**
 * The matching form of one word (or of a whole text): NFC, Latin lowercased, and the spelling
 * variants above folded. Matching only, never display: `सड़क` becomes `सडक`. A text's words in
 * matching form are `words(foldToken(text))` (words.ts); `spellingVariants` (variants.ts) goes the
 * other way, from one word to the spellings that fold to it.
 */
export function foldToken(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(VARIANT, foldVariant);
}
