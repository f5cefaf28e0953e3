import { readFileSync } from 'node:fs';
import type { Article } from '../../catalog/types.ts';
import { normalizeText } from '../../hindi/normalize.ts';
import { loadArticles } from '../../catalog/load.ts';

/** A corpus line: `{id, title, body, category?}` (other fields ignored). */
export interface CorpusRecord {
  id: string;
  title: string;
  body: string;
  category: string;
}

/**
 * Reads a JSONL corpus; blank lines are skipped. Text goes through `normalizeText`, as an editor's
 * content does on its way into the catalog (a title that begins with a byte-order mark loses it),
 * so the eval indexes what a build of the same text would.
 */
export function readCorpus(path: string): CorpusRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const r = JSON.parse(line) as Partial<CorpusRecord>;
      const clean = (v: unknown) => normalizeText(typeof v === 'string' ? v : '');
      return { id: String(r.id), title: clean(r.title), body: clean(r.body), category: clean(r.category) };
    });
}

const DAY = 86_400_000;
const entry = (name: string) => ({ slug: 'x', name });

/**
 * Corpus records as catalog articles, so the eval indexes them with the build's own code. Dates
 * are spread evenly over the ten years before 2026 (newest first), which also spreads them over
 * shards when the eval asks for small ones. The corpus category becomes the category filter.
 */
export function corpusArticles(records: readonly CorpusRecord[]): Article[] {
  const newest = Date.UTC(2025, 11, 31);
  const span = 3650 * DAY;
  return records.map((r, i) => {
    const ts = newest - Math.floor((i * span) / Math.max(1, records.length));
    const date = `${new Date(ts).toISOString().slice(0, 10)}T00:00:00.000+05:30`;
    return {
      id: r.id,
      sourcePath: r.id,
      title: r.title,
      summary: '',
      slug: `r${i}`,
      url: `/e/${i}/`,
      date,
      timestamp: ts,
      category: entry(r.category || 'सामान्य'),
      district: entry('—'),
      authors: [entry('—')],
      byline: [],
      tags: [],
      draft: false,
      aliases: [],
      body: r.body,
      text: r.body,
    };
  });
}

/**
 * `n` records recombined from the corpus, for size and speed runs at archive scale: each keeps its
 * source's title and sentence count, half its sentences its own and half drawn from the whole
 * corpus (seeded, so every run gets the same archive). Known-item scores on it mean little:
 * titles repeat.
 */
export function synthesize(records: readonly CorpusRecord[], n: number): CorpusRecord[] {
  const split = (b: string) => b.split(/(?<=[।.?!])\s+/).filter((s) => s !== '');
  const pool = records.flatMap((r) => split(r.body));
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, (_, i) => {
    const src = records[i % records.length]!;
    const body = split(src.body)
      .map((s) => (rnd() < 0.5 ? s : pool[Math.floor(rnd() * pool.length)]!))
      .join(' ');
    return { id: `syn-${i}`, title: src.title, body, category: src.category };
  });
}

/** The published stories of a content folder (drafts and future ones left out), newest first, as the build indexes them. */
export function contentArticles(dir: string): Article[] {
  const { articles, errors } = loadArticles(dir);
  if (errors.length > 0) throw new Error(`${dir}: ${errors.length} content errors; run npm run check`);
  const now = Date.now();
  return articles.filter((a) => !a.draft && a.timestamp <= now).sort((a, b) => b.timestamp - a.timestamp);
}
