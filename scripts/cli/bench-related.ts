/**
 * CPU time of the related stage alone, full and incremental, on a catalog recombined from a corpus.
 *
 *   npx tsx scripts/cli/bench-related.ts --corpus ../shared/corpus/jagran_indore_articles.jsonl --articles 10000
 *
 * Computes every list (2 threads), then updates from that state after adding one story dated today,
 * editing the body of a story of this month, and editing the title of an old story; prints CPU
 * seconds (all threads; wall time too, meaningless on a loaded machine) and how many lists were
 * ranked again. See docs/related.md § Incremental.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { type LabelledRecord, synthesize } from '../related/eval.ts';
import { type RelatedDoc, type RelatedUpdate, updateRelated } from '../related/index.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, articles: { type: 'string', default: '10000' } } });
if (values.corpus === undefined) {
  process.stderr.write('Usage: npx tsx scripts/cli/bench-related.ts --corpus FILE.jsonl [--articles N]\n');
  process.exit(2);
}
const n = Number(values.articles);
const records = readFileSync(values.corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as LabelledRecord);
const recombined = synthesize(records, n + 1);
const NOW = Date.UTC(2026, 11, 3, 10);
const DAY = 86_400_000;
const CATEGORIES = ['rajniti', 'khel', 'shahar', 'apradh', 'vyapar'];
/** Story i of the catalog: eight years old for i = 0, today for the last. */
const story = (r: LabelledRecord, i: number, daysAgo: number): RelatedDoc => ({
  id: `s-${String(i).padStart(6, '0')}`,
  timestamp: NOW - daysAgo * DAY,
  title: r.title,
  text: r.body,
  tags: i % 7 === 0 ? [CATEGORIES[i % 5]!] : [],
  category: { slug: CATEGORIES[i % 5]! },
  district: { slug: `d${i % 30}` },
  authors: [{ slug: `a${i % 40}` }],
});
const docs = recombined.slice(0, n).map((r, i) => story(r, i, Math.floor(((n - i) / n) * 3000)));
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
function timed(label: string, run: () => RelatedUpdate): RelatedUpdate {
  const [c, w] = [cpu(), performance.now()];
  const r = run();
  const how = r.full ? 'full' : 'incremental';
  process.stdout.write(
    `${label}: ${(cpu() - c).toFixed(2)} CPU-s (wall ${((performance.now() - w) / 1000).toFixed(1)} s), ${how}, ${r.recomputed} lists ranked\n`,
  );
  return r;
}
const first = timed('full', () => updateRelated(docs, { now: NOW, threads: 2 }));
const c0 = cpu();
const bytes = serialize(first.state);
const c1 = cpu();
deserialize(bytes);
process.stdout.write(
  `state: ${(bytes.length / 1e6).toFixed(0)} MB, written in ${(c1 - c0).toFixed(2)} CPU-s, read in ${(cpu() - c1).toFixed(2)}\n`,
);
const added = [...docs, story(recombined[n]!, n, 0)];
const add = timed('add one story', () => updateRelated(added, { now: NOW, threads: 2, previous: first.state }));
timed('add one story, from scratch', () => updateRelated(added, { now: NOW, threads: 2 }));
const changed = [...first.related].filter(([id, l]) => JSON.stringify(l) !== JSON.stringify(add.related.get(id))).length;
process.stdout.write(`lists changed by the add: ${changed}\n`);
const recent = added.map((d, i) =>
  i === n - 3 ? { ...d, text: `${d.text.slice(0, 200)} नगर निगम ने नई सड़क का काम शुरू किया। ${d.text.slice(200)}` } : d,
);
const edit = timed('edit the body of a story of this month', () => updateRelated(recent, { now: NOW, threads: 2, previous: add.state }));
const old = recent.map((d, i) => (i === Math.floor(n / 2) ? { ...d, title: `${d.title} नगर निगम` } : d));
timed('edit the title of an old story', () => updateRelated(old, { now: NOW, threads: 2, previous: edit.state }));
