import { latinKey } from '../../hindi/roman-fold.ts';
import { buildExcerpt } from './excerpt.ts';
import type { PagefindApi, PagefindResult } from './pagefind-types.ts';
import { conceptForms, parseQuery, type Concept } from './query.ts';
import { RARE_PAGES, type Corrector } from './typo-lookup.ts';
import { combine, withoutWeak, type Ranked } from './rank.ts';
import { exactFirst, hitsOf } from './rank-bounds.ts';
import type { RomanWords } from './roman-lookup.ts';
import { spellingVariants } from '../../hindi/variants.ts';

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

/** A query word the search corrected: as typed, and the archive word searched for it. */
export interface WordCorrection {
  readonly typed: string;
  readonly shown: string;
  /** The typed word is in the archive too (rarely), and its own stories stay in the results. */
  readonly kept: boolean;
}

export interface EngineResponse {
  /** Concepts searched, romanised ones with their Devanagari forms added, corrected ones with the correction's. */
  concepts: readonly Concept[];
  /** Words corrected because the archive does not have them (or hardly), in query order. */
  corrections: readonly WordCorrection[];
  dropped: readonly string[];
  /** Every page matching at least one concept, best first: the first `exact` in their exact order, the rest nearly so. */
  results: readonly Ranked<PagefindResult>[];
  /** How many of the first results are in their exact order (see `FIRST_EXACT`); all when the index gave every position. */
  exact: number;
  /** The same results with the first `n` in their exact order (loads the positions that takes). */
  rerank(n: number): Promise<EngineResponse>;
}

/** `relevance`: best match first. `newest`: stories with the most query words, newest first. */
export type Order = 'relevance' | 'newest';

export interface SearchEngine {
  /** An empty query with a filter lists the filter's stories, newest first. `exact`: no typo corrections. */
  search(query: string, filters?: Filters, order?: Order, exact?: boolean): Promise<EngineResponse>;
  /** Loads one result's page data (one small download) and builds its excerpt. */
  view(result: Ranked<PagefindResult>): Promise<ResultView>;
}

/**
 * Results ranked exactly before the first are shown: two pages of five. The word index leaves
 * word positions apart (`word-format.ts`), and only the closeness bonus needs them, which can lift
 * a page's score by a quarter at most; the engine loads them for the pages that could still reach
 * the first `FIRST_EXACT` (`rank-bounds.ts`), and the rest when the reader asks for more.
 */
export const FIRST_EXACT = 10;

/** A response whose order is final. */
function settled(r: Omit<EngineResponse, 'exact' | 'rerank'>): EngineResponse {
  const response: EngineResponse = { ...r, exact: r.results.length, rerank: async () => response };
  return response;
}

/** Lookups remembered per session, so refining a query re-runs only the new words. */
const CACHE_SIZE = 200;

/**
 * The search as readers use it: parse the query (drop question words, list spellings), add the
 * archive's Devanagari words for romanised ones, look up every spelling of every concept in the
 * index (`ArchiveIndex`; each its own lookup, so a missing word never empties the result), and
 * combine the lookups into one BM25-style ranking (`combine`).
 */
export function createEngine(pagefind: Pick<PagefindApi, 'search'>, romanWords: RomanWords, corrector?: Corrector): SearchEngine {
  const cache = new Map<string, Promise<PagefindResult[]>>();
  /** Results whose hits had positions still to load when they were ranked, with the lookups they came from (for `view`). */
  const later = new WeakMap<Ranked<PagefindResult>, PagefindResult[][][]>();
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
    const keys = concepts
      .filter((c) => c.latin)
      .map((c) => latinKey(c.word))
      .filter((k) => k !== '' && !k.includes(' '));
    const words = keys.length > 0 ? await romanWords(keys) : new Map<string, readonly string[]>();
    return concepts.map((c) => {
      if (!c.latin) return c;
      const found = words.get(latinKey(c.word)) ?? [];
      const forms = new Set([...c.forms, ...found.flatMap((w) => spellingVariants(w))]);
      return { ...c, forms: [...forms] };
    });
  }

  /**
   * Corrects the Devanagari words that the archive lacks or hardly has (`Corrector`), in place:
   * an absent word's concept searches the correction instead, a rare one's searches both.
   * Whether a word is absent is judged without filters (lookups of chunks already loaded).
   */
  async function correct(
    concepts: Concept[],
    perConcept: PagefindResult[][][],
    active: Record<string, string>,
    corrector: Corrector,
  ): Promise<WordCorrection[]> {
    const found = await Promise.all(
      concepts.map(async (c, i) => {
        if (c.latin || !/[\u0900-\u097f]/.test(c.word)) return undefined;
        const everywhere = Object.keys(active).length === 0 ? perConcept[i]! : await Promise.all(c.forms.map((f) => lookup(f, {})));
        const pages = new Set(everywhere.flat().map((r) => r.id)).size;
        if (pages > RARE_PAGES) return undefined;
        const fix = await corrector(c.word, pages);
        if (!fix) return undefined;
        const forms = conceptForms(fix.word);
        const hits = await Promise.all(forms.map((f) => lookup(f, active)));
        perConcept[i] = pages === 0 ? hits : [...perConcept[i]!, ...hits];
        concepts[i] = { ...c, forms: pages === 0 ? forms : [...new Set([...c.forms, ...forms])] };
        return { typed: c.word, shown: fix.word, kept: pages > 0 };
      }),
    );
    return found.filter((f) => f !== undefined);
  }

  // Pages are indexed newest first and shards are newest first, so a search without a term
  // returns every page in date order: its positions are the date ranks (computed once, no download
  // beyond what the first search loaded).
  let ranks: Promise<Map<string, number>> | undefined;
  const dateRanks = () => (ranks ??= pagefind.search(null).then((r) => new Map(r.results.map((p, i) => [p.id, i]))));

  return {
    async search(query, filters = {}, order = 'relevance', exact = false) {
      const parsed = parseQuery(query);
      const active: Record<string, string> = {};
      for (const [k, v] of Object.entries(filters)) if (v) active[k] = v;
      if (parsed.concepts.length === 0) {
        if (Object.keys(active).length === 0) return settled({ concepts: [], corrections: [], dropped: parsed.dropped, results: [] });
        const { results } = await pagefind.search(null, { filters: active });
        return settled({
          concepts: [],
          corrections: [],
          dropped: parsed.dropped,
          results: results.map((best) => ({ id: best.id, score: 0, matched: 0, words: [], best })),
        });
      }
      const concepts = await withRomanForms(parsed.concepts);
      const perConcept = await Promise.all(concepts.map((c) => Promise.all(c.forms.map((f) => lookup(f, active)))));
      const corrections = exact || !corrector ? [] : await correct(concepts, perConcept, active, corrector);
      const ranked = async (n: number): Promise<EngineResponse> => {
        const pending = await exactFirst(perConcept, concepts.length, order === 'newest' ? 0 : n);
        const done = pending.size === 0;
        let results = withoutWeak(combine(perConcept), concepts.length);
        if (order === 'newest' && results.length > 0) {
          const rank = await dateRanks();
          const most = results[0]!.matched === concepts.length ? concepts.length : results.reduce((m, r) => Math.max(m, r.matched), 0);
          results = results.filter((r) => r.matched === most).sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
        }
        const more = (m: number) => (done || m <= n ? Promise.resolve(response) : ranked(m));
        const response: EngineResponse = {
          concepts,
          corrections,
          dropped: parsed.dropped,
          results,
          exact: done || order === 'newest' ? results.length : n,
          rerank: more,
        };
        for (const r of results) if (pending.has(r.id)) later.set(r, perConcept);
        return response;
      };
      return ranked(FIRST_EXACT);
    },
    async view(result) {
      const held = later.get(result);
      let words = result.words;
      if (held) {
        const hits = hitsOf(held, result.id);
        await Promise.all(hits.map((h) => h.pending?.()));
        words = [...new Set(hits.flatMap((h) => h.words))].sort((a, b) => a - b);
      }
      const f = await result.best.data();
      const meta = f.meta;
      return {
        url: f.url,
        title: meta.title ?? f.url,
        date: meta.date ?? '',
        category: meta.category ?? '',
        district: meta.district ?? '',
        ...(meta.image ? { image: meta.image, imageAlt: meta.image_alt ?? '' } : {}),
        excerpt: buildExcerpt(f.content, words),
      };
    },
  };
}
