import { readCorpus, synthesize } from './scripts/search/eval/corpus.ts';
import { deriveQueries } from './scripts/search/eval/derive.ts';
import { openBuiltSearch, takeTransfers } from './scripts/search/node-runtime.ts';
const outDir = process.argv[2]!;
const records = synthesize(readCorpus('/work/shared/corpus/jagran_indore_articles.jsonl'), 10000);
const counts = new Map<string, number>();
const queries = deriveQueries(records).filter((q) => { const n = counts.get(q.type) ?? 0; counts.set(q.type, n + 1); return n < 300; });
const session = queries.filter((_, i) => i % Math.max(1, Math.floor(queries.length / 100)) === 0).slice(0, 100);
const N = Number(process.argv[3] ?? 30);
const kinds = (p: string) => p.includes('/index/') ? 'chunk' : p.includes('/fragment/') ? 'frag' : p.includes('/roman/') ? 'roman' : p.includes('/filter/') ? 'filter' : 'fixed';
for (const [i, q] of session.slice(0, N).entries()) {
  takeTransfers();
  const { engine } = await openBuiltSearch(outDir, { fresh: `f${i}` });
  const { results, concepts } = await engine.search(q.query);
  await Promise.all(results.slice(0, 5).map((r) => engine.view(r)));
  const files = takeTransfers();
  const sum: Record<string, number> = {}; const n: Record<string, number> = {};
  for (const f of files) { const k = kinds(f.path); sum[k] = (sum[k] ?? 0) + f.bytes; n[k] = (n[k] ?? 0) + 1; }
  console.log(q.type.padEnd(10), Object.entries(sum).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}/${n[k]}`).join('  '), '|', concepts.length, 'concepts', q.query);
}
