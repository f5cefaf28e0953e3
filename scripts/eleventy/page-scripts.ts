import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteModel } from './model.ts';
import { type Asset, fingerprint, writeAssets } from './assets.ts';
import { writesSiteFiles } from './dev-focus.ts';
import { hasEmbed } from '../content/embeds.ts';
import { oldUrlLookupPlugin } from './old-url-lookup.ts';

interface EleventyConfigLike {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addGlobalData(name: string, value: unknown): void;
  on(event: string, fn: (arg: { directories: { output: string } }) => unknown): void;
}

/** The small scripts a page adds only when it needs them: embeds, AdSense units, the counter, old WordPress addresses. */
const SCRIPTS = ['embed', 'ads', 'analytics', 'redirect'] as const;

/** Each script as a fingerprinted asset, like share.js: cached for good, renamed when it changes. */
export function pageScriptAssets(dir = join(import.meta.dirname, '../../layouts/assets')): Record<(typeof SCRIPTS)[number], Asset> {
  const entries = SCRIPTS.map((name) => {
    const js = readFileSync(join(dir, `${name}.js`), 'utf8');
    return [name, { url: `/assets/${name}.${fingerprint(js)}.js`, contents: js }] as const;
  });
  return Object.fromEntries(entries) as Record<(typeof SCRIPTS)[number], Asset>;
}

/**
 * `pageScripts.embed|ads|analytics` (their URLs), `hasEmbed` (whether a rendered body needs embed.js)
 * and `analyticsData` (the counter's settings for analytics.js's data attribute, as JSON).
 */
export function pageScriptsPlugin(eleventyConfig: EleventyConfigLike, model: () => SiteModel): void {
  const assets = pageScriptAssets();
  eleventyConfig.addGlobalData('pageScripts', Object.freeze(Object.fromEntries(SCRIPTS.map((n) => [n, assets[n].url]))));
  eleventyConfig.addFilter('hasEmbed', (html: string) => hasEmbed(html));
  oldUrlLookupPlugin(eleventyConfig, model);
  eleventyConfig.addFilter('analyticsData', () => JSON.stringify(model().site.analytics ?? null));
  eleventyConfig.on('eleventy.after', ({ directories }) => {
    if (writesSiteFiles(model())) writeAssets(directories.output, Object.values(assets));
  });
}
