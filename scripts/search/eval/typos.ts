import { isStopWord } from '../../hindi/stopwords.ts';
import { foldToken } from '../../hindi/tokens.ts';
import { queryWords } from '../../hindi/words.ts';
import type { CorpusRecord } from './corpus.ts';
import { seeded, type EvalQuery } from './derive.ts';

/** The query types derived here, in report order: a headline with one word misspelled, and words no story has. */
export const TYPO_TYPES = ['typo', 'typo-word', 'absent'] as const;

const CONSONANT = /[\u0915-\u0939]/;
const PARTNER: Record<string, string> = { 'ि': 'ी', 'ी': 'ि', 'ु': 'ू', 'ू': 'ु', 'े': 'ै', 'ै': 'े', 'ो': 'ौ', 'ौ': 'ो' };
const ASPIRATE: Record<string, string> = {
  क: 'ख',
  ग: 'घ',
  च: 'छ',
  ज: 'झ',
  ड: 'ढ',
  त: 'थ',
  द: 'ध',
  प: 'फ',
  ब: 'भ',
  स: 'श',
  श: 'स',
  ष: 'श',
  न: 'ण',
};
for (const [a, b] of Object.entries({ ...ASPIRATE })) ASPIRATE[b] ??= a;

/**
 * The slips readers make on a phone keyboard, each a function from a word's code points to the
 * slipped ones (unchanged when it does not apply): a vowel sign for its long or short partner, a
 * nasal written another way, a halant or a vowel sign dropped, two letters swapped, a letter
 * dropped, a consonant for its aspirated (or sibilant) partner.
 */
const SLIPS: ReadonlyArray<(w: string[], at: (n: number) => number) => string[]> = [
  (w, at) => replaceAt(w, (c) => PARTNER[c], at),
  (w, at) => replaceAt(w, (c, i) => (c === 'ं' && CONSONANT.test(w[i + 1] ?? '') ? 'न्' : undefined), at),
  (w, at) => replaceAt(w, (c) => (c === '्' ? '' : undefined), at),
  (w, at) => replaceAt(w, (c) => (c === 'ा' ? '' : undefined), at),
  (w, at) => {
    const i = 1 + at(w.length - 2);
    return CONSONANT.test(w[i]!) && CONSONANT.test(w[i + 1] ?? '') ? [...w.slice(0, i), w[i + 1]!, w[i]!, ...w.slice(i + 2)] : w;
  },
  (w, at) => {
    const i = 1 + at(w.length - 1);
    return CONSONANT.test(w[i]!) ? [...w.slice(0, i), ...w.slice(i + 1)] : w;
  },
  (w, at) => replaceAt(w, (c, i) => (i > 0 ? ASPIRATE[c] : undefined), at),
];

/** One of the places where `swap` applies (chosen by `at`), replaced; the word unchanged when there is none. */
function replaceAt(w: string[], swap: (c: string, i: number) => string | undefined, at: (n: number) => number): string[] {
  const places = w.flatMap((c, i) => (swap(c, i) === undefined ? [] : [i]));
  if (places.length === 0) return w;
  const i = places[at(places.length)]!;
  return [...w.slice(0, i), swap(w[i]!, i)!, ...w.slice(i + 1)];
}

const isContent = (w: string) => w.length >= 2 && !isStopWord(foldToken(w));
const DEVANAGARI_WORD = /^[\u0900-\u097f]+$/;

/**
 * Typo and absent-word queries (seeded, and from a generator of their own, so the other types'
 * queries stay as they were). `typo`: up to three consecutive headline words, one of them (of
 * four letters or more) slipped by one of `SLIPS`, when the slip makes a word the corpus does not
 * have (a slip into a real word cannot be told from a query for it); `typo-word`: the slipped
 * word alone, answered by every record that has the word as written. `absent`: two neighbouring
 * headline words written as one, when the corpus has no such word; these answer nothing, and the
 * search should say so or show a correction, not pass off a part as the word.
 */
export function deriveTypoQueries(records: readonly CorpusRecord[], seed = 11): EvalQuery[] {
  const rnd = seeded(seed);
  const at = (n: number) => Math.floor(rnd() * n);
  // Pagefind also indexes words joined by punctuation (इंदौर-खंडवा as इंदौरखंडवा): those are in the archive too.
  const text = (r: CorpusRecord) => `${r.title} ${r.body} ${`${r.title} ${r.body}`.replace(/[^\s\p{L}\p{M}\p{N}]/gu, '')}`;
  const holders = new Map<string, string[]>();
  for (const r of records)
    for (const w of new Set(queryWords(text(r)).map((x) => foldToken(x)))) {
      const ids = holders.get(w);
      if (ids) ids.push(r.id);
      else holders.set(w, [r.id]);
    }
  const known = { has: (w: string) => holders.has(w) };
  const out: EvalQuery[] = [];
  for (const r of records) {
    const words = queryWords(r.title).filter(isContent);
    if (words.length < 2) continue;
    const start = words.length <= 3 ? 0 : at(words.length - 2);
    const head = words.slice(start, start + 3);
    const targets = head.map((w, i) => [w, i] as const).filter(([w]) => DEVANAGARI_WORD.test(w) && [...w].length >= 4);
    if (targets.length > 0) {
      const [word, i] = targets[at(targets.length)]!;
      const slipped = SLIPS[at(SLIPS.length)]!([...word], at).join('');
      if (slipped !== word && !known.has(foldToken(slipped))) {
        out.push({ type: 'typo', query: head.map((w, k) => (k === i ? slipped : w)).join(' '), relevant: [r.id] });
        out.push({ type: 'typo-word', query: slipped, relevant: holders.get(foldToken(word)) ?? [r.id] });
      }
    }
    const pair = words.map((w, i) => [w, words[i + 1]] as const).filter(([a, b]) => b && DEVANAGARI_WORD.test(a + b));
    if (pair.length > 0) {
      const [a, b] = pair[at(pair.length)]!;
      if (!known.has(foldToken(a + b!))) out.push({ type: 'absent', query: a + b!, relevant: [] });
    }
  }
  return out;
}
