import type { HugoRun } from './hugo-run.ts';

/** The middle value (the mean of the two middle ones for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Each figure of several Hugo runs as its median (figure by figure, so the result need not be one run). */
export function medianHugo(runs: readonly HugoRun[]): HugoRun {
  const m = (f: (r: HugoRun) => number) => median(runs.map(f));
  return {
    seconds: { hugo: m((r) => r.seconds.hugo), pagefind: m((r) => r.seconds.pagefind), total: m((r) => r.seconds.total) },
    cpuSeconds: { user: m((r) => r.cpuSeconds.user), sys: m((r) => r.cpuSeconds.sys) },
    cpuByProgram: { hugo: m((r) => r.cpuByProgram.hugo), pagefind: m((r) => r.cpuByProgram.pagefind) },
    peakRssMB: m((r) => r.peakRssMB),
    pages: m((r) => r.pages),
    files: m((r) => r.files),
  };
}

/** What the side by side needs of samachar's cold summary (bench.ts). */
export interface SamacharCold {
  articles: number;
  pages: number;
  files?: number;
  seconds: Record<string, number>;
  cpuSeconds: { user: number; sys: number };
  cpuByProgram: Record<string, number>;
  peakRssMB: number;
  runs: number;
}

const s1 = (x: number) => x.toFixed(1);
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/**
 * The cold builds of samachar and of Hugo + the Pagefind CLI on the same archive as a Markdown
 * table (it pastes into docs/performance.md): wall and CPU seconds, peak memory, pages, files,
 * then the ratio of CPU seconds, which the machine's load moves much less than wall times.
 */
export function sideBySide(s: SamacharCold, h: HugoRun, hugoVersion: string): string {
  const cpu = (c: { user: number; sys: number }) => c.user + c.sys;
  const pagefind = Object.entries(s.cpuByProgram)
    .filter(([k]) => k.startsWith('pagefind'))
    .reduce((sum, [, v]) => sum + v, 0);
  const node = s.cpuByProgram.node ?? 0;
  const runs = s.runs > 1 ? `median of ${s.runs}` : 'one run';
  return [
    `Cold builds of the same ${s.articles.toLocaleString('en')}-article archive, ${runs}, interleaved (${hugoVersion.split(' ').slice(0, 2).join(' ')}, no --minify):`,
    '',
    row(['', 'wall', 'CPU user + kernel', 'CPU by program', 'peak memory', 'HTML pages', 'files']),
    row(['---', '---', '---', '---', '---', '---', '---']),
    row([
      'samachar',
      `${s1(s.seconds.total ?? 0)} s`,
      `${s1(cpu(s.cpuSeconds))} s (${s1(s.cpuSeconds.user)} + ${s1(s.cpuSeconds.sys)})`,
      `Node ${s1(node)}, Pagefind ${s1(pagefind)}`,
      `${s.peakRssMB} MB`,
      String(s.pages),
      String(s.files ?? '–'),
    ]),
    row([
      'Hugo + Pagefind CLI',
      `${s1(h.seconds.total)} s (${s1(h.seconds.hugo)} + ${s1(h.seconds.pagefind)})`,
      `${s1(cpu(h.cpuSeconds))} s (${s1(h.cpuSeconds.user)} + ${s1(h.cpuSeconds.sys)})`,
      `Hugo ${s1(h.cpuByProgram.hugo)}, Pagefind ${s1(h.cpuByProgram.pagefind)}`,
      `${h.peakRssMB} MB`,
      String(h.pages),
      String(h.files),
    ]),
    '',
    `samachar / Hugo + Pagefind: ${(cpu(s.cpuSeconds) / cpu(h.cpuSeconds)).toFixed(2)}× the CPU seconds, ${((s.seconds.total ?? 0) / h.seconds.total).toFixed(2)}× the wall time`,
  ].join('\n');
}

/** The line printed after each Hugo + Pagefind CLI build. */
export function hugoLine(i: number, runs: number, h: HugoRun): string {
  return `hugo run ${i + 1}/${runs}: hugo ${h.seconds.hugo.toFixed(2)}s + pagefind ${h.seconds.pagefind.toFixed(2)}s; peak ${h.peakRssMB} MB; CPU ${h.cpuSeconds.user.toFixed(1)} s user + ${h.cpuSeconds.sys.toFixed(1)} s kernel (hugo ${h.cpuByProgram.hugo.toFixed(1)}, pagefind ${h.cpuByProgram.pagefind.toFixed(1)}); ${h.pages} HTML pages, ${h.files} files`;
}
