import { z } from 'zod';

/**
 * The URL-like settings of site.json. They end up in every page's links, feeds, sitemaps and
 * structured data, so they are held to what a newsroom means: the site's public http(s) address,
 * and paths on that site.
 */

const URL_EXAMPLE = 'https://marudhar-samachar.example';

/** What is wrong with a site address, or undefined when it is a plain public http(s) address. */
export function siteUrlProblem(text: string): string | undefined {
  // z.url() accepts javascript:, data:, file: and more; only a web address makes sense here.
  if (!/^https?:\/\//i.test(text)) return `url must start with https:// (or http://), like ${URL_EXAMPLE}`;
  if (/[\s\\"'<>`]/.test(text)) return `url must not contain spaces, quotes, < > or backslashes, like ${URL_EXAMPLE}`;
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return `url is not a valid address; write it like ${URL_EXAMPLE}`;
  }
  if (u.username || u.password) return 'url must not contain a user name or password (they would be published on every page)';
  if (text.includes('?') || text.includes('#'))
    return `url must be the bare site address, without ?query or #fragment, like ${URL_EXAMPLE}`;
  return undefined;
}

/**
 * What is wrong with a path on the site (`/assets/logo.png`), or undefined. Only site paths: the
 * default picture is read from the content folder, the icon and logo are served by the site itself
 * (the pages' Content-Security-Policy loads pictures from the site), and the feeds and structured
 * data make them absolute from `url`.
 */
export function sitePathProblem(name: string, example: string, text: string): string | undefined {
  const fix = `write a path on this site starting with one /, like ${example}`;
  if (!text.startsWith('/') || text.startsWith('//')) return `${name} must be a path on this site, not "${text}" — ${fix}`;
  if (/[\s\\?#%"'<>`]/.test(text)) return `${name} must not contain spaces, \\, ?, #, %, quotes or < > — ${fix}`;
  if (text.split('/').some((s) => s === '..' || s === '.')) return `${name} must not contain . or .. folders — ${fix}`;
  return undefined;
}

/** The site's public address, checked and written without a trailing slash. */
export const siteUrlSchema = z
  .string({ error: 'siteJson.urlText' })
  .trim()
  .superRefine((v, ctx) => {
    const problem = siteUrlProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((v) => new URL(v).href.replace(/\/+$/, ''));

/** A path on the site with its default. */
export function sitePathSchema(name: string, fallback: string) {
  return z
    .string({ error: `${name} must be a path like ${fallback}` })
    .trim()
    .superRefine((v, ctx) => {
      const problem = sitePathProblem(name, fallback, v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .default(fallback);
}
