import type { Article } from '../catalog/types.ts';
import { DEFAULT_MAX_SHARD_ARTICLES } from '../content/search-settings.ts';

/**
 * One planned shard: articles newest first, as the catalog orders them, and the sizes of the units
 * Pagefind indexes them in (newest first, summing to the article count; see `unitSizes`). `tail`:
 * the newest unit of the archive, a shard of its own (see `planShards`).
 */
export interface ShardPlan {
  readonly id: string;
  readonly articles: readonly Article[];
  readonly units: readonly number[];
  readonly tail?: boolean;
}

/**
 * Most stories Pagefind indexes at once (a unit). A published story re-indexes the newest unit, an
 * edit the unit of its day: about 0.8 CPU-s at 250 stories, against 16–17 for a shard of 5,000.
 */
export const DEFAULT_UNIT_ARTICLES = 250;

/**
 * Splits the archive into shards, newest first, so that a typical change rebuilds one small unit
 * (each unit's and each shard's index is cached between builds by its content: `search/cache.ts`):
 *
 * - an archive of at most `oneShardUpTo` (default and least: `maxArticles`) stories is one shard
 *   (a reader downloads one index chunk per query word and one metadata file per shard, so one
 *   shard is the smallest search, ranked by the whole archive's word statistics; but any change
 *   then re-indexes everything, see docs/search.md);
 * - otherwise months are packed into shards of at most `maxArticles`, oldest first, a month never
 *   split unless it alone is larger (then it is cut into equal parts `<month>-p1`, `-p2`, …).
 *   Packing from the oldest end keeps every earlier shard as it was when stories are published:
 *   new stories change only the newest shard, an edit to an old story only the shard of its month.
 * - a newest shard of fewer than a quarter of `maxArticles` stories joins the shard before it:
 *   every shard costs a reader one metadata file, and one index chunk per query word.
 * - each shard is indexed in units of at most `unitArticles` stories (`unitSizes`: days packed from the oldest) that
 *   `merge-units.ts` joins into the shard's index, and the archive's newest unit is a shard of its
 *   own (the tail, id its oldest day: `2026-11-21`), so that publishing a story re-indexes at most
 *   one unit and rewrites the files of a small shard only. The reader ranks every shard by the
 *   whole archive's word statistics (`browser/archive-index.ts`), so a small tail ranks as fairly
 *   as a large shard; it costs a reader one more metadata file and one more chunk per word.
 *
 * Ids name the months a shard holds (`2026-11`, `2025-12_2026-05`). The plan depends only on the
 * articles' dates, never on the build machine or an earlier build.
 */
export function planShards(
  articles: readonly Article[],
  maxArticles = DEFAULT_MAX_SHARD_ARTICLES,
  oneShardUpTo = maxArticles,
  unitArticles = DEFAULT_UNIT_ARTICLES,
): ShardPlan[] {
  if (!Number.isInteger(unitArticles) || unitArticles < 1) {
    throw new RangeError(`unitArticles must be a whole number of at least 1, got ${unitArticles}`);
  }
  const shards = packMonths(articles, maxArticles, oneShardUpTo).map((s) => ({ ...s, units: unitSizes(s.articles, unitArticles) }));
  const newest = shards[0];
  if (!newest || newest.units.length < 2) return shards;
  const [tailSize, ...rest] = newest.units;
  const tail = newest.articles.slice(0, tailSize);
  return [
    { id: tail[tail.length - 1]!.date.slice(0, 10), articles: tail, units: [tailSize!], tail: true },
    { id: monthsOf(newest.id, newest.articles.slice(tailSize)), articles: newest.articles.slice(tailSize), units: rest },
    ...shards.slice(1),
  ];
}

/**
 * Unit sizes of a shard (articles newest first), newest unit first: days packed from the oldest
 * into units of at most `max` stories; a day larger than `max` is cut into equal parts. Packing
 * from the oldest end keeps every earlier unit as it was when stories are published; a deleted or
 * back-dated story moves the boundaries of the later units of its shard. Units span months: an
 * archive's thin early years (a few stories a month) would otherwise be hundreds of tiny Pagefind
 * runs, each with its own fixed cost.
 */
export function unitSizes(articles: readonly Article[], max: number): number[] {
  const days: number[] = [];
  for (let i = articles.length - 1; i >= 0; i--) {
    if (articles[i]!.date.slice(0, 10) === articles[i + 1]?.date.slice(0, 10)) days[days.length - 1]!++;
    else days.push(1);
  }
  const units: number[] = [];
  let open = 0;
  for (const n of days) {
    if (open > 0 && open + n > max) {
      units.push(open);
      open = 0;
    }
    if (n <= max) open += n;
    else {
      const parts = Math.ceil(n / max);
      for (let p = 0; p < parts; p++) units.push(Math.floor(n / parts) + (p < n % parts ? 1 : 0));
    }
  }
  if (open > 0) units.push(open);
  return units.reverse();
}

/**
 * The id of the newest shard less its tail: the months it still holds. The months of the packed
 * shard would name the tail's too: a story of a new month renamed a shard whose stories did not
 * change, and a merge then moved all its files (5,455 at 100,000 stories). A part of a split
 * month keeps its id.
 */
function monthsOf(id: string, articles: readonly Article[]): string {
  if (/-p\d+$/.test(id)) return id;
  const oldest = articles[articles.length - 1]!.date.slice(0, 7);
  const newest = articles[0]!.date.slice(0, 7);
  return oldest === newest ? newest : `${oldest}_${newest}`;
}

/** Months packed into shards, newest first: the rules of `planShards` but units and the tail. */
export function packMonths(
  articles: readonly Article[],
  maxArticles = DEFAULT_MAX_SHARD_ARTICLES,
  oneShardUpTo = maxArticles,
): Array<Omit<ShardPlan, 'units'>> {
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
  const shards: Array<{ plan: Plan; months?: Month[] }> = [];
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

type Plan = Omit<ShardPlan, 'units'>;

interface Month {
  month: string;
  articles: Article[];
}

/** Months (oldest first) as one shard: stories newest first, id from the first and last month. */
function pack(months: readonly Month[]): Plan {
  const oldest = months[0]!.month;
  const newest = months[months.length - 1]!.month;
  const articles: Article[] = [];
  for (let i = months.length - 1; i >= 0; i--) for (const a of months[i]!.articles) articles.push(a);
  return { id: oldest === newest ? newest : `${oldest}_${newest}`, articles };
}

/** A month larger than `max` cut into equal parts, newest part first. */
function splitMonth(m: Month, max: number): Plan[] {
  const parts = Math.ceil(m.articles.length / max);
  const size = Math.ceil(m.articles.length / parts);
  return Array.from({ length: parts }, (_, p) => ({ id: `${m.month}-p${p + 1}`, articles: m.articles.slice(p * size, (p + 1) * size) }));
}
