import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { removeInBackground } from '../publish/swap.ts';
import { readCorpus, sampleRecords, writeBenchArchive } from './archive.ts';
import { hugoBuild, hugoVersion, type HugoRun } from './hugo-run.ts';
import { writeHugoSite } from './hugo-site.ts';
import { countFiles } from './measure.ts';
import { buildOnce, runLine, summarise, type RunResult, type Summary } from './measured-build.ts';
import { Merges } from './merge.ts';
import { hugoLine, medianHugo } from './side-by-side.ts';

/** Where `npm run bench` works and what it was asked for. */
export interface BenchOptions {
  /** The repository (its layouts, sample content and build command). */
  root: string;
  /** The bench folder: content/, _site/, .cache/ and, with --hugo, hugo/. */
  work: string;
  runs: number;
  warm: boolean;
  hugo: boolean;
  /** --keep: the folder outlives the run, so what was set aside is removed in the background. */
  keep: boolean;
  say: (line: string) => void;
}

/** Each kind of run as its medians (a cold fill first, when --warm had no cache), and Hugo's beside them. */
export interface BenchReport {
  summaries: Summary[];
  hugo?: HugoRun & { version: string };
}

/**
 * Writes the archive of `count` stories into `work/content`, or with --keep reuses the one an earlier run
 * wrote from the same arguments: deleting and writing 100,000 files costs minutes on slow disks and is
 * not part of what is measured.
 */
export function prepareArchive(o: Pick<BenchOptions, 'root' | 'work' | 'keep' | 'say'>, count: number, corpus: string | undefined): void {
  const t = performance.now();
  const contentDir = join(o.work, 'content');
  const stamp = join(o.work, '.bench-archive');
  const want = JSON.stringify({ count, corpus: corpus ? resolve(corpus) : 'sample' });
  if (o.keep && existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return o.say(`reusing the archive in ${contentDir}`);
  const records = corpus ? readCorpus(resolve(corpus)) : sampleRecords(join(o.root, 'content'));
  rmSync(contentDir, { recursive: true, force: true });
  writeBenchArchive(contentDir, records, count, join(o.root, 'content'));
  writeFileSync(stamp, want);
  o.say(
    `generated ${count} articles from ${records.length} ${corpus ? 'corpus records' : 'sample articles'} in ${((performance.now() - t) / 1000).toFixed(1)} s → ${contentDir}`,
  );
}

/**
 * Earlier runs' sites and caches are set aside, not deleted, until all runs are done. Some file
 * systems (this machine's ext4 has no journal) skip inodes freed in the last minutes when creating
 * files, and a build right after deleting 20,000 files spent ~1 ms of kernel time per file it
 * created (measured: 10,000 files of 30 KB, 1.1 s of kernel time, 14 s right after a deletion).
 */
function asideIn(aside: string): (path: string) => void {
  let count = 0;
  return (path) => {
    if (!existsSync(path)) return;
    mkdirSync(aside, { recursive: true });
    renameSync(path, join(aside, `${count++}-${basename(path)}`));
  };
}

/**
 * The runs: cold builds from nothing, or (--warm) a one-story merge, a new story and an edited one,
 * each built on the last build; with --hugo, a Hugo + Pagefind CLI build after each cold run.
 */
export async function runBench(o: BenchOptions): Promise<BenchReport> {
  const contentDir = join(o.work, 'content');
  const outDir = join(o.work, '_site');
  const cacheDir = join(o.work, '.cache');
  const aside = join(o.work, `.bench-old-${process.pid}`);
  const setAside = asideIn(aside);
  const build = () => buildOnce(o.root, contentDir, outDir);
  const merges = o.warm ? new Merges(contentDir) : undefined;
  /** The build that fills the cache, when there was none: a cold build, reported as one (it saves a run at 100,000). */
  let fill: RunResult | undefined;
  if (merges) {
    setAside(outDir);
    const cold = !existsSync(cacheDir);
    o.say(`warm: one untimed build to fill the cache${cold ? ' (there is none: reported as a cold run)' : ''}`);
    const r = await build();
    if (cold) fill = { ...r, files: countFiles(outDir).files };
    // A second one, unchanged: a build keeps the site it replaces to update next time
    // (build/previous-site.ts), so only from the third build on is a merge what it is in steady state.
    o.say('warm: a second untimed build, so that the first merge has a previous site to update');
    await build();
  }
  // The Hugo side by side (cold only): its site is written untimed, as samachar's archive is.
  const hugoDir = join(o.work, 'hugo');
  const hugo = o.hugo && !merges ? hugoVersion() : undefined;
  if (o.hugo && !hugo) o.say(merges ? '--hugo compares cold builds: left out with --warm' : 'hugo is not on PATH: no side by side');
  if (hugo) {
    setAside(hugoDir);
    o.say(`wrote ${writeHugoSite(contentDir, hugoDir, join(o.root, 'layouts/assets'))} stories as a Hugo site in ${hugoDir} (${hugo})`);
  }
  const hugoRuns: HugoRun[] = [];
  const kinds = merges ? (['add', 'edit'] as const) : (['cold'] as const);
  const results = new Map<string, RunResult[]>(kinds.map((k) => [k, []]));
  try {
    for (let i = 0; i < o.runs; i++) {
      for (const kind of kinds) {
        if (kind === 'add') merges!.add(i + 1);
        else if (kind === 'edit') merges!.edit(i + 1);
        else {
          // Untimed: without this, each run's publish would delete the previous run's site in the
          // background, on the same disk, while the next run is being measured.
          setAside(outDir);
          setAside(cacheDir);
        }
        const r = await build();
        if (kind === 'cold') r.files = countFiles(outDir).files;
        results.get(kind)!.push(r);
        o.say(runLine(kind, i, o.runs, r));
        if (!hugo) continue;
        // Interleaved with samachar's runs, so that the machine's changing load falls on both alike.
        const h = await hugoBuild(hugoDir, `public-${process.pid}-${i}`, join(o.root, 'node_modules/pagefind/lib/runner/bin.cjs'));
        hugoRuns.push(h);
        o.say(hugoLine(i, o.runs, h));
      }
    }
  } finally {
    merges?.restore();
    // After the last run, in the background (a temporary folder goes as a whole). Start the next
    // benchmark a few minutes later (see asideIn).
    if (o.keep) removeInBackground([aside, ...hugoRuns.map((_, i) => join(hugoDir, `public-${process.pid}-${i}`))]);
  }
  return {
    summaries: [...(fill ? [summarise('cold', [fill])] : []), ...kinds.map((kind) => summarise(kind, results.get(kind)!))],
    ...(hugo && hugoRuns.length ? { hugo: { version: hugo, ...medianHugo(hugoRuns) } } : {}),
  };
}
