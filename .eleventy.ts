import { join } from 'node:path';
import { getSiteModel } from './scripts/eleventy/site-model.ts';
import { filtersPlugin } from './scripts/eleventy/filters.ts';
import { siteDataPlugin } from './scripts/eleventy/site-data.ts';
import { buildStyles, writeAssets } from './scripts/eleventy/assets.ts';

/**
 * Wiring only. Content is read and validated before Eleventy runs (scripts/eleventy/site-model.ts);
 * articles reach Eleventy as paginated data, not as templates — see README, "Performance".
 */
export default function (eleventyConfig: any) {
  const model = getSiteModel();
  const styles = buildStyles([join(import.meta.dirname, 'layouts/assets/site.css')]);

  eleventyConfig.addPlugin(siteDataPlugin, { model, assets: { css: styles.cssUrl } });
  eleventyConfig.addPlugin(filtersPlugin, model);
  eleventyConfig.on('eleventy.after', ({ directories }: { directories: { output: string } }) => writeAssets(directories.output, styles.assets));
  eleventyConfig.setQuietMode(true);

  return {
    // content/ holds the page templates; articles (*.md) and _data are read by our loader, not Eleventy.
    dir: { input: 'content', includes: '../layouts', layouts: '../layouts', data: '_eleventy_data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
