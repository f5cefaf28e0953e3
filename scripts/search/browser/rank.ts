/** What one index lookup returns per page, reduced to what ranking needs. */
export interface Hit {
  readonly id: string;
  readonly score: number;
  /** Word positions of the match in the page's content (for the excerpt). */
  readonly words: readonly number[];
}

/** A page in the combined ranking, with the hit that scored best for it (it loads the page). */
export interface Ranked<H extends Hit> {
  readonly id: string;
  readonly score: number;
  /** How many of the query's concepts the page matches. */
  readonly matched: number;
  /** Word positions of every concept matched, sorted (for a multi-word excerpt). */
  readonly words: readonly number[];
  readonly best: H;
}

/**
 * Weight of coverage: a page's summed score is multiplied by (matched / concepts) to this power,
 * so a page with all the query's words beats one that repeats a single rare word many times.
 * 1 halves the score of a page matching half the concepts; tuned on the eval's question set.
 */
export const COVERAGE_POWER = 1;

/**
 * Closeness: a page where two of the query's words stand within `NEAR` words of each other
 * (पानी की कमी: the hidden की counts as a word) has its score raised by `NEAR_BONUS`, so the story
 * about the phrase ranks above one that has both words far apart.
 */
const NEAR = 3;
export const NEAR_BONUS = 0.25;

/**
 * Combines per-concept results into one ranking: the BM25 idea of summing each query word's
 * score, where the per-word score (`word-score.ts`) already weighs rarity (IDF), frequency and page length.
 * `perConcept[c][f]` are the hits of spelling `f` of concept `c`; a page takes the best spelling's
 * score per concept (spellings are the same word, not extra evidence). Pages missing some
 * concepts still rank, so a question never returns nothing just because one word is absent.
 * Ties: more concepts matched first, then page id, so the order is stable.
 */
export function combine<H extends Hit>(
  perConcept: ReadonlyArray<ReadonlyArray<readonly H[]>>,
  coveragePower = COVERAGE_POWER,
): Ranked<H>[] {
  const total = perConcept.length;
  const pages = new Map<
    string,
    { sum: number; matched: number; words: Set<number>; best: H; bestScore: number; near: boolean; seen: Array<readonly number[]> }
  >();
  for (const forms of perConcept) {
    // Per page: the best spelling's hit, and the word positions of every spelling that matched.
    const ofConcept = new Map<string, { hit: H; words: Set<number> }>();
    for (const hits of forms) {
      for (const h of hits) {
        const prev = ofConcept.get(h.id);
        if (!prev) ofConcept.set(h.id, { hit: h, words: new Set(h.words) });
        else {
          if (h.score > prev.hit.score) prev.hit = h;
          for (const w of h.words) prev.words.add(w);
        }
      }
    }
    for (const [id, { hit: h, words }] of ofConcept) {
      const page = pages.get(id);
      const sorted = [...words].sort((a, b) => a - b);
      if (!page) {
        pages.set(id, { sum: h.score, matched: 1, words, best: h, bestScore: h.score, near: false, seen: [sorted] });
        continue;
      }
      if (!page.near) page.near = page.seen.some((other) => within(other, sorted, NEAR));
      page.seen.push(sorted);
      page.sum += h.score;
      page.matched += 1;
      for (const w of words) page.words.add(w);
      if (h.score > page.bestScore) {
        page.best = h;
        page.bestScore = h.score;
      }
    }
  }
  const ranked: Ranked<H>[] = [];
  for (const [id, p] of pages) {
    const coverage = total > 0 ? (p.matched / total) ** coveragePower : 1;
    ranked.push({
      id,
      score: p.sum * coverage * (p.near ? 1 + NEAR_BONUS : 1),
      matched: p.matched,
      words: [...p.words].sort((a, b) => a - b),
      best: p.best,
    });
  }
  return ranked.sort((a, b) => b.score - a.score || b.matched - a.matched || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Whether some position of `a` and some of `b` (both sorted) are at most `gap` apart. */
function within(a: readonly number[], b: readonly number[], gap: number): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (Math.abs(a[i]! - b[j]!) <= gap) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}

/**
 * Pages that match one word of a longer query, scoring under this share of the best page, are
 * left out once `STRONG` pages match several: `पानी की कमी` keeps the stories about water and its
 * shortage, not every story that mentions a shortage of something.
 */
const WEAK = 0.25;
const STRONG = 2;

/** Whether `withoutWeak` leaves anything out: a query of several concepts, and `several` pages (at least `STRONG`) matching more than one. */
export function leavesOutWeak(several: number, concepts: number): boolean {
  return concepts >= 2 && several >= STRONG;
}

/** The score under which `withoutWeak` leaves out a single-word match, given the best page's. */
export function weakFloor(best: number): number {
  return best * WEAK;
}

/** `ranked` (best first) without weak single-word matches, when enough pages match several words. */
export function withoutWeak<H extends Hit>(ranked: readonly Ranked<H>[], concepts: number): Ranked<H>[] {
  if (!leavesOutWeak(ranked.filter((r) => r.matched >= 2).length, concepts)) return [...ranked];
  const floor = weakFloor(ranked[0]?.score ?? 0);
  return ranked.filter((r) => r.matched >= 2 || r.score >= floor);
}
