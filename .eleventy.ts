import { join } from 'node:path';
import { watchedModel } from './scripts/build/dev-model.ts';
import { writesSiteFiles } from './scripts/eleventy/dev-focus.ts';
import { filtersPlugin } from './scripts/eleventy/filters.ts';
import { partialsPlugin } from './scripts/eleventy/partials.ts';
import { siteDataPlugin } from './scripts/eleventy/site-data.ts';
import { buildStyles, writeAssets } from './scripts/eleventy/assets.ts';
import { cmsPlugin } from './scripts/cms/plugin.ts';
import { imagesPlugin } from './scripts/images/plugin.ts';
import { seoPlugin } from './scripts/seo/plugin.ts';
import { cspPlugin } from './scripts/publish/csp-plugin.ts';
import { pageScriptsPlugin } from './scripts/eleventy/page-scripts.ts';
import { adsPlugin } from './scripts/eleventy/ads.ts';
import { chromePlugin } from './scripts/eleventy/chrome.ts';
import { latestPlugin } from './scripts/eleventy/latest.ts';
import { pathPrefixPlugin } from './scripts/eleventy/path-prefix.ts';

/**
 * Wiring only. Content is read and validated before Eleventy runs (scripts/eleventy/site-model.ts);
 * articles reach Eleventy as paginated data, not as templates — see docs/architecture.md.
 */
export default function (eleventyConfig: any) {
  const current = watchedModel(eleventyConfig);
  const styles = buildStyles(
    ['site.css', 'cards.css', 'home.css', 'search.css', 'embed.css', 'ads.css'].map((f) => join(import.meta.dirname, 'layouts/assets', f)),
    current().site.pathPrefix,
    current().site.theme,
  );

  eleventyConfig.addPlugin(siteDataPlugin, { model: current, assets: { css: styles.cssUrl, fontPreload: styles.fontPreload } });
  eleventyConfig.addPlugin(filtersPlugin, current);
  eleventyConfig.addPlugin(partialsPlugin);
  eleventyConfig.addPlugin(chromePlugin, current);
  eleventyConfig.addPlugin(latestPlugin, current);
  eleventyConfig.addPlugin(cmsPlugin, current);
  eleventyConfig.addPlugin(imagesPlugin, current);
  eleventyConfig.addPlugin(seoPlugin, current);
  eleventyConfig.addPlugin(cspPlugin, current);
  eleventyConfig.addPlugin(pageScriptsPlugin, current);
  eleventyConfig.addPlugin(adsPlugin);
  eleventyConfig.addPlugin(pathPrefixPlugin, current);
  eleventyConfig.on('eleventy.after', ({ directories }: { directories: { output: string } }) => {
    if (writesSiteFiles(current())) writeAssets(directories.output, styles.assets);
  });
  eleventyConfig.setQuietMode(true);
  // Async writes let the thread pool create folders and write files while the next pages render
  // (see useBoundedAsyncWrites in scripts/eleventy/io.ts for why this alone is not enough).
  eleventyConfig.configureTemplateHandling({ writeMode: 'async' });

  // Templates are code and live in layouts/; content/ is what editors commit and is only ever read as
  // data by scripts/content/ (a template there is refused by the check). Eleventy renders the pages
  // in layouts/pages/; the base layouts, partials and assets beside them are includes, not pages.
  for (const notPage of ['layouts/*.njk', 'layouts/partials/**', 'layouts/assets/**']) eleventyConfig.ignores.add(notPage);
  return {
    dir: { input: 'layouts', includes: '', layouts: '', data: '_eleventy_data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
    // The dev server serves the site under it; pages get it from pathPrefixPlugin.
    pathPrefix: current().site.pathPrefix,
  };
}
