import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runLine, summarise, summaryLine, type RunResult } from '../../scripts/bench/measured-build.ts';

/** A build's figures, scaled by `k` so that the median of k = 1, 2, 3 is the run of k = 2. */
const result = (k: number, changes = false): RunResult => ({
  articles: 3000,
  pages: 3400,
  reused: 3400 - 100 * k,
  ...(changes ? { changes: { added: k, changed: 10 * k, removed: 0, unchanged: 5000 } } : {}),
  seconds: { validate: 1.5 * k, render: 10 * k, total: 20 * k },
  peakRssMB: 800 + k,
  peakByProgramMB: { node: 700 + k, pagefind_extend: 100 },
  peakAtSeconds: 12.4 * k,
  cpuSeconds: { user: 30 * k, sys: 3 * k },
  cpuByProgram: { node: 25 * k, pagefind_extend: 8 * k },
});

const lines = suite('measured-build: the lines npm run bench prints');

// [what, the line, what it must read]
const LINES: Array<[string, () => string, string]> = [
  [
    'a cold run',
    () => runLine('cold', 0, 3, result(1)),
    'cold run 1/3: validate 1.50s, render 10.00s, total 20.00s; peak 801 MB at 12 s (node 701, pagefind_extend 100); CPU 30.0 s user + 3.0 s kernel (node 25.0, pagefind_extend 8.0); 3400 pages, 100 rendered',
  ],
  [
    'a merge, with the files it changed',
    () => runLine('add', 1, 3, result(2, true)),
    'add run 2/3: validate 3.00s, render 20.00s, total 40.00s; peak 802 MB at 25 s (node 702, pagefind_extend 100); CPU 60.0 s user + 6.0 s kernel (node 50.0, pagefind_extend 16.0); 3400 pages, 200 rendered, 22 files changed',
  ],
  [
    'the medians of three runs',
    () => summaryLine(summarise('edit', [result(3, true), result(1, true), result(2, true)])),
    'edit, median: 3000 articles, 3400 pages (200 rendered), total 40 s, CPU 60 + 6 s, peak 802 MB',
  ],
  [
    'one run, no "median"',
    () => summaryLine(summarise('cold', [result(1)])),
    'cold: 3000 articles, 3400 pages (100 rendered), total 20 s, CPU 30 + 3 s, peak 801 MB',
  ],
];
for (const [what, line, want] of LINES) lines(what, () => assert.is(line(), want));

lines('the summary (the --json line) takes each figure’s own median, and files only when counted', () => {
  const s = summarise('cold', [
    { ...result(3), files: 9000 },
    { ...result(1), files: 7000 },
    { ...result(2), files: 8000 },
  ]);
  assert.equal(s, {
    articles: 3000,
    pages: 3400,
    rendered: 200,
    files: 8000,
    filesChanged: 0,
    seconds: { validate: 3, render: 20, total: 40 },
    peakRssMB: 802,
    cpuSeconds: { user: 60, sys: 6 },
    cpuByProgram: { node: 50, pagefind_extend: 16 },
    runs: 3,
    cache: 'cold',
  });
  assert.not.ok('files' in summarise('add', [result(1, true)]));
});

lines.run();
