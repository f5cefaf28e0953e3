import { foldToken } from './tokens.ts';

/**
 * How far a typed Hindi word is from an archive word, in the slips readers make on phone
 * keyboards: an edit distance (insert, drop, replace, swap two neighbours) where the likely slips
 * cost less than an unrelated change (1). Nukta, chandrabindu/anusvara and the half nasal count
 * almost nothing (0.1; they fold to one matching form, `foldToken`); then, per letter:
 *
 * - ृ written as ्रि (कृषि, क्रिषि): 0.2;
 * - a vowel sign for its long or short partner (ि/ी, ु/ू, े/ै, ो/ौ, and इ/ई … as letters): 0.3;
 * - a halant or anusvara dropped or added (a missing conjunct, कृष्ण/कृषण): 0.3;
 * - a vowel sign dropped or added (डेंगू/डेंगु is a swap; बाडमेर/बडमेर a drop): 0.5;
 * - another vowel sign, or a consonant for its aspirated or sibilant partner (द/ध, स/श/ष, ब/व, न/ण): 0.5;
 * - two neighbouring letters swapped: 0.6;
 * - a consonant dropped or added: 0.8.
 */
export function typoDistance(a: string, b: string): number {
  const x = [...matching(a)];
  const y = [...matching(b)];
  const same = x.join('') === y.join('');
  const marks = a.normalize('NFC') === b.normalize('NFC') || !same ? 0 : /\u0943/.test(a + b) ? 0.2 : 0.1;
  // Optimal string alignment: Levenshtein with adjacent swaps, weighted as above.
  const rows = x.length + 1;
  const cols = y.length + 1;
  const d = new Float64Array(rows * cols);
  for (let i = 1; i < rows; i++) d[i * cols] = d[(i - 1) * cols]! + indel(x[i - 1]!);
  for (let j = 1; j < cols; j++) d[j] = d[j - 1]! + indel(y[j - 1]!);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const p = x[i - 1]!;
      const q = y[j - 1]!;
      let best = Math.min(d[(i - 1) * cols + j]! + indel(p), d[i * cols + j - 1]! + indel(q), d[(i - 1) * cols + j - 1]! + replace(p, q));
      if (i > 1 && j > 1 && p === y[j - 2] && q === x[i - 2] && p !== q) best = Math.min(best, d[(i - 2) * cols + j - 2]! + SWAP);
      d[i * cols + j] = best;
    }
  }
  return Math.round((d[rows * cols - 1]! + marks) * 100) / 100;
}

/** The matching form, with the vocalic r sign written as readers type it (कृषि as क्रिषि: क्रषि is then one vowel sign away). */
const matching = (w: string) => foldToken(w).replace(/\u0943/g, '\u094d\u0930\u093f');

const SWAP = 0.6;
const VOWEL_SIGN = /[\u093e-\u094c\u0962\u0963]/;
const LIGHT = /[\u094d\u0902\u0901]/;

function indel(c: string): number {
  if (LIGHT.test(c)) return 0.3;
  if (VOWEL_SIGN.test(c)) return 0.5;
  return 0.8;
}

/** Letters that stand for each other in readers' slips, each group a set of partners. */
const PARTNERS: ReadonlyArray<readonly [string, number]> = [
  ['िी', 0.3],
  ['ुू', 0.3],
  ['ेै', 0.3],
  ['ोौ', 0.3],
  ['इई', 0.3],
  ['उऊ', 0.3],
  ['एऐ', 0.3],
  ['ओऔ', 0.3],
  ['अआ', 0.3],
  ['कख', 0.5],
  ['गघ', 0.5],
  ['चछ', 0.5],
  ['जझ', 0.5],
  ['टठ', 0.5],
  ['डढ', 0.5],
  ['तथ', 0.5],
  ['दध', 0.5],
  ['पफ', 0.5],
  ['बभव', 0.5],
  ['सशष', 0.5],
  ['नण', 0.5],
];
const PAIR_COST = new Map<string, number>();
for (const [group, cost] of PARTNERS) for (const p of group) for (const q of group) if (p !== q) PAIR_COST.set(p + q, cost);

function replace(p: string, q: string): number {
  if (p === q) return 0;
  const partner = PAIR_COST.get(p + q);
  if (partner !== undefined) return partner;
  if (VOWEL_SIGN.test(p) && VOWEL_SIGN.test(q)) return 0.5;
  return 1;
}

/**
 * Most distance a correction may be from the typed word, by its length in code points of the
 * matching form: short words allow a vowel-sign slip only (कम must never become काम by accident
 * of length), longer ones a dropped consonant, the longest one unrelated letter.
 */
export function typoAllowance(word: string): number {
  const n = [...foldToken(word)].length;
  if (n <= 2) return 0.3;
  if (n <= 3) return 0.45;
  if (n <= 5) return 0.8;
  if (n <= 8) return 1;
  return 1.3;
}

/**
 * A word's skeleton: its letters without any sign (vowel signs, halant, nasals, nukta), in
 * matching form. Most slips keep the first letter and change the skeleton's length by at most
 * one, so the archive's words are filed by first letter and skeleton length (`typoShelf`).
 */
export function typoSkeleton(word: string): string {
  return foldToken(word).normalize('NFD').replace(/\p{M}/gu, '');
}

/** The shelf a word's skeleton files it on, with `delta` added to its length (−1, 0, +1 for a query). */
export function typoShelf(word: string, delta = 0): string {
  const s = [...typoSkeleton(word)];
  return s.length === 0 ? '' : `${s[0]}${s.length + delta}`;
}
