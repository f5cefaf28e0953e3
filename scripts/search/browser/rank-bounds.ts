import { COVERAGE_POWER, NEAR_BONUS, type Hit } from './rank.ts';

/**
 * What `combine` knows of a page before its word positions: its score without the closeness bonus
 * (`base`, exact for a page that matches one concept) and the most the bonus can make it (`upper`,
 * the very number `combine` gives a page whose words stand close). Scores of the hits do not
 * depend on positions, so a reader can rank from counts and weights alone and fetch positions
 * only for the pages that could still reach the first results (#24: most of a common word's
 * bytes are positions).
 */
export interface Bounded {
  readonly id: string;
  readonly base: number;
  readonly upper: number;
  readonly matched: number;
}

/** Every page `combine(perConcept)` ranks, with its bounds, summed in `combine`'s order (so equal to the bit). */
export function bounds<H extends Hit>(perConcept: ReadonlyArray<ReadonlyArray<readonly H[]>>, coveragePower = COVERAGE_POWER): Bounded[] {
  const total = perConcept.length;
  const pages = new Map<string, { sum: number; matched: number }>();
  for (const forms of perConcept) {
    const best = new Map<string, number>();
    for (const hits of forms) for (const h of hits) if (!(best.get(h.id)! >= h.score)) best.set(h.id, h.score);
    for (const [id, score] of best) {
      const p = pages.get(id);
      if (p) [(p.sum += score), (p.matched += 1)];
      else pages.set(id, { sum: score, matched: 1 });
    }
  }
  return [...pages].map(([id, p]) => {
    const coverage = total > 0 ? (p.matched / total) ** coveragePower : 1;
    const base = p.sum * coverage;
    return { id, base, upper: p.matched >= 2 ? p.sum * coverage * (1 + NEAR_BONUS) : base, matched: p.matched };
  });
}

/** `combine`'s order: score, then more concepts matched, then id. Negative when `a` ranks first. */
function order(a: { s: number; m: number; id: string }, b: { s: number; m: number; id: string }): number {
  return b.s - a.s || b.m - a.m || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The pages whose positions must still be fetched before the first `n` of the ranking are exact,
 * best upper bound first; none when they are. `known`: exact scores of the pages resolved so far.
 * A page of several concepts not yet resolved counts at its base (a lower bound of its score);
 * the `n`th of those lower bounds is then a lower bound of the `n`th exact score, and a page whose
 * upper bound cannot reach it never enters (max-score early termination). Ties count as reaching
 * it, since `combine` breaks them by concepts and id. Once this returns nothing, the first `n`
 * pages by exact score (resolved pages and single-concept ones) are `combine`'s first `n`.
 */
export function toResolve(pages: readonly Bounded[], known: ReadonlyMap<string, number>, n: number): Bounded[] {
  const open = (p: Bounded) => p.matched >= 2 && !known.has(p.id);
  const lower = pages.map((p) => ({ s: open(p) ? p.base : (known.get(p.id) ?? p.base), m: p.matched, id: p.id })).sort(order);
  const nth = lower[Math.min(n, lower.length) - 1];
  return pages
    .filter((p) => open(p) && (!nth || order({ s: p.upper, m: p.matched, id: p.id }, nth) <= 0))
    .sort((a, b) => order({ s: a.upper, m: a.matched, id: a.id }, { s: b.upper, m: b.matched, id: b.id }));
}
