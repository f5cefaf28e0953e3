import { join } from 'node:path';
import { measure, toMB } from './measure.ts';
import { median } from './side-by-side.ts';

/** One build of the bench archive as `npm run bench` reports it: the build's own figures and what the sampler saw. */
export interface RunResult {
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

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Builds `contentDir` into `outDir` with `npm run build`'s command in a child process (its
 * `--stats` line gives the stage times) while sampling the process tree for memory and CPU.
 */
export async function buildOnce(root: string, contentDir: string, outDir: string): Promise<RunResult> {
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

const list = (o: Record<string, number>, f: (v: number) => string) =>
  Object.entries(o)
    .map(([k, v]) => `${k} ${f(v)}`)
    .join(', ');
const changed = (r: Pick<RunResult, 'changes'>) => (r.changes ? r.changes.added + r.changes.changed + r.changes.removed : 0);

/** The line printed after each build: stage times, peak memory, CPU by program, pages rendered. */
export function runLine(kind: string, i: number, runs: number, r: RunResult): string {
  return `${kind} run ${i + 1}/${runs}: ${list(r.seconds, (v) => `${v.toFixed(2)}s`)}; peak ${r.peakRssMB} MB at ${r.peakAtSeconds.toFixed(0)} s (${list(
    r.peakByProgramMB,
    String,
  )}); CPU ${r.cpuSeconds.user.toFixed(1)} s user + ${r.cpuSeconds.sys.toFixed(1)} s kernel (${list(r.cpuByProgram, (v) => v.toFixed(1))}); ${r.pages} pages, ${
    r.pages - r.reused
  } rendered${r.changes ? `, ${changed(r)} files changed` : ''}`;
}

/** Runs of one kind (cold, add, edit) as one figure each: the median of the runs, figure by figure. */
export function summarise(kind: string, results: readonly RunResult[]) {
  const first = results[0]!;
  const m = (f: (r: RunResult) => number) => median(results.map(f));
  return {
    articles: first.articles,
    pages: first.pages,
    rendered: m((r) => r.pages - r.reused),
    ...(first.files === undefined ? {} : { files: m((r) => r.files ?? 0) }),
    filesChanged: m(changed),
    seconds: Object.fromEntries(Object.keys(first.seconds).map((k) => [k, Number(m((r) => r.seconds[k] ?? 0).toFixed(3))])),
    peakRssMB: m((r) => r.peakRssMB),
    cpuSeconds: { user: m((r) => r.cpuSeconds.user), sys: m((r) => r.cpuSeconds.sys) },
    cpuByProgram: Object.fromEntries(Object.keys(first.cpuByProgram).map((k) => [k, m((r) => r.cpuByProgram[k] ?? 0)])),
    runs: results.length,
    cache: kind,
  };
}

/** What `summarise` gives: one kind of run, as its line and the JSON print it. */
export type Summary = ReturnType<typeof summarise>;

/** The closing line of one kind of run. */
export function summaryLine(s: Summary): string {
  return `${s.cache}${s.runs > 1 ? ', median' : ''}: ${s.articles} articles, ${s.pages} pages (${s.rendered} rendered), total ${s.seconds.total} s, CPU ${s.cpuSeconds.user} + ${s.cpuSeconds.sys} s, peak ${s.peakRssMB} MB`;
}
