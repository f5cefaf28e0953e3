import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles } from '../catalog/load.ts';
import { slugify } from '../hindi/slug.ts';

/** A source of real text to recombine: titles and paragraphs, with an optional category label. */
export interface TextRecord {
  title: string;
  paragraphs: string[];
  category?: string;
}

/** Reads a JSONL corpus (`{title, body, category?}` per line) into records. */
export function readCorpus(path: string): TextRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as { title?: string; body?: string; category?: string };
      const paragraphs = String(r.body ?? '')
        .split(/\n+/)
        .map((p) => p.trim())
        .filter((p) => p.length > 0);
      return {
        title: String(r.title ?? '')
          .replace(/\s+/g, ' ')
          .trim(),
        paragraphs,
        ...(r.category ? { category: r.category } : {}),
      };
    })
    .filter((r) => r.title.length > 0 && r.paragraphs.length > 0);
}

/** The sample archive's own articles as records, for benchmarks without a corpus. */
export function sampleRecords(contentDir: string): TextRecord[] {
  return loadArticles(contentDir).articles.map((a) => ({
    title: a.title,
    paragraphs: a.body.split(/\n{2,}/).filter((p) => p.trim()),
    category: a.category.slug,
  }));
}

/** Knuth's multiplicative hash: cheap, deterministic spreading of indexes. */
const spread = (i: number, salt: number) => ((i + salt) * 2654435761) >>> 0;

const yamlText = (s: string) => JSON.stringify(s);

/**
 * Writes an archive of `count` articles into `dir` (content/ layout), recombining the records'
 * titles and paragraphs deterministically: article i takes record i's title and paragraphs from
 * three records, a date that walks back from 2026-11-23 about 30 articles a day, and a category,
 * district and author spread by hash (corpus labels map onto categories when present).
 * Everything but the articles (data files, static pages, assets, root files, pictures) is copied from
 * `dataFrom` (the sample archive), so that site.json's footer pages, logo and author photos exist.
 */
export function writeBenchArchive(dir: string, records: readonly TextRecord[], count: number, dataFrom: string): void {
  for (const folder of ['_data', 'pages', 'assets', 'root', 'images']) {
    if (existsSync(join(dataFrom, folder))) cpSync(join(dataFrom, folder), join(dir, folder), { recursive: true });
  }
  const read = (name: string) =>
    (JSON.parse(readFileSync(join(dir, '_data', `${name}.json`), 'utf8')) as Array<{ slug: string }>).map((e) => e.slug);
  const [categories, districts, authors] = [read('categories'), read('districts'), read('authors')];
  const labels = [...new Set(records.map((r) => r.category).filter((c): c is string => !!c))].sort();
  const end = Date.UTC(2026, 10, 23);
  const made = new Set<string>();
  for (let i = 0; i < count; i++) {
    const r = records[i % records.length]!;
    const cycle = Math.floor(i / records.length);
    const parts = [r, records[spread(i, 1) % records.length]!, records[spread(i, 2) % records.length]!];
    const paragraphs = parts.flatMap((p, k) => p.paragraphs.slice(k === 0 ? 0 : 1, k === 0 ? 4 : 3));
    const day = new Date(end - Math.floor(i / 30) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const [y, m] = [date.slice(0, 4), date.slice(5, 7)];
    const labelIndex = r.category ? labels.indexOf(r.category) : -1;
    const category = categories[(labelIndex >= 0 ? labelIndex : spread(i, 3)) % categories.length]!;
    // Titles repeat once the corpus is used up; the index keeps every URL unique.
    const slug = `${slugify(r.title, { maxLength: 40 })}-${i}`;
    const path = join(dir, 'articles', y, m);
    if (!made.has(path)) {
      mkdirSync(path, { recursive: true });
      made.add(path);
    }
    const fm = [
      '---',
      `title: ${yamlText(cycle > 0 ? `${r.title} (${cycle + 1})` : r.title)}`,
      `date: ${date}`,
      `category: ${category}`,
      `author: ${authors[spread(i, 4) % authors.length]}`,
      `district: ${districts[spread(i, 5) % districts.length]}`,
      `slug: ${slug}`,
      '---',
    ].join('\n');
    writeFileSync(join(path, `${slug}.md`), `${fm}\n${paragraphs.join('\n\n')}\n`);
  }
}
