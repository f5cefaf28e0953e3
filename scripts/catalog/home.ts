import type { Category } from '../content/schema.ts';
import type { Article } from './types.ts';

/** How many stories each part of the home page shows. */
export interface HomeOptions {
  /** Stories under the lead, with thumbnails. */
  top: number;
  /** The "ताज़ा ख़बरें" list, with the time of day. */
  latest: number;
  /** Stories per category section. */
  perSection: number;
}

/**
 * Four under the lead and six in the list put the lead and at least three more headlines within a
 * 412×915 phone's first two screens; four a section keeps the page a front page, not the archive.
 */
export const HOME_DEFAULTS: HomeOptions = { top: 4, latest: 6, perSection: 4 };

/** One item of the "ताज़ा ख़बरें" list: the story and its time of day in India (`16:20`), when it has one. */
export interface LatestItem {
  article: Article;
  time?: string;
}

/** The home page, top to bottom; every story appears at most once on it. */
export interface HomePage {
  lead?: Article;
  top: readonly Article[];
  latest: readonly LatestItem[];
  sections: ReadonlyArray<{ category: Category; items: readonly Article[] }>;
}

/**
 * The lead story: the newest `featured` one, else the newest with a picture (a front page opens
 * with a picture when it has one), else the newest. Articles are newest first, as in the catalog.
 */
export function pickLead(articles: readonly Article[]): Article | undefined {
  return articles.find((a) => a.featured) ?? articles.find((a) => a.image) ?? articles[0];
}

/**
 * `16:20` from an article's ISO date in +05:30 (the catalog's form); undefined at midnight exactly,
 * which is how a date without a time reads (see formatHindiDateTime).
 */
export function timeOfDay(iso: string): string | undefined {
  const hhmm = iso.slice(11, 16);
  return /^\d\d:\d\d$/.test(hhmm) && hhmm !== '00:00' ? hhmm : undefined;
}

/**
 * Lays out the home page from the newest-first articles: the lead, the next stories, the latest
 * list, then per category (in the order of categories.json) its newest stories not shown above.
 * One pass that stops once every section is full, so a 100,000-story archive costs what a small one does.
 */
export function layOutHome(articles: readonly Article[], categories: readonly Category[], options: HomeOptions = HOME_DEFAULTS): HomePage {
  const lead = pickLead(articles);
  const shown = new Set<Article>(lead ? [lead] : []);
  const next = (count: number) => {
    const out: Article[] = [];
    for (const a of articles) {
      if (out.length === count) break;
      if (!shown.has(a)) out.push(a);
    }
    for (const a of out) shown.add(a);
    return out;
  };
  const top = next(options.top);
  const latest = next(options.latest).map((article) => {
    const time = timeOfDay(article.date);
    return time ? { article, time } : { article };
  });

  const bySlug = new Map(categories.map((c) => [c.slug, [] as Article[]]));
  let open = options.perSection > 0 ? bySlug.size : 0;
  for (const a of articles) {
    if (open === 0) break;
    const items = bySlug.get(a.category.slug);
    if (!items || items.length === options.perSection || shown.has(a)) continue;
    items.push(a);
    if (items.length === options.perSection) open--;
  }
  const sections = categories.map((category) => ({ category, items: bySlug.get(category.slug)! })).filter((s) => s.items.length > 0);
  return { ...(lead ? { lead } : {}), top, latest, sections };
}
