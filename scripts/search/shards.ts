import type { Article } from '../catalog/types.ts';

/**
 * Most articles one Pagefind index holds. The Pagefind process grows with the text it holds
 * (measured: 1.16 GB at 5,000 stories of 2,200 characters, 0.48 GB at 2,000: about 0.23 GB per
 * 1,000) and gives it back when the shard is written, so this bounds the build's memory: about
 * 2.3 GB for Pagefind at most. Each shard adds one index chunk (about 20 KB) per query word to a
 * reader's download, so shards are as large as memory allows; a 10,000-story archive is one.
 */
export const DEFAULT_MAX_SHARD_ARTICLES = 10_000;

/** One planned shard: articles newest first, as the catalog orders them. */
export interface ShardPlan {
  readonly id: string;
  readonly articles: readonly Article[];
}

/**
 * Splits the archive into shards by year, newest first. Consecutive years are merged while the
 * shard stays within `maxArticles` (a small archive is one shard, so a reader downloads one
 * chunk per word); a year larger than that is cut into equal parts `<year>-1`, `<year>-2`, …
 * Shards follow years so that an edit to an old story touches one old shard, and so that the
 * plan depends only on the articles, never on the build machine.
 */
export function planShards(articles: readonly Article[], maxArticles = DEFAULT_MAX_SHARD_ARTICLES): ShardPlan[] {
  if (!Number.isInteger(maxArticles) || maxArticles < 1) {
    throw new RangeError(`maxArticles must be a whole number of at least 1, got ${maxArticles}`);
  }
  const sorted = [...articles].sort((a, b) => b.timestamp - a.timestamp || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const years = new Map<string, Article[]>();
  for (const a of sorted) {
    const year = a.date.slice(0, 4);
    const list = years.get(year);
    if (list) list.push(a);
    else years.set(year, [a]);
  }
  const plans: ShardPlan[] = [];
  let run: { years: string[]; articles: Article[] } | undefined;
  const flush = () => {
    if (!run) return;
    const newest = run.years[0]!;
    const oldest = run.years[run.years.length - 1]!;
    plans.push({ id: newest === oldest ? newest : `${oldest}-${newest}`, articles: run.articles });
    run = undefined;
  };
  for (const [year, list] of years) {
    if (list.length > maxArticles) {
      flush();
      const parts = Math.ceil(list.length / maxArticles);
      const size = Math.ceil(list.length / parts);
      for (let p = 0; p < parts; p++) plans.push({ id: `${year}-${p + 1}`, articles: list.slice(p * size, (p + 1) * size) });
    } else if (run && run.articles.length + list.length <= maxArticles) {
      run.years.push(year);
      for (const a of list) run.articles.push(a);
    } else {
      flush();
      run = { years: [year], articles: [...list] };
    }
  }
  flush();
  return plans;
}
