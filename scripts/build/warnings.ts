import type { Article } from '../catalog/types.ts';
import type { SiteConfig } from '../content/site-config.ts';
import type { ContentError } from '../content/errors.ts';
import { storyWarnings } from '../content/warnings.ts';
import type { KeepWith } from '../content/story-cache.ts';
import { PLACEHOLDER_BODY } from '../cms/new-article.ts';
import { IMAGE_WIDTHS } from '../images/process.ts';

/**
 * Texts a template leaves for the editor: `npm run new`'s placeholder body (taken from there, so
 * the two cannot drift), the headline and summary prompts a paper's own template may use, and
 * the printers' dummy Latin.
 */
export const PLACEHOLDERS: readonly string[] = [PLACEHOLDER_BODY, 'शीर्षक यहाँ लिखें', 'सारांश यहाँ लिखें', 'lorem ipsum dolor'];

/**
 * The warnings of `npm run check` and the build for every story loaded (drafts are skipped, future
 * ones included: a year typo keeps a story off the built site, which is the point of the warning).
 * `keep` (a build's story cache, LoadedArticles.keep): what a story's text gave is kept with it, so
 * a build reads the text of the stories it read, not of every story.
 */
export function siteWarnings(
  articles: readonly Article[],
  site: SiteConfig,
  contentDir: string,
  now: number,
  keep?: KeepWith,
): ContentError[] {
  return storyWarnings(articles, site.warnings, {
    contentDir,
    now,
    largestWidth: Math.max(...IMAGE_WIDTHS),
    placeholders: PLACEHOLDERS,
    ...(keep ? { keep } : {}),
  });
}
