import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { cmsBundle } from './bundle.ts';
import { cmsConfig, cmsConfigYaml, type CmsBackendOptions } from './config.ts';
import { writeAssets } from '../eleventy/assets.ts';
import type { SiteModel } from '../eleventy/model.ts';
import { writesSiteFiles } from '../eleventy/dev-focus.ts';

interface EleventyConfigLike {
  addGlobalData(name: string, value: unknown): void;
  on(event: 'eleventy.after', fn: (e: { directories: { output: string } }) => void): void;
}

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/**
 * Where the CMS commits, from the environment (see docs/publishing.md, "The CMS"):
 * SAMACHAR_CMS_REPO, else GitHub Actions' own GITHUB_REPOSITORY, else a placeholder that still
 * lets an editor use "work with a local repository"; SAMACHAR_CMS_BRANCH (default main);
 * SAMACHAR_CMS_AUTH_URL and SAMACHAR_CMS_AUTH_ENDPOINT for the OAuth proxy.
 */
export function backendFromEnv(env: NodeJS.ProcessEnv): CmsBackendOptions {
  return {
    repo: env.SAMACHAR_CMS_REPO || env.GITHUB_REPOSITORY || 'your-org/your-archive',
    branch: env.SAMACHAR_CMS_BRANCH || 'main',
    ...(env.SAMACHAR_CMS_AUTH_URL ? { authUrl: env.SAMACHAR_CMS_AUTH_URL } : {}),
    ...(env.SAMACHAR_CMS_AUTH_ENDPOINT ? { authEndpoint: env.SAMACHAR_CMS_AUTH_ENDPOINT } : {}),
  };
}

/** The content folder as the CMS sees it: relative to the repository root, forward slashes. */
export function contentFolder(contentDir: string, root = PROJECT_ROOT): string {
  const rel = relative(root, resolve(contentDir));
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? 'content' : rel.split('\\').join('/');
}

/**
 * The editors' CMS at /admin/: `cms.script` for layouts/pages/admin.njk, and after each render the bundled
 * script plus `admin/config.yml`, generated from the schema and the current model's data files
 * (once per build; the dev server regenerates it when the data files change).
 */
export function cmsPlugin(eleventyConfig: EleventyConfigLike, model: () => SiteModel): void {
  const bundle = cmsBundle();
  // Frozen: see frozen() in scripts/eleventy/site-data.ts.
  eleventyConfig.addGlobalData('cms', Object.freeze({ script: bundle.scriptUrl }));
  eleventyConfig.on('eleventy.after', ({ directories }) => {
    const m = model();
    if (!writesSiteFiles(m)) return;
    const { categories, districts, authors, sources } = m.catalog;
    const config = cmsConfig(
      { site: m.site, categories: [...categories], districts: [...districts], authors: [...authors], sources: [...sources] },
      {
        backend: backendFromEnv(process.env),
        contentFolder: contentFolder(m.input.contentDir),
        siteTitle: m.site.title,
        siteUrl: m.site.url,
        review: m.site.cms.review,
      },
    );
    writeAssets(directories.output, bundle.assets);
    mkdirSync(join(directories.output, 'admin'), { recursive: true });
    writeFileSync(join(directories.output, 'admin', 'config.yml'), cmsConfigYaml(config));
  });
}
