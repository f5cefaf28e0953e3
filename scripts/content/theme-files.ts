import { join } from 'node:path';
import { ContentError } from './errors.ts';
import type { ContentFiles } from './files.ts';
import { pictureSize } from './images.ts';
import { displayPath, lineOfText } from './lines.ts';
import { msg, type Msg } from './messages.ts';
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
  const add = (problem: Msg, hint: Msg): void => {
    errors.push(new ContentError(displayPath(siteJson.file), line, msg('themeLogo.problem', { src: logo.src, problem }), hint, 'theme'));
  };
  const problem = assetPictureProblem(contentDir, logo.src, found);
  if (problem) return add(problem.message, problem.hint);
  const size = pictureSize(join(contentDir, logo.src.slice(1)));
  if (!size) return;
  const want = logo.width / logo.height;
  const have = size.width / size.height;
  if (Math.abs(want / have - 1) > 0.02) {
    const height = Math.round(logo.width / have);
    const sizes = { width: size.width, height: size.height, wantWidth: logo.width, wantHeight: logo.height };
    add(
      msg('themeLogo.proportions', sizes),
      msg(height > 64 ? 'themeLogo.proportionsTallHint' : 'themeLogo.proportionsHint', { wantWidth: logo.width, height }),
    );
  } else if (size.width < logo.width * 2 && size.width < 400)
    add(msg('themeLogo.blurred', { width: size.width, wantWidth: logo.width }), msg('themeLogo.blurredHint', { minWidth: logo.width * 2 }));
}
