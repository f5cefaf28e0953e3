import { join } from 'node:path';
import { ContentError } from './errors.ts';
import type { ContentFiles } from './files.ts';
import { pictureSize } from './images.ts';
import { displayPath, lineOfText } from './lines.ts';
import type { SiteConfig } from './site-config.ts';
import { assetPictureProblem } from './site-files.ts';

/**
 * `theme.logo` must be a picture in content/assets/ whose proportions match the `width` × `height`
 * it is drawn at (within 2%): the header reserves that box before the file arrives, and a logo
 * squeezed into the wrong box looks broken on every page.
 */
export function checkThemeLogo(
  contentDir: string,
  site: SiteConfig,
  siteJson: { file: string; text: string },
  found: ContentFiles,
  errors: ContentError[],
): void {
  const logo = site.theme.logo;
  if (!logo) return;
  const line = lineOfText(siteJson.text, '"logo": {') || lineOfText(siteJson.text, '"theme"');
  const add = (message: string, hint: string): void => {
    errors.push(
      new ContentError(displayPath(siteJson.file), line, `theme.logo.src: the header logo ${logo.src} ${message}`, hint, 'theme'),
    );
  };
  const problem = assetPictureProblem(contentDir, logo.src, found);
  if (problem) return add(problem.message, problem.hint);
  const size = pictureSize(join(contentDir, logo.src.slice(1)));
  if (!size) return;
  const want = logo.width / logo.height;
  const have = size.width / size.height;
  if (Math.abs(want / have - 1) > 0.02) {
    const height = Math.round(logo.width / have);
    add(
      `is ${size.width} × ${size.height} pixels, but width and height say ${logo.width} × ${logo.height}`,
      `keep its proportions: with "width": ${logo.width} write "height": ${height}${height > 64 ? ' (or make the width smaller: the logo is at most 64 px high)' : ''}`,
    );
  } else if (size.width < logo.width * 2 && size.width < 400)
    add(
      `is ${size.width} px wide, drawn ${logo.width} px wide: it looks blurred on phone screens (2 or 3 pixels per CSS pixel)`,
      `save it at least ${logo.width * 2} px wide`,
    );
}
