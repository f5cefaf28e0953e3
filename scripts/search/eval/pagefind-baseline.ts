import type { SearchManifest } from '../manifest.ts';
import type { PagefindApi, PagefindModule } from '../browser/pagefind-types.ts';

/** Loads an ES module by URL (a file-based `import()` in Node). */
export type ModuleImporter = (url: string) => Promise<unknown>;

/**
 * Opens every shard of an index with Pagefind's own runtime, for the eval's plain-Pagefind baseline
 * and the tests that check the search's reader against Pagefind (readers never load it). The newest
 * shard is the primary (it brings the WebAssembly), older shards are merged into it, so one search
 * call ranks pages of all shards together. Needs a build made with `pagefindRuntime`; undefined
 * without one. `overrides` are Pagefind options (`exactDiacritics: true` is the search's matching).
 */
export async function openPagefind(
  manifest: SearchManifest,
  siteBase: string,
  importModule: ModuleImporter,
  overrides: Record<string, unknown> = {},
): Promise<PagefindApi | undefined> {
  const [primary, ...rest] = manifest.shards;
  if (!primary || !manifest.runtime) return undefined;
  const mod = (await importModule(new URL(manifest.runtime, siteBase).href)) as PagefindModule;
  const common = { metaCacheTag: manifest.cacheTag, baseUrl: manifest.baseUrl, ...overrides };
  const pagefind = mod.createInstance({ ...common, basePath: new URL(primary.path, siteBase).href, noWorker: true });
  await pagefind.init();
  for (const shard of rest) await pagefind.mergeIndex(new URL(shard.path, siteBase).href, { ...common, language: 'hi' });
  return pagefind;
}
