/**
 * Search quality (and download sizes) on a corpus, through the same query code the browser runs.
 *
 *   npm run eval:search -- --corpus ../shared/corpus/jagran_indore_articles.jsonl | --content content [--queries Q.jsonl]
 *     [--json] [--baseline] [--exact] [--downloads] [--limit N] [--synthetic N] [--max-shard N] [--one-shard-up-to N] [--session N] [--firsts N] [--per-type N]
 *     [--max-chars N] [--out DIR [--reuse [--word-bytes N]]] [--shard-by-shard] [--verbose]
 *
 * Builds the index of the corpus (each record `{id,title,body}` an article) with the build's own
 * `buildSearchIndex`, then runs the queries: `{"query":"…","relevant":["<id>",…]}` lines from
 * --queries, or known-item queries derived per type (see scripts/search/eval/derive.ts).
 * Prints MRR@10, recall@10 and queries with no results, per type, and for queries without a
 * relevant story (words the archive lacks) the share answered with nothing or a shown correction.
 * --exact searches without typo corrections (for comparison). --content DIR evaluates a content
 * folder (the sample archive) instead of a corpus. --baseline also runs plain
 * Pagefind (whole query, default options). --downloads replays --session N (default 100) queries as one session and
 * prints the bytes of the first and later queries; the first --firsts N (default 30) of them are also each measured as a
 * reader's first query, on a fresh page. With --json the last line is
 * `{"queries":Q,"mrr10":…,"recall10":…,"noResults":…,"<type>_mrr10":…,…}`.
 * --reuse takes the index already in --out (built by an earlier run on the same corpus and
 * settings) and only rewrites its word index (files of --word-bytes before gzip) and browser script. --shard-by-shard reads each
 * shard's metadata and chunks instead of the word index (the reading before it).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../search/index.ts';
import { openBuiltSearch } from '../search/eval/node-runtime.ts';
import { contentArticles, corpusArticles, readCorpus, synthesize, type CorpusRecord } from '../search/eval/corpus.ts';
import type { Article } from '../catalog/types.ts';
import { deriveQueries, QUERY_TYPES, type EvalQuery } from '../search/eval/derive.ts';
import { deriveTypoQueries, TYPO_TYPES } from '../search/eval/typos.ts';
import { measureDownloads } from '../search/eval/downloads.ts';
import { runEval, type EvalReport } from '../search/eval/run.ts';
import { refreshBuiltSearch } from '../search/eval/reuse.ts';
import type { Summary } from '../search/eval/metrics.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    content: { type: 'string' },
    queries: { type: 'string' },
    json: { type: 'boolean', default: false },
    baseline: { type: 'boolean', default: false },
    exact: { type: 'boolean', default: false },
    downloads: { type: 'boolean', default: false },
    limit: { type: 'string' },
    synthetic: { type: 'string' },
    'max-shard': { type: 'string' },
    'one-shard-up-to': { type: 'string' },
    session: { type: 'string', default: '100' },
    firsts: { type: 'string', default: '30' },
    'per-type': { type: 'string', default: '300' },
    'max-chars': { type: 'string' },
    out: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    'word-bytes': { type: 'string' },
    'shard-by-shard': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
if (values.corpus === undefined && values.content === undefined) {
  process.stderr.write(
    'Usage: npm run eval:search -- --corpus FILE.jsonl | --content DIR [--queries FILE.jsonl] [--json] [--baseline] [--downloads]\n',
  );
  process.exit(2);
}

let records: CorpusRecord[];
let articles: Article[];
if (values.content !== undefined) {
  // A content folder (the sample archive): its published stories, as the build indexes them.
  articles = contentArticles(values.content);
  records = articles.map((a) => ({ id: a.id, title: a.title, body: a.text, category: a.category.name }));
} else {
  records = readCorpus(values.corpus!);
  if (values.limit !== undefined) records = records.slice(0, Number(values.limit));
  if (values.synthetic !== undefined) records = synthesize(records, Number(values.synthetic));
  articles = corpusArticles(records);
}

const outDir = values.out ?? mkdtempSync(join(tmpdir(), 'samachar-eval-search-'));
const wordBytes = values['word-bytes'] ? Number(values['word-bytes']) : undefined;
const reused = values.reuse && values.out !== undefined ? await refreshBuiltSearch(outDir, wordBytes) : undefined;
const built = reused
  ? undefined
  : await buildSearchIndex({
      outDir,
      articles,
      ...(values['max-shard'] ? { maxShardArticles: Number(values['max-shard']) } : {}),
      ...(values['one-shard-up-to'] ? { oneShardUpTo: Number(values['one-shard-up-to']) } : {}),
      ...(values['max-chars'] ? { maxContentChars: Number(values['max-chars']) } : {}),
      // Pagefind's own runtime, which readers never load, only for the baseline.
      pagefindRuntime: values.baseline,
    });
process.stdout.write(`corpus     ${values.corpus ?? values.content} (${records.length} articles)\n`);
process.stdout.write(
  built
    ? `index      ${built.shards} shard(s), ${built.files} files, ${built.seconds.toFixed(1)}s\n`
    : `index      reused from ${outDir}; word index ${reused ? `${reused.files} files in ${reused.cpuSeconds.toFixed(1)} s CPU` : 'none'}\n`,
);

let queries: EvalQuery[];
if (values.queries !== undefined) {
  queries = readFileSync(values.queries, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const q = JSON.parse(l) as { query: string; relevant: string[]; type?: string };
      return { query: q.query, relevant: q.relevant.map(String), type: q.type ?? 'given' };
    });
} else {
  const cap = Number(values['per-type']);
  const counts = new Map<string, number>();
  queries = [...deriveQueries(records), ...deriveTypoQueries(records)].filter((q) => {
    const n = counts.get(q.type) ?? 0;
    counts.set(q.type, n + 1);
    return n < cap;
  });
}

const urlToId = new Map(articles.map((a) => [a.url, a.id]));
const shardByShard = values['shard-by-shard'];
// A fresh engine per query: one kept for every query outgrows 8 GB at 100,000 stories; the answers are the same.
const freshEngine = async () => (await openBuiltSearch(outDir, { shardByShard })).engine;
const report = await runEval(queries, urlToId, freshEngine, undefined, values.exact);
const line = (name: string, s: Summary) =>
  `${name.padEnd(11)}${String(s.queries).padStart(5)}  MRR@10 ${s.mrr10.toFixed(3)}  recall@10 ${s.recall10.toFixed(3)}  no results ${s.noResults}\n`;
const print = (title: string, r: EvalReport) => {
  process.stdout.write(`\n${title}\n`);
  const known: readonly string[] = [...QUERY_TYPES, ...TYPO_TYPES];
  const order = [...known, ...Object.keys(r.types).filter((t) => !known.includes(t))];
  for (const t of order) if (r.types[t]) process.stdout.write(line(t, r.types[t]!));
  process.stdout.write(line('all', r.all));
  for (const [t, h] of Object.entries(r.honesty))
    process.stdout.write(
      `${t.padEnd(11)}${String(h.queries).padStart(5)}  nothing or a shown correction ${(100 * h.share).toFixed(1)} %\n`,
    );
};
print(values.exact ? 'samachar search (engine, --exact: no typo corrections)' : 'samachar search (engine)', report);
if (values.verbose)
  for (const m of report.misses)
    process.stdout.write(`  miss [${m.type}] ${m.query} → want ${m.relevant.join(',')} got ${m.got.join(',')}\n`);

if (values.baseline) {
  const plain = await openBuiltSearch(outDir, { fresh: 'baseline', pagefind: { exactDiacritics: false } });
  if (plain.pagefind) print('plain Pagefind (whole query, default options)', await runEval(queries, urlToId, freshEngine, plain.pagefind));
}

if (values.downloads) {
  // Queries spread evenly over the list (so over the query types), as one reader's session.
  const size = Number(values.session);
  const session = queries
    .filter((_, i) => i % Math.max(1, Math.floor(queries.length / size)) === 0)
    .slice(0, size)
    .map((q) => q.query);
  const d = await measureDownloads(outDir, session, 5, Number(values.firsts), shardByShard);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
  const pct = (xs: readonly number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
  const later = sorted(d.later);
  const firsts = sorted(d.firsts);
  process.stdout.write(
    `\ndownloads  first query ${kb(d.first)}; later queries median ${kb(pct(later, 0.5))}, p90 ${kb(pct(later, 0.9))}, max ${kb(later[later.length - 1] ?? 0)} (${later.length} queries, 5 results shown)\n`,
  );
  if (firsts.length > 0)
    process.stdout.write(
      `           as a reader's first query (${firsts.length} queries, each on a fresh page): median ${kb(pct(firsts, 0.5))}, p90 ${kb(pct(firsts, 0.9))}, min ${kb(firsts[0]!)}, max ${kb(firsts[firsts.length - 1]!)}\n`,
    );
  for (const f of d.firstFiles.slice(0, 10)) process.stdout.write(`  ${kb(f.bytes).padStart(9)}  ${f.path}\n`);
}

if (values.out === undefined) rmSync(outDir, { recursive: true, force: true });
if (values.json) {
  const flat: Record<string, number> = { ...report.all };
  for (const [t, s] of Object.entries(report.types)) {
    flat[`${t}_queries`] = s.queries;
    flat[`${t}_mrr10`] = s.mrr10;
    flat[`${t}_recall10`] = s.recall10;
    flat[`${t}_noResults`] = s.noResults;
  }
  for (const [t, h] of Object.entries(report.honesty)) flat[`${t}_honest`] = h.share;
  process.stdout.write(`${JSON.stringify(flat)}\n`);
}
