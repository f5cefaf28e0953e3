import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { debuglog } from 'node:util';
import type { Article, Catalog } from '../catalog/types.ts';
import type { RelatedEntry } from '../eleventy/model.ts';
import { readState, writeState } from './state-file.ts';
import { type RelatedOptions, type RelatedState, type RelatedUpdate, updateRelated } from '../related/index.ts';

const log = debuglog('samachar:related');

/** One related story as the article layout shows it. */
export type { RelatedEntry };

/**
 * Related stories for every article of the catalog, computed once per build and resolved to
 * articles so templates only read. `overrides` is `site.json`'s `related` block, already checked
 * by the loader. Uses every core (up to 4): the picks are the same for any number of threads.
 * With `cacheDir` (the build's `<cache>/related/`), it starts from the previous build's state and
 * recomputes only the lists a change reaches, with the same result (docs/related.md § Incremental).
 * `versionOf` (the story cache's) names what a story's title and text were made from: a story whose
 * version is unchanged has its text neither made nor read.
 */
export function computeRelated(
  catalog: Catalog,
  overrides: Record<string, unknown>,
  now: number,
  cacheDir?: string,
  versionOf?: (sourcePath: string) => string | undefined,
): Map<string, RelatedEntry[]> {
  const cpuMs = () => process.cpuUsage().user / 1000;
  let t = cpuMs();
  const step = (name: string) => {
    log('stage: %s in %d CPU-ms', name, Math.round(cpuMs() - t));
    t = cpuMs();
  };
  const previous = cacheDir ? (readState(cacheDir) as RelatedState | undefined) : undefined;
  step('read state');
  const options: RelatedOptions = {
    ...(overrides as RelatedOptions),
    now,
    threads: Math.min(4, availableParallelism()),
    ...(versionOf ? { signature: (d) => versionOf((d as Article).sourcePath) } : {}),
  };
  let update: RelatedUpdate | undefined;
  try {
    update = previous ? updateRelated(catalog.articles, { ...options, previous }) : undefined;
  } catch (e) {
    // A state that reads but does not fit (a file damaged on disk): the lists are computed afresh.
    log('previous state unusable (%s): full computation', e instanceof Error ? e.message : String(e));
  }
  update ??= updateRelated(catalog.articles, options);
  log('%s: %d of %d lists ranked', update.full ? 'full computation' : 'incremental', update.recomputed, catalog.articles.length);
  step('update');
  if (cacheDir) {
    mkdirSync(cacheDir, { recursive: true });
    writeState(cacheDir, update.state);
  }
  step('write state');
  // The stories are the catalog's articles (in id order): a pick is its article already.
  const { stories, starts, picked, scores, fallback } = update.picks;
  const out = new Map<string, RelatedEntry[]>();
  for (let d = 0; d < stories.length; d++) {
    const entries: RelatedEntry[] = [];
    for (let k = starts[d]!; k < starts[d + 1]!; k++) {
      entries.push({ article: stories[picked[k]!] as Article, score: scores[k]!, fallback: fallback[k] === 1 });
    }
    out.set(stories[d]!.id, entries);
  }
  step('entries');
  return out;
}

/**
 * The dev server's shortcut after an edit: keep the previous picks, pointed at the current
 * articles (so an edited title shows everywhere it is rendered), and give an article that had no
 * picks the latest stories of its category. Recomputing for 10,000 articles would cost seconds
 * per keystroke-save; the next full build recomputes everything.
 */
export function reuseRelated(catalog: Catalog, prev: ReadonlyMap<string, readonly RelatedEntry[]>): Map<string, RelatedEntry[]> {
  const byId = new Map(catalog.articles.map((a) => [a.id, a]));
  const latest = new Map<string, Article[]>();
  for (const a of catalog.articles) {
    const list = latest.get(a.category.slug) ?? [];
    if (list.length < 6) list.push(a);
    latest.set(a.category.slug, list);
  }
  const out = new Map<string, RelatedEntry[]>();
  for (const a of catalog.articles) {
    const old = prev.get(a.id);
    const entries = old
      ? old.flatMap((e) => {
          const cur = byId.get(e.article.id);
          return cur ? [{ ...e, article: cur }] : [];
        })
      : (latest.get(a.category.slug) ?? [])
          .filter((b) => b !== a)
          .slice(0, 5)
          .map((b) => ({ article: b, score: 0, fallback: true }));
    out.set(a.id, entries);
  }
  return out;
}
