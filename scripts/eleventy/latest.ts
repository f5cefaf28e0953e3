import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../catalog/types.ts';
import { formatHindiDateTime } from '../hindi/dates.ts';
import { fingerprint, writeAssets } from './assets.ts';
import { writesSiteFiles } from './dev-focus.ts';
import type { SiteModel } from './model.ts';

interface EleventyConfigLike {
  addGlobalData(name: string, value: unknown): void;
  on(event: string, fn: (arg: { directories: { output: string } }) => unknown): void;
}

/** Stories in latest.json: the six an article's column shows, plus the article itself when it is among them. */
export const LATEST_COUNT = 7;

/** One story of latest.json, in short keys: the file is fetched by every desktop article view. */
export interface LatestEntry {
  /** Headline. */
  t: string;
  /** Site path, with the site's pathPrefix. */
  u: string;
  /** ISO date and time. */
  d: string;
  /** The date and time as the site prints them. */
  w: string;
}

/** The newest published stories (the catalog is newest first), as latest.json lists them. */
export function latestEntries(articles: readonly Article[], pathPrefix = '/', count = LATEST_COUNT): LatestEntry[] {
  return articles.slice(0, count).map((a) => ({ t: a.title, u: pathPrefix + a.url.slice(1), d: a.date, w: formatHindiDateTime(a.date) }));
}

/**
 * `/latest.json` and `latestScript` (layouts/assets/latest.js, fingerprinted): the "ताज़ा ख़बरें" list of
 * an article page's side column, filled after load so the article's HTML stays the same when another
 * story is published.
 */
export function latestPlugin(eleventyConfig: EleventyConfigLike, model: () => SiteModel): void {
  const js = readFileSync(join(import.meta.dirname, '../../layouts/assets/latest.js'), 'utf8');
  const script = { url: `/assets/latest.${fingerprint(js)}.js`, contents: js };
  eleventyConfig.addGlobalData('latestScript', script.url);
  eleventyConfig.on('eleventy.after', ({ directories }) => {
    if (!writesSiteFiles(model())) return;
    const json = JSON.stringify(latestEntries(model().catalog.articles, model().site.pathPrefix));
    writeAssets(directories.output, [script, { url: '/latest.json', contents: json }]);
  });
}
