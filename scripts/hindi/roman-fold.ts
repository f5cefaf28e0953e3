import { asciiWords } from './words.ts';

/** One consonant sound in folded Latin: an aspirate digraph or a single consonant letter. */
const C = '(?:[bcdgjkpt]h|[bcdfghjklmnpqrstvxyz])';
/** Ohala's schwa rule, applied to Latin: an `a` between VC and CV is dropped (yojana → yojna). */
const MEDIAL_A = new RegExp(`([aeiou]${C})a(${C}[aeiou])`, 'g');

/**
 * Spelling folds, in order. Later rules assume earlier ones ran (c is gone before doubles
 * collapse; vowels are single before the medial-a rule looks for them).
 */
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/x/g, 'ks'],
  [/q/g, 'k'],
  [/ck/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c(?!h)/g, 'k'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/z/g, 'j'],
  [/chh/g, 'ch'],
  [/sh/g, 's'],
  [/ee|ii/g, 'i'],
  [/oo|uu/g, 'u'],
  [/ai|ae|ei/g, 'e'],
  [/au|ou/g, 'o'],
  [/([a-z])\1+/g, '$1'],
];

/**
 * The romanised-search key of lowercase Latin text (`romanKey` of a Devanagari word is this key of
 * its transliteration; see roman-key.ts for the folds). A module of its own so that the browser's
 * search script, which keys only what readers type in Latin, carries no transliteration tables.
 *
 * @example latinKey('chunaav') // 'chunav'
 */
export function latinKey(latin: string): string {
  return asciiWords(latin).map(foldWord).join(' ');
}

/** Keys repeat as often as words do (search and related call this per token); bounded. */
const folds = new Map<string, string>();
const CACHE_LIMIT = 100_000;

function foldWord(word: string): string {
  const cached = folds.get(word);
  if (cached !== undefined) return cached;
  let key = word;
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
  // After the medial a goes, letters it separated may be doubled (prasasan → prassan → prasan).
  key = key
    .replace(MEDIAL_A, '$1$2')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/m(?=[bpfv])/g, 'n');
  if (key.length > 2 && /[a-z][ae]$/.test(key)) key = key.slice(0, -1);
  if (folds.size >= CACHE_LIMIT) folds.clear();
  folds.set(word, key);
  return key;
}
