import { z } from 'zod';
import { msg, type Msg } from './messages.ts';
import { addMessageIssue } from './site-issues.ts';

/**
 * The URL-like settings of site.json. They end up in every page's links, feeds, sitemaps and
 * structured data, so they are held to what a newsroom means: the site's public http(s) address,
 * and paths on that site.
 */

const URL_EXAMPLE = 'https://marudhar-samachar.example';

/** What is wrong with a site address, or undefined when it is a plain public http(s) address. */
export function siteUrlProblem(text: string): Msg | undefined {
  // z.url() accepts javascript:, data:, file: and more; only a web address makes sense here.
  const example = URL_EXAMPLE;
  if (!/^https?:\/\//i.test(text)) return msg('siteJson.urlScheme', { example });
  if (/[\s\\"'<>`]/.test(text)) return msg('siteJson.urlChars', { example });
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return msg('siteJson.urlInvalid', { example });
  }
  if (u.username || u.password) return msg('siteJson.urlLogin');
  if (text.includes('?') || text.includes('#')) return msg('siteJson.urlQuery', { example });
  return undefined;
}

/**
 * What is wrong with a path on the site (`/assets/logo.png`), or undefined. Only site paths: the
 * default picture is read from the content folder, the icon and logo are served by the site itself
 * (the pages' Content-Security-Policy loads pictures from the site), and the feeds and structured
 * data make them absolute from `url`.
 */
export function sitePathProblem(name: string, example: string, text: string): Msg | undefined {
  const fix = msg('siteJson.pathFix', { example });
  if (!text.startsWith('/') || text.startsWith('//')) return msg('siteJson.pathNotSite', { name, value: text, fix });
  if (/[\s\\?#%"'<>`]/.test(text)) return msg('siteJson.pathChars', { name, fix });
  if (text.split('/').some((s) => s === '..' || s === '.')) return msg('siteJson.pathDots', { name, fix });
  return undefined;
}

/** The site's public address, checked and written without a trailing slash. */
export const siteUrlSchema = z
  .string({ error: 'siteJson.urlText' })
  .trim()
  .superRefine((v, ctx) => {
    const problem = siteUrlProblem(v);
    if (problem) addMessageIssue(ctx, problem);
  })
  .transform((v) => new URL(v).href.replace(/\/+$/, ''));

/** A path on the site with its default. */
export function sitePathSchema(name: string, fallback: string) {
  return z
    .string({ error: 'siteJson.notText' })
    .trim()
    .superRefine((v, ctx) => {
      const problem = sitePathProblem(name, fallback, v);
      if (problem) addMessageIssue(ctx, problem);
    })
    .default(fallback);
}
