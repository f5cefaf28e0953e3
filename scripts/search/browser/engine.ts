import { romanKey } from '../../hindi/roman-key.ts';
import { buildExcerpt } from './excerpt.ts';
import type { PagefindApi, PagefindResult } from './pagefind-types.ts';
import { parseQuery, type Concept } from './query.ts';
import { combine, type Ranked } from './rank.ts';
import type { RomanWords } from './roman-lookup.ts';
import { spellingVariants } from './variants.ts';

/** Filters by Hindi name: `{ district: 'जालोर' }`. Empty values are ignored. */
export type Filters = Readonly<Record<string, string | undefined>>;

/** One result as the page shows it. */
export interface ResultView {
  url: string;
  title: string;
  date: string;
  category: string;
  district: string;
  image?: string;
  imageAlt?: string;
  /** HTML: escaped text with `<mark>` around matched words. */
  excerpt: string;
}

export interface EngineResponse {
  /** Concepts searched, romanised ones with their Devanagari forms added. */
  concepts: readonly Concept[];
  dropped: readonly string[];
  /** Every page matching at least one concept, best first. */
  results: readonly Ranked<PagefindResult>[];
}

export interface SearchEngine {
  search(query: string, filters?: Filters): Promise<EngineResponse>;
  /** Loads one result's page data (one small download) and builds its excerpt. */
  view(result: Ranked<PagefindResult>): Promise<ResultView>;
}

/** Lookups remembered per session, so refining a query re-runs only the new words. */
const CACHE_SIZE = 200;

/**
 * The search as readers use it: parse the query (drop question words, list spellings), add the
 * archive's Devanagari words for romanised ones, look up every spelling of every concept in
 * Pagefind (each its own lookup, so a missing word never empties the result), and combine the
 * lookups into one BM25-style ranking (`combine`).
 */
export function createEngine(pagefind: Pick<PagefindApi, 'search'>, romanWords: RomanWords): SearchEngine {
  const cache = new Map<string, Promise<PagefindResult[]>>();
  const lookup = (form: string, filters: Record<string, string>) => {
    const key = `${form}\u0000${JSON.stringify(filters)}`;
    let hit = cache.get(key);
    if (!hit) {
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
      hit = pagefind.search(form, { filters }).then((r) => r.results);
      cache.set(key, hit);
    }
    return hit;
  };

  async function withRomanForms(concepts: readonly Concept[]): Promise<Concept[]> {
    const keys = concepts.filter((c) => c.latin).map((c) => romanKey(c.word)).filter((k) => k !== '' && !k.includes(' '));
    const words = keys.length > 0 ? await romanWords(keys) : new Map<string, readonly string[]>();
    return concepts.map((c) => {
      if (!c.latin) return c;
      const found = words.get(romanKey(c.word)) ?? [];
      const forms = new Set([...c.forms, ...found.flatMap((w) => spellingVariants(w))]);
      return { ...c, forms: [...forms] };
    });
  }

  return {
    async search(query, filters = {}) {
      const parsed = parseQuery(query);
      const concepts = await withRomanForms(parsed.concepts);
      const active: Record<string, string> = {};
      for (const [k, v] of Object.entries(filters)) if (v) active[k] = v;
      const perConcept = await Promise.all(concepts.map((c) => Promise.all(c.forms.map((f) => lookup(f, active)))));
      return { concepts, dropped: parsed.dropped, results: combine(perConcept) };
    },
    async view(result) {
      const f = await result.best.data();
      const meta = f.meta;
      return {
        url: f.url,
        title: meta.title ?? f.url,
        date: meta.date ?? '',
        category: meta.category ?? '',
        district: meta.district ?? '',
        ...(meta.image ? { image: meta.image, imageAlt: meta.image_alt ?? '' } : {}),
        excerpt: buildExcerpt(f.content, result.words),
      };
    },
  };
}
