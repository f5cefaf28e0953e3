import { combine, COVERAGE_POWER, leavesOutWeak, NEAR_BONUS, weakFloor, type Hit } from './rank.ts';

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

/** A hit whose word positions may still be to load (`pending`, as the word index's results have it). */
export type LazyHit = Hit & { pending?: () => Promise<void> };

/** The hits of page `id` in `perConcept`. */
export function hitsOf<H extends Hit>(perConcept: ReadonlyArray<ReadonlyArray<readonly H[]>>, id: string): H[] {
  const out: H[] = [];
  for (const forms of perConcept) for (const hits of forms) for (const h of hits) if (h.id === id) out.push(h);
  return out;
}

/**
 * Loads the positions that the first `n` results need to be in their exact order: those of
 * `withoutWeak(combine(perConcept), concepts)`. A page of several concepts is resolved when its
 * score with the bonus could reach them (`toResolve`), the best first, `n` pages a round; the
 * best page first when `withoutWeak` may leave out weak single-word matches, whose floor is a
 * share of the best score. Returns the pages with positions still to load (none: every order is exact).
 */
export async function exactFirst<H extends LazyHit>(
  perConcept: ReadonlyArray<ReadonlyArray<readonly H[]>>,
  concepts: number,
  n: number,
): Promise<Set<string>> {
  const waiting = new Map<string, H[]>();
  for (const forms of perConcept)
    for (const hits of forms)
      for (const h of hits)
        if (h.pending) {
          const list = waiting.get(h.id);
          if (list) list.push(h);
          else waiting.set(h.id, [h]);
        }
  if (waiting.size > 0 && n > 0) {
    const pages = bounds(perConcept);
    const known = new Map<string, number>();
    const resolve = async (among: readonly Bounded[], first: number) => {
      for (let open = toResolve(among, known, first); open.length > 0; open = toResolve(among, known, first)) {
        const round = open.slice(0, first);
        await Promise.all(round.flatMap((p) => (waiting.get(p.id) ?? []).map((h) => h.pending?.())));
        for (const p of round) {
          const own = perConcept.map((forms) => forms.map((hits) => hits.filter((h) => h.id === p.id)));
          known.set(p.id, combine(own)[0]!.score);
        }
      }
    };
    let kept = pages;
    if (leavesOutWeak(pages.filter((p) => p.matched >= 2).length, concepts)) {
      await resolve(pages, 1);
      // No page left open can pass the best of these (`toResolve`), so it is the best exact score.
      let best = 0;
      for (const p of pages) best = Math.max(best, known.get(p.id) ?? (p.matched < 2 ? p.base : 0));
      const floor = weakFloor(best);
      kept = pages.filter((p) => p.matched >= 2 || p.base >= floor);
    }
    await resolve(kept, n);
  }
  return new Set([...waiting].filter(([, hits]) => hits.some((h) => h.pending)).map(([id]) => id));
}
