import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from './errors.ts';
import { underRefused, type ContentFiles } from './files.ts';
import { pictureSize } from './images.ts';
import { displayPath, lineOfText } from './lines.ts';
import { msg, type Msg } from './messages.ts';
import type { SiteConfig } from './site-config.ts';

/** Settings of site.json that name a file the site publishes from assets/, and what it is for. */
const SETTINGS = [
  ['logo', msg('siteFile.logo')],
  ['icon', msg('siteFile.icon')],
  ['defaultImage', msg('siteFile.defaultImage')],
] as const;

/** A picture by its bytes; for the icon a Windows icon too (it starts 00 00 01 00), which browsers take only as an icon. */
function isPicture(path: string, icon: boolean): boolean {
  if (icon && path.toLowerCase().endsWith('.ico'))
    return readFileSync(path)
      .subarray(0, 4)
      .equals(Buffer.from([0, 0, 1, 0]));
  return pictureSize(path) !== undefined;
}

/**
 * `logo`, `icon` and `defaultImage`, when site.json sets them, must be pictures in content/assets/
 * (the only folder published as it is): the build would otherwise link a missing file from every
 * page, or fail late reading the social card's size. A default that site.json does not set is not
 * checked: a content folder may have no assets/ (the test archives), and then the site has no logo.
 */
export function checkSiteFiles(
  contentDir: string,
  site: SiteConfig,
  siteJson: { file: string; text: string },
  found: ContentFiles,
  errors: ContentError[],
): void {
  const { file, text } = siteJson;
  // Only what site.json itself sets: `"logo"` also names theme.logo (theme-files.ts checks that one).
  const top = JSON.parse(text) as Record<string, unknown>;
  for (const [key, what] of SETTINGS) {
    const line = lineOfText(text, `"${key}"`);
    if (line === 0 || !Object.hasOwn(top, key)) continue;
    const value = site[key];
    const add = (problem: Msg, hint: Msg) =>
      errors.push(new ContentError(displayPath(file), line, msg('siteFile.problem', { key, what, value, problem }), hint, key));
    const problem = assetPictureProblem(contentDir, value, found, key === 'icon');
    if (problem) add(problem.message, problem.hint);
  }
}

/** Why `value` (a site path from site.json) is not a picture in content/assets/, or undefined when it is one. */
export function assetPictureProblem(
  contentDir: string,
  value: string,
  found: ContentFiles,
  icon = false,
): { message: Msg; hint: Msg } | undefined {
  const rel = value.slice(1);
  if (!value.startsWith('/assets/') || rel.split('/').some((s) => s === '' || s === '.' || s === '..') || /[%\\?#]/.test(value))
    return {
      message: msg('assetPicture.outsideAssets'),
      hint: msg('assetPicture.assetsHint', { name: icon ? 'icon' : 'logo' }),
    };
  if (!found.files.has(rel))
    return {
      message: underRefused(found, rel) ? msg('assetPicture.cannotUse') : msg('assetPicture.missing'),
      hint: msg('assetPicture.putAtHint', { rel }),
    };
  if (!isPicture(join(contentDir, rel), icon))
    return { message: msg('assetPicture.notPicture'), hint: msg('assetPicture.saveAsHint', { type: 'PNG' }) };
  return undefined;
}
