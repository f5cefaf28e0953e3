import type { RelatedDoc } from '../../scripts/related/index.ts';

const DAY = 86_400_000;
/** 2026-11-23 00:00 IST: the tests' "today". */
export const NOW = Date.UTC(2026, 10, 22, 18, 30);

/** Options of `doc`: everything optional but the id. */
export interface DocInput {
  id: string;
  title?: string;
  text?: string;
  tags?: string[];
  category?: string;
  district?: string;
  author?: string;
  /** Days before NOW (negative: in the future). Default 1. */
  daysAgo?: number;
  draft?: boolean;
}

/** A tiny story for related-stories tests, with neutral defaults for what a test does not set. */
export function doc(input: DocInput): RelatedDoc {
  return {
    id: input.id,
    title: input.title ?? '',
    text: input.text ?? '',
    tags: input.tags ?? [],
    category: { slug: input.category ?? 'khabar' },
    district: { slug: input.district ?? 'jaipur' },
    authors: [{ slug: input.author ?? 'desk' }],
    timestamp: NOW - (input.daysAgo ?? 1) * DAY,
    ...(input.draft ? { draft: true } : {}),
  };
}

/** Unrelated filler stories: each has its own words, so they share nothing with anything. */
export function filler(count: number, category = 'khabar'): RelatedDoc[] {
  const words = ['पहाड़', 'नदी', 'जंगल', 'मैदान', 'झील', 'रेगिस्तान', 'समुद्र', 'घाटी', 'पठार', 'द्वीप', 'गुफा', 'झरना'];
  return Array.from({ length: count }, (_, i) =>
    doc({ id: `filler-${String(i).padStart(2, '0')}`, title: `${words[i % words.length]}${i}`, category, daysAgo: 100 + i }),
  );
}

/** Ids of the related list of `id`. */
export function ids(result: Map<string, Array<{ id: string }>>, id: string): string[] {
  return (result.get(id) ?? []).map((h) => h.id);
}
