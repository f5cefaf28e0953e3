import type { Article, Catalog } from '../catalog/types.ts';

/** One related story as the article layout shows it. */
export interface RelatedEntry { article: Article; score: number; fallback: boolean }

/**
 * Related stories for every article. Until the related module lands this is the documented
 * fallback alone: the latest stories of the same category.
 */
export function computeRelated(catalog: Catalog, _overrides: Record<string, unknown>, _now: number): Map<string, RelatedEntry[]> {
  const out = new Map<string, RelatedEntry[]>();
  const byCategory = new Map<string, Article[]>();
  for (const a of catalog.articles) {
    const list = byCategory.get(a.category.slug) ?? [];
    list.push(a);
    byCategory.set(a.category.slug, list);
  }
  for (const a of catalog.articles) {
    const same = (byCategory.get(a.category.slug) ?? []).filter((b) => b !== a).slice(0, 5);
    out.set(a.id, same.map((b) => ({ article: b, score: 0, fallback: true })));
  }
  return out;
}
