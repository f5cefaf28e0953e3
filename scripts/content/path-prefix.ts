import { z } from 'zod';
import { msg, type Msg } from './messages.ts';
import { addMessageIssue } from './site-issues.ts';
import { siteUrlProblem } from './site-urls.ts';

/**
 * `pathPrefix`: the folder a site is served from, for hosts that put it below the root of an address
 * (GitHub Pages project sites: `https://user.github.io/<repo>/`). Pages, catalog and templates keep
 * writing paths from the site's root (`/rajniti/`); the prefix is added where the output is written
 * (the HTML transform in eleventy/path-prefix.ts, `url` for everything absolute). See
 * docs/configuration.md, "A site in a subfolder".
 */

/** The environment variable that sets `pathPrefix` for one build, over site.json (a Pages workflow). */
export const PATH_PREFIX_ENV = 'SAMACHAR_PATH_PREFIX';

const EXAMPLE = '/samachar/';

/**
 * What is wrong with a prefix, or undefined. Plain ASCII folder names only: the prefix is written into
 * every link as it is, and a host's folder name with spaces or Devanagari would need escaping everywhere.
 */
export function pathPrefixProblem(text: string): Msg | undefined {
  const fix = msg('siteJson.prefixFix', { example: EXAMPLE });
  if (!text.startsWith('/') || !text.endsWith('/')) return msg('siteJson.prefixSlashes', { fix });
  if (text.includes('//')) return msg('siteJson.prefixEmpty', { fix });
  const bad = text
    .slice(1, -1)
    .split('/')
    .find((s) => s !== '' && !/^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/.test(s));
  if (bad !== undefined) return msg('siteJson.prefixFolder', { folder: bad, fix });
  return undefined;
}

/** The setting itself; `/` (the root of the address) by default. */
export const pathPrefixSchema = z
  .string({ error: 'siteJson.pathPrefix' })
  .trim()
  .superRefine((v, ctx) => {
    const problem = pathPrefixProblem(v);
    if (problem) addMessageIssue(ctx, problem);
  })
  .default('/');

/** The folder a normalised site address ends in, as a prefix: `https://a.example/x` → `/x/`. */
export function folderOf(url: string): string {
  const path = new URL(url).pathname;
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * `url` is the host's address and may already end in the prefix (an address copied from the browser);
 * any other folder there disagrees with `pathPrefix`, and every absolute link would be wrong.
 */
export function urlFolderProblem(url: string, pathPrefix: string): Msg | undefined {
  if (siteUrlProblem(url)) return undefined; // the url's own check reports it
  const folder = folderOf(url);
  if (folder === '/' || folder === pathPrefix) return undefined;
  const origin = new URL(url).origin;
  return pathPrefix === '/'
    ? msg('siteJson.urlFolderRoot', { folder, origin })
    : msg('siteJson.urlFolderPrefix', { folder, prefix: pathPrefix, origin });
}

/**
 * The public address of the site's home without its trailing slash: `https://user.github.io` + `/repo/` → `…/repo`.
 * A url refused by its own check is returned as it is (zod still runs the schema's overwrite then).
 */
export function siteAddress(url: string, pathPrefix: string): string {
  if (typeof url !== 'string' || typeof pathPrefix !== 'string' || siteUrlProblem(url) || pathPrefixProblem(pathPrefix)) return url;
  return folderOf(url) === '/' ? url.replace(/\/+$/, '') + pathPrefix.replace(/\/$/, '') : url;
}

/** A root-relative site path under the prefix: `/repo/` + `/rajniti/` → `/repo/rajniti/`; anything else as it is. */
export function prefixPath(pathPrefix: string, path: string): string {
  return pathPrefix !== '/' && path.startsWith('/') && !path.startsWith('//') ? pathPrefix + path.slice(1) : path;
}

/** site.json's value with `pathPrefix` from the environment when it is set (non-empty). */
export function withPrefixFromEnv(raw: unknown, env: NodeJS.ProcessEnv): unknown {
  const value = env[PATH_PREFIX_ENV];
  if (value === undefined || value === '' || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  return { ...raw, pathPrefix: value };
}
