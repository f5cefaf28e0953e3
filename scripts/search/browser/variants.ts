import { toDevanagariDigits } from '../../hindi/numerals.ts';
import { foldToken } from '../../hindi/tokens.ts';

/** Nasal consonant written as a half letter before each class of stops (हिंदी = हिन्दी, संबंध = सम्बन्ध). */
const HALF_NASAL: ReadonlyArray<readonly [RegExp, string]> = [
  [/ं(?=[पफबभम])/g, 'म्'],
  [/ं(?=[तथदधन])/g, 'न्'],
  [/ं(?=[टठडढण])/g, 'ण्'],
];

/** Letters Hindi writers spell with or without a nukta (ज़िला/जिला, सड़क/सडक, फ़ैसला/फैसला). */
const NUKTA_LETTERS = ['ड', 'ढ', 'ज', 'फ', 'ख', 'ग', 'क'];

/** Most spellings tried per query word; each costs one in-memory Pagefind lookup, not a download. */
const MAX_VARIANTS = 10;

/**
 * The spellings of one query word to look up. The index keeps vowel signs exact (Pagefind's
 * `exactDiacritics`, so कम never finds काम), which would also keep apart spellings that mean
 * the same word; this lists them so the engine can search each:
 * - the word as typed, and its matching form (`foldToken`: nukta dropped, ँ → ं, half nasal → ं,
 *   Devanagari digits → Latin);
 * - Devanagari digits for Latin ones (२०२४ for 2024);
 * - chandrabindu for anusvara, the half nasal written out, and the nukta added back, letter by
 *   letter (the typed word may lack the nukta the story has).
 * All of them fold to the same Pagefind word, so they share its index chunk: one download.
 *
 * @example spellingVariants('जिला') // ['जिला', 'ज़िला']
 */
export function spellingVariants(word: string): string[] {
  const typed = word.normalize('NFC').toLowerCase();
  const folded = foldToken(typed);
  const out = new Set<string>([typed, folded]);
  if (/[0-9]/.test(folded)) out.add(toDevanagariDigits(folded));
  if (folded.includes('ं')) {
    out.add(folded.replace(/ं/g, 'ँ'));
    let spelled = folded;
    for (const [pattern, half] of HALF_NASAL) spelled = spelled.replace(pattern, half);
    out.add(spelled);
  }
  let allNukta = folded;
  for (const letter of NUKTA_LETTERS) {
    if (!folded.includes(letter)) continue;
    out.add(folded.replaceAll(letter, `${letter}\u093c`));
    allNukta = allNukta.replaceAll(letter, `${letter}\u093c`);
  }
  out.add(allNukta);
  return [...out].filter((w) => w !== '').slice(0, MAX_VARIANTS);
}
