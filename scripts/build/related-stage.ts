import { availableParallelism } from 'node:os';
import type { Article, Catalog } from '../catalog/types.ts';
import type { RelatedEntry } from '../eleventy/model.ts';
import { buildRelated, type RelatedOptions } from '../related/index.ts';

/** One related story as the article layout shows it. */
export type { RelatedEntry };

/**
 * Related stories for every article of the catalog, computed once per build and resolved to
 * articles so templates only read. `overrides` is `site.json`'s `related` block, already checked
 * by the loader. Uses every core (up to 4): the picks are the same for any number of threads.
 */
export function computeRelated(catalog: Catalog, overrides: Record<string, unknown>, now: number): Map<string, RelatedEntry[]> {
  const byId = new Map(catalog.articles.map((a) => [a.id, a]));
  const hits = buildRelated(catalog.articles, { ...(overrides as RelatedOptions), now, threads: Math.min(4, availableParallelism()) });
  const out = new Map<string, RelatedEntry[]>();
  for (const [id, list] of hits) {
    out.set(
      id,
      list.flatMap((h) => {
        const article = byId.get(h.id);
        return article ? [{ article, score: h.score, fallback: h.fallback === true }] : [];
      }),
    );
  }
  return out;
}

/**
 * The dev server's shortcut after an edit: keep the previous picks, pointed at the current
 * articles (so an edited title shows everywhere it is rendered), and give an article that had no
 * picks the latest stories of its category. Recomputing for 10,000 articles would cost seconds
 * per keystroke-save; the next full build recomputes everything.
 */
export function reuseRelated(catalog: Catalog, prev: ReadonlyMap<string, readonly RelatedEntry[]>): Map<string, RelatedEntry[]> {
  const byId = new Map(catalog.articles.map((a) => [a.id, a]));
  const latest = new Map<string, Article[]>();
  for (const a of catalog.articles) {
    const list = latest.get(a.category.slug) ?? [];
    if (list.length < 6) list.push(a);
    latest.set(a.category.slug, list);
  }
  const out = new Map<string, RelatedEntry[]>();
  for (const a of catalog.articles) {
    const old = prev.get(a.id);
    const entries = old
      ? old.flatMap((e) => {
          const cur = byId.get(e.article.id);
          return cur ? [{ ...e, article: cur }] : [];
        })
      : (latest.get(a.category.slug) ?? [])
          .filter((b) => b !== a)
          .slice(0, 5)
          .map((b) => ({ article: b, score: 0, fallback: true }));
    out.set(a.id, entries);
  }
  return out;
}
