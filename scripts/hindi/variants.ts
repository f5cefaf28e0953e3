import { toDevanagariDigits } from './numerals.ts';
import { foldToken } from './tokens.ts';

/** Nasal consonant written as a half letter before each class of stops (हिंदी = हिन्दी, संबंध = सम्बन्ध). */
const HALF_NASAL: ReadonlyArray<readonly [RegExp, string]> = [
  [/ं(?=[पफबभम])/g, 'म्'],
  [/ं(?=[तथदधन])/g, 'न्'],
  [/ं(?=[टठडढण])/g, 'ण्'],
];

/**
 * Letters Hindi writers spell with or without a nukta (ज़िला/जिला, सड़क/सडक, फ़ैसला/फैसला), and
 * the Urdu ones that mostly open a word (ख़बर, ग़रीब, क़ानून): those only there, where they matter.
 */
const NUKTA_ANYWHERE = /[डढजफ]/g;
const NUKTA_INITIAL = /^[कखग]/;

/** Most spellings tried per query word; each costs one in-memory lookup in a chunk already fetched, not a download. */
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
 * All of them fold to the same index key, so they share its index chunk: one download.
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
  for (const letter of new Set(folded.match(NUKTA_ANYWHERE))) out.add(folded.replaceAll(letter, `${letter}\u093c`));
  if (NUKTA_INITIAL.test(folded)) out.add(folded.replace(NUKTA_INITIAL, '$&\u093c'));
  out.add(folded.replace(NUKTA_ANYWHERE, '$&\u093c').replace(NUKTA_INITIAL, '$&\u093c'));
  return [...out].filter((w) => w !== '').slice(0, MAX_VARIANTS);
}
