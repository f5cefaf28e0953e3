import { normalizeText } from './normalize.ts';
import { transliterate } from './transliterate.ts';

/** Any Devanagari letter: such input is transliterated before folding. */
const DEVANAGARI = /[\u0900-\u097F]/;
/** ड़/ढ़ (NFC: base + nukta) read as ड/ढ, because Latin searchers type "sadak", "ladki", "padhai". */
const FLAPS = /([डढ])\u093C/g;
/** One consonant sound in folded Latin: an aspirate digraph or a single consonant letter. */
const C = '(?:[bcdgjkpt]h|[bcdfghjklmnpqrstvxyz])';
/** Ohala's schwa rule, applied to Latin: an `a` between VC and CV is dropped (yojana → yojna). */
const MEDIAL_A = new RegExp(`([aeiou]${C})a(${C}[aeiou])`, 'g');

/**
 * Spelling folds, in order. Later rules assume earlier ones ran (c is gone before doubles
 * collapse; vowels are single before the medial-a rule looks for them).
 */
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/x/g, 'ks'], [/q/g, 'k'], [/ck/g, 'k'], [/c(?=[eiy])/g, 's'], [/c(?!h)/g, 'k'],
  [/ph/g, 'f'], [/w/g, 'v'], [/z/g, 'j'], [/chh/g, 'ch'], [/sh/g, 's'],
  [/ee|ii/g, 'i'], [/oo|uu/g, 'u'], [/ai|ae|ei/g, 'e'], [/au|ou/g, 'o'],
  [/([a-z])\1+/g, '$1'],
];

/**
 * A coarse phonetic key that a Devanagari word and the ways people type it in Latin share, for
 * romanised search: `romanKey('जालोर') === romanKey('jalore') === romanKey('jalor')`,
 * `romanKey('चुनाव') === romanKey('chunaav')`, `romanKey('कांग्रेस') === romanKey('congress')`.
 *
 * Devanagari is transliterated first (loanword dictionary included, ड़ read as d), then both
 * sides are folded the same way: vowel length ignored (aa a, ee i, oo u), ai/ae/ei → e, au/ou → o,
 * w → v, z → j (ज़िला = jila = zila), ph → f, q/ck/hard c → k, sh → s, double letters single,
 * m before a labial → n (sambandh = sanbandh), the schwa between VC and CV dropped
 * (yojana = yojna), and a final a or e dropped when at least two letters remain (ram = rama,
 * jalore = jalor).
 *
 * Deliberately coarse: vowel length is lost, so कम and काम both key to `kam`; short vowels that
 * differ are kept apart, so chunav (`chunav`) never meets chinta (`chint`). A phrase gives the
 * keys of its words joined by single spaces; input with no letters or digits gives ''.
 */
export function romanKey(word: string): string {
  const text = normalizeText(word);
  const latin = DEVANAGARI.test(text) ? transliterate(text.replace(FLAPS, '$1')) : text.toLowerCase();
  return latin.split(/[^a-z0-9]+/).filter((w) => w !== '').map(foldWord).join(' ');
}

function foldWord(word: string): string {
  let key = word;
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
  // After the medial a goes, letters it separated may be doubled (prasasan → prassan → prasan).
  key = key.replace(MEDIAL_A, '$1$2').replace(/([a-z])\1+/g, '$1').replace(/m(?=[bpfv])/g, 'n');
  if (key.length > 2 && /[a-z][ae]$/.test(key)) key = key.slice(0, -1);
  return key;
}
