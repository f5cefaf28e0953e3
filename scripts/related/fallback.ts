import type { Ranked, ScoreContext } from './score.ts';

/**
 * For each category, its eligible stories newest first (ties: id ascending): the fallback pool.
 * Built once, so filling a story's empty slots costs only the few entries it skips.
 */
export function latestByCategory(ctx: ScoreContext): Map<number, number[]> {
  const pools = new Map<number, number[]>();
  const n = ctx.timestamps.length;
  for (let i = 0; i < n; i++) {
    if (ctx.eligible[i] === 0) continue;
    const c = ctx.keys.category[i]!;
    const pool = pools.get(c);
    if (pool) pool.push(i);
    else pools.set(c, [i]);
  }
  const order = (a: number, b: number): number => ctx.timestamps[b]! - ctx.timestamps[a]! || ctx.idRank[a]! - ctx.idRank[b]!;
  for (const pool of pools.values()) pool.sort(order);
  return pools;
}

/**
 * Fills story `d`'s list up to `count` with the latest stories of its category that are not `d`
 * and not already listed. Returns the story indices added, in order.
 */
export function fillFromCategory(ctx: ScoreContext, pools: Map<number, number[]>, d: number, hits: readonly Ranked[]): number[] {
  const need = ctx.config.count - hits.length;
  if (need <= 0) return [];
  const taken = new Set(hits.map((h) => h.doc));
  taken.add(d);
  const added: number[] = [];
  for (const e of pools.get(ctx.keys.category[d]!) ?? []) {
    if (added.length === need) break;
    if (!taken.has(e)) added.push(e);
  }
  return added;
}
