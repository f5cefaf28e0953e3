import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { summaryLine } from '../bench/measured-build.ts';
import { prepareArchive, runBench } from '../bench/runs.ts';
import { sideBySide } from '../bench/side-by-side.ts';

const HELP = `npm run bench -- --articles N [--corpus FILE.jsonl] [--keep DIR] [--runs K] [--json] [--warm | --hugo]
Generates an archive of N articles (from the corpus's real text, or from the sample archive),
builds it K times (default 1) in a child process and prints each stage's wall time and the peak
resident memory summed over every process of the build (sampled from /proc every 100 ms), and
the CPU seconds (user and kernel) of all of them: on a shared machine the wall times move with the
neighbours' load, the CPU seconds much less.
With --runs > 1 the figures are medians. --json: the last line is one JSON object.
Runs are cold: the search-shard cache (.cache/ beside the archive) is set aside before each, as is
the previous run's site (deleted in the background after the last run, not between runs).
--warm measures what CI does after a merge instead: two untimed builds fill the cache and leave a
previous site for the next build to update (build/previous-site.ts), then each run
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
const keep = Boolean(values.keep);
const work = keep ? resolve(values.keep!) : mkdtempSync(join(tmpdir(), 'samachar-bench-'));
const say = (s: string) => (values.json ? process.stderr : process.stdout).write(`${s}\n`);

prepareArchive({ root, work, keep, say }, Number(values.articles), values.corpus);
const report = await runBench({ root, work, keep, say, runs: Math.max(1, Number(values.runs)), warm: values.warm, hugo: values.hugo });
const { summaries, hugo } = report;
for (const summary of summaries) say(summaryLine(summary));
if (hugo) say(`\n${sideBySide(summaries[0]!, hugo, hugo.version)}`);
if (values.json)
  console.log(
    JSON.stringify(
      summaries.length === 1 ? { ...summaries[0], ...(hugo ? { hugo } : {}) } : Object.fromEntries(summaries.map((s) => [s.cache, s])),
    ),
  );
if (!keep) rmSync(work, { recursive: true, force: true });
