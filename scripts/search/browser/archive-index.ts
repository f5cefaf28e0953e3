import type { PagefindApi, PagefindResult, PagefindSearchOptions } from './pagefind-types.ts';
import type { ShardReader, ShardMatch } from './shard-reader.ts';
import type { Posting } from './index-format.ts';
import type { WordIndexReader } from './word-reader.ts';
import { spellingMatches, type SpellingRule } from './spelling-rule.ts';
import { idf, lengthBonus, pageScore, RANKING, type Ranking } from './word-score.ts';

/** A page's evidence for one lookup while it is gathered: text weight and metadata fields per index word (by its number). */
interface Evidence {
  tf: Map<number, number>;
  length: number;
  fields: Map<string, Set<number>>;
  positions: number[];
  /** Postings whose positions are still in a word file's positions file. */
  later: Array<NonNullable<Posting['at']>>;
}

export { prefixMatches, spellingMatches, type SpellingRule } from './spelling-rule.ts';

/**
 * `result.pending`: loads the positions of `later` into `result.words` (once, however often called),
 * then drops itself. A failed load (a file missing after a deploy) is tried again at the next call.
 */
function loadLater(result: PagefindResult, later: ReadonlyArray<NonNullable<Posting['at']>>): () => Promise<void> {
  let loading: Promise<void> | undefined;
  return () =>
    (loading ??= Promise.all(later.map((at) => at.file.positions(at.k))).then(
      (found) => {
        result.words = [...result.words, ...found.flat()].sort((a, b) => a - b);
        delete result.pending;
      },
      (e: unknown) => {
        loading = undefined;
        throw e;
      },
    ));
}

/**
 * Every shard of the archive's index searched as one (`openArchive` opens it): per word, the reader
 * fetches one or two files of the word index (`WordIndexReader`), or, without one, each shard's
 * metadata and the index chunks that can hold the word; it ranks pages of all shards together,
 * with word rarity counted over the whole archive. This replaces Pagefind's browser
 * runtime (its JavaScript and WebAssembly, 64 KB that every searching reader downloaded first):
 * the search needs only single-word lookups, filters and page data, not Pagefind's query language.
 *
 * A lookup of one spelling matches the index words that start with it or that it starts with
 * (चुनाव finds चुनावों; चुनावों finds चुनाव), with vowel signs exact (कम never finds काम):
 * Pagefind's `exactDiacritics`. Other spellings of a word (nukta, chandrabindu) are the query
 * code's to list (`hindi/variants.ts`). Results: best first; equal scores in date order, newest first.
 */
export class ArchiveIndex implements Pick<PagefindApi, 'search'> {
  private readonly totalPages: number;
  private readonly avgLength: number;

  /**
   * `words`: the word index and the archive's totals, when the shards were opened without their
   * metadata (`ShardReader.derived`); `opened` then gives the same archive read shard by shard,
   * for filtered searches (filters are listed in each shard's metadata).
   */
  constructor(
    private readonly shards: readonly ShardReader[],
    private readonly ranking: Ranking = RANKING,
    private readonly matches: SpellingRule = spellingMatches,
    private readonly words?: { reader: WordIndexReader; pages: number; words: number; opened: () => Promise<ArchiveIndex> },
  ) {
    let pages = words?.pages ?? 0;
    let count = words?.words ?? 0;
    if (!words)
      for (const s of shards)
        for (const p of s.meta.pages) {
          pages += 1;
          count += p.wordCount;
        }
    this.totalPages = pages;
    this.avgLength = pages > 0 ? count / pages : 1;
  }

  /** The same shards (and what they have loaded), with another spelling rule. */
  withRule(matches: SpellingRule): ArchiveIndex {
    const w = this.words;
    const opened = w && (async () => (await w.opened()).withRule(matches));
    return new ArchiveIndex(this.shards, this.ranking, matches, w && opened && { ...w, opened });
  }

  /** Per shard, the index entries that `typed` matches: from the word index, or from each shard's chunks. */
  private lookup(typed: string): Promise<ShardMatch[]> {
    return this.words ? this.words.reader.lookup(typed) : Promise.all(this.shards.map((s) => s.lookup(typed)));
  }

  async search(term: string | null, options: PagefindSearchOptions = {}): Promise<{ results: PagefindResult[] }> {
    if (this.words && Object.keys(options.filters ?? {}).length > 0) return (await this.words.opened()).search(term, options);
    const allowed = await Promise.all(this.shards.map((s) => this.allowedPages(s, options.filters ?? {})));
    if (term === null) {
      const results: PagefindResult[] = [];
      this.shards.forEach((s, i) => {
        const pages = allowed[i] ? [...allowed[i]!].sort((a, b) => a - b) : s.meta.pages.map((_, p) => p);
        for (const page of pages) results.push(this.result(i, page, 0, []));
      });
      return { results };
    }
    // One word, lowercased, its punctuation dropped as Pagefind drops it from queries (कहा। → कहा).
    const typed = term
      .normalize('NFC')
      .toLowerCase()
      .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}\s]/gu, '');
    const matches = await this.lookup(typed);
    // Per shard and page: what each matching index word has there (text weight, metadata fields).
    const evidence: Array<Map<number, Evidence>> = [];
    let df = 0;
    matches.forEach((m, i) => {
      const pages = new Map<number, Evidence>();
      const { metaFields, pages: info } = this.shards[i]!.meta;
      m.entries.forEach((entry, w) => {
        const bonus = lengthBonus(Math.abs([...entry.key].length - [...m.key].length));
        for (const sp of entry.spellings) {
          if (!this.matches(sp.form, typed)) continue;
          for (const p of sp.postings) {
            let e = pages.get(p.page);
            if (!e)
              pages.set(
                p.page,
                (e = { tf: new Map(), length: p.length ?? info[p.page]?.wordCount ?? 0, fields: new Map(), positions: [], later: [] }),
              );
            let tf = e.tf.get(w) ?? 0;
            for (let k = 0; k < p.weights.length; k++) tf += (p.weights[k]! / 24) * bonus;
            if (p.positions) for (const at of p.positions) e.positions.push(at);
            else if (p.at && p.weights.length > 0) e.later.push(p.at);
            e.tf.set(w, tf);
            for (const f of p.fields) {
              const name = metaFields[f] ?? '';
              const words = e.fields.get(name) ?? new Set<number>();
              e.fields.set(name, words.add(w));
            }
          }
        }
      });
      df += pages.size;
      evidence.push(pages);
    });
    const rarity = idf(this.totalPages, df);
    const results: Array<[PagefindResult, number]> = [];
    evidence.forEach((pages, i) => {
      for (const [page, e] of pages) {
        if (allowed[i] && !allowed[i]!.has(page)) continue;
        const fields = new Map([...e.fields].map(([name, words]) => [name, words.size]));
        const score = pageScore({ words: [...e.tf.values()], length: e.length, fields }, rarity, this.avgLength, this.ranking);
        const r = this.result(
          i,
          page,
          score,
          e.positions.sort((a, b) => a - b),
        );
        if (e.later.length > 0) r.pending = loadLater(r, e.later);
        results.push([r, i * 1e9 + page]);
      }
    });
    results.sort((a, b) => b[0].score - a[0].score || a[1] - b[1]);
    return { results: results.map(([r]) => r) };
  }

  private result(shard: number, page: number, score: number, words: number[]): PagefindResult {
    const reader = this.shards[shard]!;
    return { id: `${shard}/${reader.meta.pages[page]!.hash}`, score, words, data: () => reader.fragment(page) };
  }

  /** Pages of `shard` that pass every filter (all of them when there is none: `undefined`). */
  private async allowedPages(shard: ShardReader, filters: Record<string, string | string[]>): Promise<Set<number> | undefined> {
    let allowed: Set<number> | undefined;
    // A list of values asks for pages with all of them, as in Pagefind.
    for (const [name, value] of Object.entries(filters)) {
      for (const v of Array.isArray(value) ? value : [value]) {
        const pages = new Set(await shard.filterPages(name, v));
        allowed = allowed ? new Set([...allowed].filter((p) => pages.has(p))) : pages;
      }
    }
    return allowed;
  }
}
