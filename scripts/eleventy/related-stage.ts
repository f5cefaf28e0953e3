import type { Article, Catalog } from '../catalog/types.ts';
import { buildRelated, type RelatedOptions } from '../related/index.ts';

/** One related story as the article layout shows it. */
export interface RelatedEntry { article: Article; score: number; fallback: boolean }

/**
 * Related stories for every article of the catalog, computed once per build and resolved to
 * articles so templates only read. `overrides` is `site.json`'s `related` block, already checked
 * by the loader.
 */
export function computeRelated(catalog: Catalog, overrides: Record<string, unknown>, now: number): Map<string, RelatedEntry[]> {
  const byId = new Map(catalog.articles.map((a) => [a.id, a]));
  const hits = buildRelated(catalog.articles, { ...(overrides as RelatedOptions), now });
  const out = new Map<string, RelatedEntry[]>();
  for (const [id, list] of hits) {
    out.set(id, list.flatMap((h) => {
      const article = byId.get(h.id);
      return article ? [{ article, score: h.score, fallback: h.fallback === true }] : [];
    }));
  }
  return out;
}
