import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { countFiles, measure, toMB } from './measure.ts';

/** One cold Hugo + Pagefind CLI build of the bench's Hugo site. */
export interface HugoRun {
  /** Wall seconds of `hugo`, of the Pagefind CLI after it, and of both. */
  seconds: { hugo: number; pagefind: number; total: number };
  /** CPU seconds (user and kernel) of both, and of each. */
  cpuSeconds: { user: number; sys: number };
  cpuByProgram: { hugo: number; pagefind: number };
  /** The higher of the two steps' peaks (they run one after the other). */
  peakRssMB: number;
  /** HTML files Hugo wrote (its pages, paginator pages and alias redirects), and all files in the end, search index included. */
  pages: number;
  files: number;
}

/** `hugo version`'s first line, or undefined when `hugo` is not on PATH. */
export function hugoVersion(): string | undefined {
  const r = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split('\n')[0] : undefined;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Builds `siteDir` with `hugo` (no --minify: samachar does not minify its HTML either) into a
 * fresh folder `out`, then indexes that with the Pagefind CLI of the project's pagefind package
 * (what `npx pagefind --site out` runs, without npx's own start-up). Hugo's resource cache is
 * removed first, so the run is cold.
 */
export async function hugoBuild(siteDir: string, out: string, pagefindBin: string): Promise<HugoRun> {
  rmSync(join(siteDir, 'resources'), { recursive: true, force: true });
  const hugo = await measure('hugo', ['--quiet', '--destination', out], { cwd: siteDir });
  const pagefind = await measure(process.execPath, [pagefindBin, '--site', out], { cwd: siteDir });
  const { html, files } = countFiles(join(siteDir, out));
  const cpu = (s: typeof hugo.seen) => s.user + s.sys;
  return {
    seconds: { hugo: round2(hugo.seconds), pagefind: round2(pagefind.seconds), total: round2(hugo.seconds + pagefind.seconds) },
    cpuSeconds: { user: round2(hugo.seen.user + pagefind.seen.user), sys: round2(hugo.seen.sys + pagefind.seen.sys) },
    cpuByProgram: { hugo: round2(cpu(hugo.seen)), pagefind: round2(cpu(pagefind.seen)) },
    peakRssMB: toMB(Math.max(hugo.seen.peak, pagefind.seen.peak)),
    pages: html,
    files,
  };
}
