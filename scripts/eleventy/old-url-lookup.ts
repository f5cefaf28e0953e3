import type { OldUrlRedirect } from '../catalog/old-urls.ts';
import { type Asset, fingerprint, writeAssets } from './assets.ts';
import { writesSiteFiles } from './dev-focus.ts';
import type { SiteModel } from './model.ts';

interface EleventyConfigLike {
  addGlobalData(name: string, value: unknown): void;
  on(event: string, fn: (arg: { directories: { output: string } }) => unknown): void;
}

/**
 * Entries per shard: 2,000 old addresses make about 100 KB of JSON (60 KB gzipped), one fetch on a
 * 404 page; 100,000 imported posts make 50 such files, of which a visitor loads one.
 */
export const SHARD_ENTRIES = 2000;

/** FNV-1a over UTF-16 code units: a few lines, identical in layouts/assets/redirect.js. */
export function shardHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The 404 lookup's files: `/assets/old-urls-<hash>/<n>.json`, and what redirect.js's data attributes say. */
export interface OldUrlShards {
  /** Folder relative to /assets/ (the script's own folder), `old-urls-<hash>/`. */
  map: string;
  shards: number;
  files: Asset[];
}

/**
 * Splits the old addresses into shards by hash. The folder is named by the content's hash because
 * everything under /assets/ is cached for good (publish/headers.ts): a changed map is a new folder.
 */
export function oldUrlShards(redirects: readonly OldUrlRedirect[]): OldUrlShards | undefined {
  if (redirects.length === 0) return undefined;
  const shards = Math.ceil(redirects.length / SHARD_ENTRIES);
  const maps = Array.from({ length: shards }, () => ({}) as Record<string, string>);
  const sorted = [...redirects].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (const r of sorted) maps[shardHash(r.from) % shards]![r.from] = r.to;
  const texts = maps.map((m) => JSON.stringify(m));
  const map = `old-urls-${fingerprint(texts.join('\n'))}/`;
  return { map, shards, files: texts.map((contents, i) => ({ url: `/assets/${map}${i}.json`, contents })) };
}

/**
 * Global data `oldUrls` (`{ map, shards }` for redirect.js's data attributes, or null when the site
 * has no imported addresses, so no page loads the script) and the shard files, written with the assets.
 */
export function oldUrlLookupPlugin(eleventyConfig: EleventyConfigLike, model: () => SiteModel): void {
  const memo = new WeakMap<SiteModel, OldUrlShards | undefined>();
  const shardsOf = (m: SiteModel) => {
    if (!memo.has(m)) memo.set(m, oldUrlShards(m.oldUrls ?? []));
    return memo.get(m);
  };
  eleventyConfig.addGlobalData('oldUrls', () => {
    const s = shardsOf(model());
    return s ? { map: s.map, shards: s.shards } : null;
  });
  eleventyConfig.on('eleventy.after', ({ directories }) => {
    const m = model();
    const s = shardsOf(m);
    if (s && writesSiteFiles(m)) writeAssets(directories.output, s.files);
  });
}
