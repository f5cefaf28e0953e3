import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus, sampleRecords, writeBenchArchive } from './bench-archive.ts';
import { watchPeak } from './proc-tree.ts';

const HELP = `npm run bench -- --articles N [--corpus FILE.jsonl] [--keep DIR] [--runs K] [--json]
Generates an archive of N articles (from the corpus's real text, or from the sample archive),
builds it K times (default 1) in a child process and prints each stage's wall time and the peak
resident memory summed over every process of the build (sampled from /proc every 100 ms).
With --runs > 1 the figures are medians. --json: the last line is one JSON object.`;

const { values } = parseArgs({ args: process.argv.slice(2), options: {
  articles: { type: 'string', default: '1000' }, corpus: { type: 'string' }, keep: { type: 'string' },
  runs: { type: 'string', default: '1' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
} });
if (values.help) { console.log(HELP); process.exit(0); }

const root = resolve(import.meta.dirname, '../..');
const count = Number(values.articles);
const runs = Math.max(1, Number(values.runs));
const work = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'samachar-bench-'));
const contentDir = join(work, 'content');
const outDir = join(work, '_site');
const say = (s: string) => (values.json ? process.stderr : process.stdout).write(`${s}\n`);

let t = performance.now();
// With --keep, an archive generated earlier from the same arguments is reused: deleting and
// writing 100,000 files costs minutes on slow disks and is not part of what is measured.
const stamp = join(work, '.bench-archive');
const want = JSON.stringify({ count, corpus: values.corpus ? resolve(values.corpus) : 'sample' });
if (values.keep && existsSync(stamp) && readFileSync(stamp, 'utf8') === want) {
  say(`reusing the archive in ${contentDir}`);
} else {
  const records = values.corpus ? readCorpus(resolve(values.corpus)) : sampleRecords(join(root, 'content'));
  rmSync(contentDir, { recursive: true, force: true });
  writeBenchArchive(contentDir, records, count, join(root, 'content'));
  writeFileSync(stamp, want);
  say(`generated ${count} articles from ${records.length} ${values.corpus ? 'corpus records' : 'sample articles'} in ${((performance.now() - t) / 1000).toFixed(1)} s → ${contentDir}`);
}

interface RunResult { articles: number; pages: number; seconds: Record<string, number>; peakRssMB: number }

function buildOnce(): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/cli/build.ts'), '--content', contentDir, '--out', outDir, '--stats'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, UV_THREADPOOL_SIZE: '16' } });
    const peak = watchPeak(child.pid!);
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d; });
    child.on('exit', (code) => {
      const peakBytes = peak.stop();
      if (code !== 0) return fail(new Error(`build failed (exit ${code}):\n${out}`));
      const stats = JSON.parse(out.trim().split('\n').pop()!) as Omit<RunResult, 'peakRssMB'>;
      done({ ...stats, peakRssMB: Math.round(peakBytes / 1048576) });
    });
  });
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
const results: RunResult[] = [];
for (let i = 0; i < runs; i++) {
  // Untimed: without this, each run's publish would delete the previous run's site in the
  // background, on the same disk, while the next run is being measured.
  rmSync(outDir, { recursive: true, force: true });
  t = performance.now();
  const r = await buildOnce();
  results.push(r);
  say(`run ${i + 1}/${runs}: ${Object.entries(r.seconds).map(([k, v]) => `${k} ${v.toFixed(2)}s`).join(', ')}; peak ${r.peakRssMB} MB; ${r.pages} pages`);
}
const keys = Object.keys(results[0]!.seconds);
const summary = {
  articles: results[0]!.articles,
  pages: results[0]!.pages,
  seconds: Object.fromEntries(keys.map((k) => [k, Number(median(results.map((r) => r.seconds[k] ?? 0)).toFixed(3))])),
  peakRssMB: median(results.map((r) => r.peakRssMB)),
  runs,
};
say(`${runs > 1 ? 'median: ' : ''}${summary.articles} articles, ${summary.pages} pages, total ${summary.seconds.total} s, peak ${summary.peakRssMB} MB`);
if (values.json) console.log(JSON.stringify(summary));
if (!values.keep) rmSync(work, { recursive: true, force: true });
