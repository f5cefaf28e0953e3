import type { SearchManifest } from '../manifest.ts';
import type { PagefindApi, PagefindModule } from './pagefind-types.ts';

/** Loads an ES module by URL; the browser's `import()`, or a file-based one in Node. */
export type ModuleImporter = (url: string) => Promise<unknown>;

/**
 * Opens every shard of the index as one Pagefind instance: the newest shard is the primary (it
 * brings the runtime and the WebAssembly), older shards are merged into it, so one search call
 * ranks pages of all years together. Vowel signs are matched exactly (`exactDiacritics`: कम is
 * not काम); the variants that should match are listed by the query code instead.
 * No worker: its download costs more than the few milliseconds of main-thread work it would save.
 * `siteBase` is the absolute URL of the site root, ending in `/`; `overrides` are Pagefind options
 * (the eval's plain-Pagefind baseline turns `exactDiacritics` off).
 */
export async function openPagefind(
  manifest: SearchManifest,
  siteBase: string,
  importModule: ModuleImporter,
  overrides: Record<string, unknown> = {},
): Promise<PagefindApi | undefined> {
  const [primary, ...rest] = manifest.shards;
  if (!primary) return undefined;
  const mod = (await importModule(new URL(manifest.runtime, siteBase).href)) as PagefindModule;
  const common = { exactDiacritics: true, metaCacheTag: manifest.cacheTag, baseUrl: manifest.baseUrl, ...overrides };
  const pagefind = mod.createInstance({ ...common, basePath: new URL(primary.path, siteBase).href, noWorker: true });
  await pagefind.init();
  for (const shard of rest) await pagefind.mergeIndex(new URL(shard.path, siteBase).href, { ...common, language: 'hi' });
  return pagefind;
}
