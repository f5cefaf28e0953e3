import type { RelatedDoc, RelatedHit } from './types.ts';

/** One labelled record of an evaluation corpus (JSONL: `{id, title, body, category, …}`). */
export interface LabelledRecord {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly category: string;
}

const DUMMY = Object.freeze({ slug: 'all' });

/**
 * A record as the algorithm may see it in an evaluation: text only. Category, district and author
 * are one dummy key for all, tags empty and dates equal, so the label cannot leak into the ranking.
 */
export function blindDoc(record: LabelledRecord): RelatedDoc {
  return {
    id: record.id,
    timestamp: 0,
    title: record.title,
    text: record.body,
    tags: [],
    category: DUMMY,
    district: DUMMY,
    authors: [DUMMY],
  };
}

/** Result of `precisionAtK`. */
export interface Precision {
  /** Same-label hits over all hits returned (fallbacks included: they are what a reader sees). */
  readonly precision: number;
  readonly hits: number;
  /** Hits that were fallbacks, not matches. */
  readonly fallbacks: number;
}

/** Share of returned related stories whose label equals their article's label. */
export function precisionAtK(related: ReadonlyMap<string, readonly RelatedHit[]>, labels: ReadonlyMap<string, string>): Precision {
  let hits = 0;
  let same = 0;
  let fallbacks = 0;
  for (const [id, list] of related) {
    const label = labels.get(id);
    for (const hit of list) {
      hits++;
      if (hit.fallback) fallbacks++;
      if (labels.get(hit.id) === label) same++;
    }
  }
  return { precision: hits === 0 ? 0 : same / hits, hits, fallbacks };
}

/**
 * `n` records recombined from `records` for timing only: each takes the title of one record and
 * the body of two others, with a distinct id, so vocabulary and lengths stay like the corpus's.
 */
export function synthesize(records: readonly LabelledRecord[], n: number): LabelledRecord[] {
  const m = records.length;
  const out: LabelledRecord[] = [];
  for (let i = 0; i < n; i++) {
    const a = records[i % m]!;
    const b = records[(i * 7919 + 13) % m]!;
    const c = records[(i * 104_729 + 7) % m]!;
    const half = (s: string): string => s.slice(0, Math.ceil(s.length / 2));
    out.push({ id: `syn-${i}`, title: a.title, body: `${half(b.body)}\n\n${half(c.body)}`.trim(), category: a.category });
  }
  return out;
}
