import {
  ANUSVARA,
  CHANDRABINDU,
  CONSONANTS,
  KEEP_FINAL_A_AFTER,
  LABIALS,
  MATRAS,
  NUKTA,
  NUKTA_CONSONANTS,
  OM,
  PRECOMPOSED_NUKTA,
  VIRAMA,
  VISARGA,
  VOWELS,
} from './letters.ts';
import { lookupLoanword } from './loanwords.ts';
import { normalizeText } from './normalize.ts';
import { toLatinDigits } from './numerals.ts';
import { scriptRuns } from './words.ts';

/** One written syllable: a consonant (or none, for an independent vowel) and what follows it. */
type Unit = {
  /** Devanagari base consonant, '' for an independent vowel. */
  base: string;
  nukta: boolean;
  /** Romanised vowel; '' after virama. */
  vowel: string;
  /** The vowel is the unwritten inherent a, so schwa deletion may drop it. */
  inherent: boolean;
  nasal: boolean;
  visarga: boolean;
};

/** News text repeats its words (Zipf); memoising keeps whole-archive passes fast. Bounded. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/**
 * Devanagari → lowercase ASCII as Hindi readers romanise: `कांग्रेस करेगी आम सम्मेलन` →
 * `congress karegi aam sammelan`. Loanwords and place names come from a dictionary (loanwords.ts:
 * official spellings, so जालोर → jalore); other words follow the letter rules with schwa deletion
 * (राम ram, करना karna, सरसों sarson), anusvara as n or m before labials (संबंध sambandh), nukta
 * letters (ज़ z, फ़ f, ड़ r). Latin is lowercased and loses accents, digits become Latin, and
 * everything else becomes a single space between words. Deterministic and total: never throws.
 */
export function transliterate(s: string): string {
  // Accents on Latin letters go (café → cafe); Devanagari has no marks in U+0300–U+036F.
  const text = toLatinDigits(normalizeText(s))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const words: string[] = [];
  for (const [run, devanagari] of scriptRuns(text)) words.push(devanagari ? transliterateWord(run) : run);
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * One Devanagari word (no spaces, no Latin: `transliterate` splits `BJPका` before calling this).
 * Memoised, so calling it per token over a whole archive is cheap.
 */
export function transliterateWord(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let out = lookupLoanword(word);
  if (out === undefined) {
    const units = parse(word);
    deleteSchwas(units);
    out = render(units);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}

function parse(word: string): Unit[] {
  const units: Unit[] = [];
  const last = (): Unit => {
    if (units.length === 0) units.push({ base: '', nukta: false, vowel: '', inherent: false, nasal: false, visarga: false });
    return units[units.length - 1]!;
  };
  for (const ch of word) {
    const pre = PRECOMPOSED_NUKTA[ch];
    if (pre !== undefined || CONSONANTS[ch] !== undefined) {
      units.push({ base: pre ?? ch, nukta: pre !== undefined, vowel: 'a', inherent: true, nasal: false, visarga: false });
    } else if (VOWELS[ch] !== undefined || ch === OM) {
      units.push({ base: '', nukta: false, vowel: ch === OM ? 'om' : VOWELS[ch]!, inherent: false, nasal: false, visarga: false });
    } else if (MATRAS[ch] !== undefined) {
      Object.assign(last(), { vowel: MATRAS[ch], inherent: false });
    } else if (ch === VIRAMA) {
      Object.assign(last(), { vowel: '', inherent: false });
    } else if (ch === NUKTA) {
      last().nukta = true;
    } else if (ch === ANUSVARA || ch === CHANDRABINDU) {
      last().nasal = true;
    } else if (ch === VISARGA) {
      last().visarga = true;
    }
    // Avagraha, ZWJ/ZWNJ and rare signs add no sound of their own.
  }
  return units;
}

const deletable = (u: Unit): boolean => u.inherent && !u.nasal && !u.visarga && u.base !== '';
const sounded = (u: Unit | undefined): boolean => u !== undefined && u.vowel !== '';

/**
 * Hindi schwa deletion (Ohala's rule, right to left): the inherent a goes at the end of a word
 * (राम ram) and between VC_CV (करना karna, सरसों sarson), never in the first syllable, never
 * where it would leave three consonants together (प्रदर्शन pradarshan, प्रशासन prashasan).
 */
function deleteSchwas(units: Unit[]): void {
  const end = units.length - 1;
  if (end < 1) return;
  const final = units[end]!;
  const afterCluster = units[end - 1]!.vowel === '';
  if (deletable(final) && !(afterCluster && KEEP_FINAL_A_AFTER.has(final.base))) final.vowel = '';
  for (let i = end - 1; i >= 1; i--) {
    const u = units[i]!;
    const next = units[i + 1]!;
    if (deletable(u) && sounded(units[i - 1]) && next.base !== '' && sounded(next)) u.vowel = '';
  }
}

function render(units: Unit[]): string {
  let out = '';
  for (const [i, u] of units.entries()) {
    const next = units[i + 1];
    out += consonant(u, units[i - 1], next) + u.vowel;
    if (u.nasal) out += next !== undefined && LABIALS.has(next.base) ? 'm' : 'n';
    if (u.visarga) out += 'h';
  }
  return out;
}

/** ज्ञ is read gy in Hindi (ज्ञान gyan), so both halves change when they meet. */
function consonant(u: Unit, prev: Unit | undefined, next: Unit | undefined): string {
  if (u.base === '') return '';
  if (u.base === 'ञ' && prev?.base === 'ज' && prev.vowel === '') return 'y';
  if (u.base === 'ज' && !u.nukta && u.vowel === '' && next?.base === 'ञ') return 'g';
  return (u.nukta ? NUKTA_CONSONANTS[u.base] : undefined) ?? CONSONANTS[u.base] ?? '';
}
