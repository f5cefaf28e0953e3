import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus, sampleRecords, writeBenchArchive } from '../bench/archive.ts';
import { Merges } from '../bench/merge.ts';
import { countFiles, measure, toMB } from '../bench/measure.ts';
import { hugoBuild, hugoVersion, type HugoRun } from '../bench/hugo-run.ts';
import { writeHugoSite } from '../bench/hugo-site.ts';
import { median, medianHugo, sideBySide } from '../bench/side-by-side.ts';
import { removeInBackground } from '../publish/swap.ts';

const HELP = `npm run bench -- --articles N [--corpus FILE.jsonl] [--keep DIR] [--runs K] [--json] [--warm | --hugo]
Generates an archive of N articles (from the corpus's real text, or from the sample archive),
builds it K times (default 1) in a child process and prints each stage's wall time and the peak
resident memory summed over every process of the build (sampled from /proc every 100 ms), and
the CPU seconds (user and kernel) of all of them: on a shared machine the wall times move with the
neighbours' load, the CPU seconds much less.
With --runs > 1 the figures are medians. --json: the last line is one JSON object.
Runs are cold: the search-shard cache (.cache/ beside the archive) is set aside before each, as is
the previous run's site (deleted in the background after the last run, not between runs).
--warm measures what CI does after a merge instead: one untimed build fills the cache, then each run
measures two builds, each on the one before: a new story published in the newest month ("add"),
then a story of the newest month edited ("edit"); the archive is restored at the end. When there is
no cache yet, the build that fills it is a cold build and is reported as one.
--hugo (cold runs, when \`hugo\` is on PATH): the same archive is also written as a Hugo site, and after
each samachar run \`hugo\` and then the Pagefind CLI build it; a side-by-side table ends the report.`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    articles: { type: 'string', default: '1000' },
    corpus: { type: 'string' },
    keep: { type: 'string' },
    runs: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    hugo: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

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
  say(
    `generated ${count} articles from ${records.length} ${values.corpus ? 'corpus records' : 'sample articles'} in ${((performance.now() - t) / 1000).toFixed(1)} s → ${contentDir}`,
  );
}

interface RunResult {
  articles: number;
  pages: number;
  reused: number;
  changes?: { added: number; changed: number; removed: number; unchanged: number };
  seconds: Record<string, number>;
  peakRssMB: number;
  peakByProgramMB: Record<string, number>;
  peakAtSeconds: number;
  cpuSeconds: { user: number; sys: number };
  cpuByProgram: Record<string, number>;
  /** Files in the output after a cold build. */
  files?: number;
}

async function buildOnce(): Promise<RunResult> {
  const args = [
    join(root, 'node_modules/tsx/dist/cli.mjs'),
    join(root, 'scripts/cli/build.ts'),
    '--content',
    contentDir,
    '--out',
    outDir,
    '--stats',
  ];
  const { seen, stdout } = await measure(process.execPath, args, { cwd: root, env: { ...process.env, UV_THREADPOOL_SIZE: '16' } });
  const stats = JSON.parse(stdout.trim().split('\n').pop()!) as Omit<
    RunResult,
    'peakRssMB' | 'peakByProgramMB' | 'peakAtSeconds' | 'cpuSeconds' | 'cpuByProgram'
  >;
  return {
    ...stats,
    peakRssMB: toMB(seen.peak),
    peakByProgramMB: Object.fromEntries(Object.entries(seen.peakByName).map(([k, v]) => [k, toMB(v)])),
    peakAtSeconds: seen.peakAt,
    cpuSeconds: { user: round2(seen.user), sys: round2(seen.sys) },
    cpuByProgram: Object.fromEntries(
      Object.entries(seen.cpuByName)
        .filter(([, v]) => v >= 0.05)
        .map(([k, v]) => [k, round2(v)]),
    ),
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const cacheDir = join(work, '.cache');
/**
 * Earlier runs' sites and caches are set aside, not deleted, until all runs are done. Some file
 * systems (this machine's ext4 has no journal) skip inodes freed in the last minutes when creating
 * files, and a build right after deleting 20,000 files spent ~1 ms of kernel time per file it
 * created (measured: 10,000 files of 30 KB, 1.1 s of kernel time, 14 s right after a deletion).
 */
const aside = join(work, `.bench-old-${process.pid}`);
let asideCount = 0;
const setAside = (path: string) => {
  if (!existsSync(path)) return;
  mkdirSync(aside, { recursive: true });
  renameSync(path, join(aside, `${asideCount++}-${basename(path)}`));
};
const merges = values.warm ? new Merges(contentDir) : undefined;
/** The build that fills the cache, when there was none: a cold build, reported as one (it saves a run at 100,000). */
let fill: RunResult | undefined;
if (merges) {
  setAside(outDir);
  const cold = !existsSync(cacheDir);
  say(`warm: one untimed build to fill the cache${cold ? ' (there is none: reported as a cold run)' : ''}`);
  const r = await buildOnce();
  if (cold) fill = { ...r, files: countFiles(outDir).files };
}
// The Hugo side by side (cold only): its site is written untimed, as samachar's archive is.
const hugoDir = join(work, 'hugo');
const hugo = values.hugo && !merges ? hugoVersion() : undefined;
if (values.hugo && !hugo) say(merges ? '--hugo compares cold builds: left out with --warm' : 'hugo is not on PATH: no side by side');
if (hugo) {
  setAside(hugoDir);
  say(`wrote ${writeHugoSite(contentDir, hugoDir, join(root, 'layouts/assets'))} stories as a Hugo site in ${hugoDir} (${hugo})`);
}
const hugoRuns: HugoRun[] = [];
/** Cold: builds from nothing. Warm: a one-story merge, a new story and an edited one, each built on the last build. */
const kinds = merges ? (['add', 'edit'] as const) : (['cold'] as const);
const results = new Map<string, RunResult[]>(kinds.map((k) => [k, []]));
try {
  for (let i = 0; i < runs; i++) {
    for (const kind of kinds) {
      if (kind === 'add') merges!.add(i + 1);
      else if (kind === 'edit') merges!.edit(i + 1);
      else {
        // Untimed: without this, each run's publish would delete the previous run's site in the
        // background, on the same disk, while the next run is being measured.
        setAside(outDir);
        setAside(cacheDir);
      }
      const r = await buildOnce();
      if (kind === 'cold') r.files = countFiles(outDir).files;
      results.get(kind)!.push(r);
      say(
        `${kind} run ${i + 1}/${runs}: ${Object.entries(r.seconds)
          .map(([k, v]) => `${k} ${v.toFixed(2)}s`)
          .join(', ')}; peak ${r.peakRssMB} MB at ${r.peakAtSeconds.toFixed(0)} s (${Object.entries(r.peakByProgramMB)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}); CPU ${r.cpuSeconds.user.toFixed(1)} s user + ${r.cpuSeconds.sys.toFixed(1)} s kernel (${Object.entries(
          r.cpuByProgram,
        )
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(
            ', ',
          )}); ${r.pages} pages, ${r.pages - r.reused} rendered${r.changes ? `, ${r.changes.added + r.changes.changed + r.changes.removed} files changed` : ''}`,
      );
      if (!hugo) continue;
      // Interleaved with samachar's runs, so that the machine's changing load falls on both alike.
      const h = await hugoBuild(hugoDir, `public-${process.pid}-${i}`, join(root, 'node_modules/pagefind/lib/runner/bin.cjs'));
      hugoRuns.push(h);
      say(
        `hugo run ${i + 1}/${runs}: hugo ${h.seconds.hugo.toFixed(2)}s + pagefind ${h.seconds.pagefind.toFixed(2)}s; peak ${h.peakRssMB} MB; CPU ${h.cpuSeconds.user.toFixed(1)} s user + ${h.cpuSeconds.sys.toFixed(1)} s kernel (hugo ${h.cpuByProgram.hugo.toFixed(1)}, pagefind ${h.cpuByProgram.pagefind.toFixed(1)}); ${h.pages} HTML pages, ${h.files} files`,
      );
    }
  }
} finally {
  merges?.restore();
  // After the last run, in the background (a temporary archive goes as a whole below). Start the
  // next benchmark a few minutes later (see setAside).
  if (values.keep) removeInBackground([aside, ...hugoRuns.map((_, i) => join(hugoDir, `public-${process.pid}-${i}`))]);
}
const summaries = [...(fill ? [summarise('cold', [fill])] : []), ...kinds.map((kind) => summarise(kind, results.get(kind)!))];
for (const summary of summaries)
  say(
    `${summary.cache}${summary.runs > 1 ? ', median' : ''}: ${summary.articles} articles, ${summary.pages} pages (${summary.rendered} rendered), total ${summary.seconds.total} s, CPU ${summary.cpuSeconds.user} + ${summary.cpuSeconds.sys} s, peak ${summary.peakRssMB} MB`,
  );
const hugoSummary = hugo && hugoRuns.length ? { version: hugo, ...medianHugo(hugoRuns) } : undefined;
if (hugoSummary) say(`\n${sideBySide(summaries[0]!, hugoSummary, hugo!)}`);
if (values.json)
  console.log(
    JSON.stringify(
      summaries.length === 1
        ? { ...summaries[0], ...(hugoSummary ? { hugo: hugoSummary } : {}) }
        : Object.fromEntries(summaries.map((s) => [s.cache, s])),
    ),
  );
if (!values.keep) rmSync(work, { recursive: true, force: true });

function summarise(kind: string, results: RunResult[]) {
  const keys = Object.keys(results[0]!.seconds);
  return {
    articles: results[0]!.articles,
    pages: results[0]!.pages,
    rendered: median(results.map((r) => r.pages - r.reused)),
    ...(results[0]!.files === undefined ? {} : { files: median(results.map((r) => r.files ?? 0)) }),
    filesChanged: median(results.map((r) => (r.changes ? r.changes.added + r.changes.changed + r.changes.removed : 0))),
    seconds: Object.fromEntries(keys.map((k) => [k, Number(median(results.map((r) => r.seconds[k] ?? 0)).toFixed(3))])),
    peakRssMB: median(results.map((r) => r.peakRssMB)),
    cpuSeconds: { user: median(results.map((r) => r.cpuSeconds.user)), sys: median(results.map((r) => r.cpuSeconds.sys)) },
    cpuByProgram: Object.fromEntries(
      Object.keys(results[0]!.cpuByProgram).map((k) => [k, median(results.map((r) => r.cpuByProgram[k] ?? 0))]),
    ),
    runs: results.length,
    cache: kind,
  };
}
