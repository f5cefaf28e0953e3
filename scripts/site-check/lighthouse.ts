import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { CHROME_FLAGS, CHROMIUM } from './browser.ts';

const require = createRequire(import.meta.url);

/** Category scores of one Lighthouse run, 0–100. */
export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  /** Cumulative layout shift as Lighthouse measured it (the issue's budget: 0). */
  cls: number;
  failing: string[];
}

/** The issue's bar, mobile: accessibility, SEO and best practices 100, performance at least 95. */
export const LIGHTHOUSE_MINIMUM = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

/** Runs a command and collects its output; asynchronous, so a server in this process keeps answering. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('close', (code) => ok({ code, stdout, stderr }));
  });
}

/**
 * One Lighthouse run (its CLI, default mobile emulation and simulated throttling) in a fresh
 * chromium. Besides the scores it names the audits that cost points, so a failure says why.
 */
export async function runLighthouse(origin: string, path: string): Promise<LighthouseScores> {
  const cli = require.resolve('lighthouse/cli/index.js');
  const r = await run(
    process.execPath,
    [
      cli,
      origin + path,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ],
    { ...process.env, CHROME_PATH: CHROMIUM },
  );
  if (r.code !== 0) throw new Error(`lighthouse failed on ${path}: ${r.stderr.slice(-2000)}`);
  const lhr = JSON.parse(r.stdout) as {
    categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
    audits: Record<string, { score: number | null; title: string; displayValue?: string; numericValue?: number }>;
  };
  const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const failing: string[] = [];
  for (const [cat, c] of Object.entries(lhr.categories)) {
    for (const ref of c.auditRefs) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1)
        failing.push(`${cat}: ${ref.id} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ''})`);
    }
  }
  return {
    path,
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
    failing,
  };
}
