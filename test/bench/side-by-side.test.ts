import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { HugoRun } from '../../scripts/bench/hugo-run.ts';
import { hugoLine, median, medianHugo, sideBySide, type SamacharCold } from '../../scripts/bench/side-by-side.ts';

const med = suite('median');
for (const [xs, want] of [
  [[3], 3],
  [[5, 1, 3], 3],
  [[4, 1, 3, 2], 2.5],
  [[30.9, 26.6, 28.8], 28.8],
] as const) {
  med(`${xs.join(', ')} → ${want}`, () => assert.is(median(xs), want));
}

const run = (k: number): HugoRun => ({
  seconds: { hugo: 6 * k, pagefind: 10 * k, total: 16 * k },
  cpuSeconds: { user: 20 * k, sys: 2 * k },
  cpuByProgram: { hugo: 8 * k, pagefind: 14 * k },
  peakRssMB: 900 + k,
  pages: 12000,
  files: 24000 + k,
});

const hugo = suite('medianHugo');
hugo('each figure is its own median across the runs', () => {
  assert.equal(medianHugo([run(3), run(1), run(2)]), run(2));
});

const SAMACHAR: SamacharCold = {
  articles: 10000,
  pages: 12028,
  files: 24500,
  seconds: { render: 21, total: 28.8 },
  cpuSeconds: { user: 48, sys: 7 },
  cpuByProgram: { node: 30, pagefind_extend: 25, esbuild: 0.1 },
  peakRssMB: 2700,
  runs: 3,
};

const table = suite('sideBySide');
table('a Markdown table of both builds, then the ratios of CPU and wall seconds', () => {
  const text = sideBySide(SAMACHAR, run(1), 'hugo v0.111.3+extended linux/amd64 BuildDate=2023-03-16');
  const lines = text.split('\n');
  assert.is(lines[0], 'Cold builds of the same 10,000-article archive, median of 3, interleaved (hugo v0.111.3+extended, no --minify):');
  assert.is(lines[4], '| samachar | 28.8 s | 55.0 s (48.0 + 7.0) | Node 30.0, Pagefind 25.0 | 2700 MB | 12028 | 24500 |');
  assert.is(
    lines[5],
    '| Hugo + Pagefind CLI | 16.0 s (6.0 + 10.0) | 22.0 s (20.0 + 2.0) | Hugo 8.0, Pagefind 14.0 | 901 MB | 12000 | 24001 |',
  );
  assert.is(lines.at(-1), 'samachar / Hugo + Pagefind: 2.50× the CPU seconds, 1.80× the wall time');
});

hugo('each Hugo build prints one line: times, memory, CPU by program, pages and files', () => {
  assert.is(
    hugoLine(1, 3, run(1)),
    'hugo run 2/3: hugo 6.00s + pagefind 10.00s; peak 901 MB; CPU 20.0 s user + 2.0 s kernel (hugo 8.0, pagefind 14.0); 12000 HTML pages, 24001 files',
  );
});

med.run();
hugo.run();
table.run();
