import type { Article } from '../catalog/types.ts';
import { DEFAULT_MAX_SHARD_ARTICLES } from '../content/search-settings.ts';

/** One planned shard: articles newest first, as the catalog orders them. */
export interface ShardPlan {
  readonly id: string;
  readonly articles: readonly Article[];
}

/**
 * Splits the archive into shards, newest first, so that a typical change rebuilds one shard (each
 * shard's index is cached between builds by its content: `search/cache.ts`):
 *
 * - an archive of at most `oneShardUpTo` (default and least: `maxArticles`) stories is one shard
 *   (a reader downloads one index chunk per query word and one metadata file per shard, so one
 *   shard is the smallest search, ranked by the whole archive's word statistics; but any change
 *   then re-indexes everything, see docs/search.md);
 * - otherwise months are packed into shards of at most `maxArticles`, oldest first, a month never
 *   split unless it alone is larger (then it is cut into equal parts `<month>-p1`, `-p2`, …).
 *   Packing from the oldest end keeps every earlier shard as it was when stories are published:
 *   new stories change only the newest shard, an edit to an old story only the shard of its month.
 * - a newest shard of fewer than a quarter of `maxArticles` stories joins the shard before it.
 *   Pagefind ranks each shard's pages by word statistics of that shard alone (BM25), and the
 *   browser merges the lists by score: a shard of a few dozen stories would rank its stories on
 *   rarities it cannot estimate, and the newest stories are the last ones to get that wrong.
 *
 * Ids name the months a shard holds (`2026-11`, `2025-12_2026-05`). The plan depends only on the
 * articles' dates, never on the build machine.
 */
export function planShards(
  articles: readonly Article[],
  maxArticles = DEFAULT_MAX_SHARD_ARTICLES,
  oneShardUpTo = maxArticles,
): ShardPlan[] {
  if (!Number.isInteger(maxArticles) || maxArticles < 1) {
    throw new RangeError(`maxArticles must be a whole number of at least 1, got ${maxArticles}`);
  }
  const sorted = [...articles].sort((a, b) => b.timestamp - a.timestamp || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (sorted.length === 0) return [];
  // Months oldest first; each month's stories newest first.
  const months: Month[] = [];
  for (const a of sorted) {
    const month = a.date.slice(0, 7);
    const last = months[months.length - 1];
    if (last && last.month === month) last.articles.push(a);
    else months.push({ month, articles: [a] });
  }
  months.reverse();
  if (sorted.length <= Math.max(maxArticles, oneShardUpTo)) return [pack(months)];

  // Shards oldest first while packing; `open` collects months, split months go straight out.
  const shards: Array<{ plan: ShardPlan; months?: Month[] }> = [];
  let open: Month[] = [];
  let count = 0;
  const close = () => {
    if (open.length > 0) shards.push({ plan: pack(open), months: open });
    open = [];
    count = 0;
  };
  for (const m of months) {
    if (m.articles.length > maxArticles) {
      close();
      for (const part of splitMonth(m, maxArticles).reverse()) shards.push({ plan: part });
    } else {
      if (count + m.articles.length > maxArticles) close();
      open.push(m);
      count += m.articles.length;
    }
  }
  close();
  const newest = shards[shards.length - 1]!;
  const before = shards[shards.length - 2];
  if (newest.months && before?.months && newest.plan.articles.length < maxArticles / 4) {
    shards.splice(-2, 2, { plan: pack([...before.months, ...newest.months]), months: [] });
  }
  return shards.map((s) => s.plan).reverse();
}

interface Month {
  month: string;
  articles: Article[];
}

/** Months (oldest first) as one shard: stories newest first, id from the first and last month. */
function pack(months: readonly Month[]): ShardPlan {
  const oldest = months[0]!.month;
  const newest = months[months.length - 1]!.month;
  const articles: Article[] = [];
  for (let i = months.length - 1; i >= 0; i--) articles.push(...months[i]!.articles);
  return { id: oldest === newest ? newest : `${oldest}_${newest}`, articles };
}

/** A month larger than `max` cut into equal parts, newest part first. */
function splitMonth(m: Month, max: number): ShardPlan[] {
  const parts = Math.ceil(m.articles.length / max);
  const size = Math.ceil(m.articles.length / parts);
  return Array.from({ length: parts }, (_, p) => ({ id: `${m.month}-p${p + 1}`, articles: m.articles.slice(p * size, (p + 1) * size) }));
}
