import { copyFileSync, existsSync, lstatSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { debuglog } from 'node:util';
import { ContentError } from '../content/errors.ts';
import { msg } from '../content/messages.ts';
import type { SiteModel } from '../eleventy/model.ts';
import { ContentErrors } from '../content/errors.ts';
import type { ImageSet } from './process.ts';
import { absoluteUrl } from '../catalog/url-paths.ts';
import { parsePicturePath } from '../content/picture-path.ts';
import { pictureSize } from '../content/images.ts';
import { walkContent } from '../content/files.ts';
import { copyRootFiles } from './root-files.ts';
import { CARD_SIZES, GALLERY_SIZES, LEAD_SIZES, pictureHtml, socialRendition, STORY_SIZES } from './picture.ts';
import { pictureKey, picturesOf } from './article-pictures.ts';
import { provideBodyPictures } from '../eleventy/body-pictures.ts';
import { ImageSetMemo, processingStamp, renditionsOf } from './set-memo.ts';

const log = debuglog('samachar:images');
const CACHE_DIR = resolve(import.meta.dirname, '../../.cache/images');

interface EleventyConfigLike {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  on(event: string, fn: (arg: { directories: { output: string } }) => unknown): void;
}

/** A card image for social networks and structured data: absolute URL and size. */
export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

let lastSeconds = 0;
/** Wall time of the last image stage, for the build's stage report. */
export function imageStageSeconds(): number {
  return lastSeconds;
}

/**
 * The source file of an image path from front-matter: a regular file inside content/images/, or
 * undefined. The same rules as the check (content/picture-path.ts), so after a clean check this
 * never refuses anything; it is a second line, not the place editors learn of a problem.
 */
export function imageSourcePath(contentDir: string, src: string, encoded = false): string | undefined {
  const path = parsePicturePath(src, encoded);
  if (!('rel' in path)) return undefined;
  const full = join(contentDir, path.rel);
  try {
    return lstatSync(full).isFile() ? full : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Copies content/assets/ into the site: only regular files of the allowed types (content/file-types.ts),
 * found by the same walk as the check, so a link, an HTML page or an SVG is never published even
 * if the check was skipped. The copy is of the bytes, never of a link.
 */
export function copyAssets(contentDir: string, outDir: string): number {
  if (!existsSync(join(contentDir, 'assets'))) return 0;
  const { files } = walkContent(contentDir, [], 'assets');
  for (const rel of files) {
    mkdirSync(dirname(join(outDir, rel)), { recursive: true });
    copyFileSync(join(contentDir, rel), join(outDir, rel));
  }
  return files.size;
}

/**
 * Article pictures, lead and body, through eleventy-img before Eleventy renders, so templates and
 * the markdown filter can print a `<picture>` synchronously; the site's own pictures (logo, icon,
 * default card) are copied from content/assets/. Work is per distinct picture, not per article,
 * and cached across builds.
 */
export function imagesPlugin(eleventyConfig: EleventyConfigLike, model: () => SiteModel): void {
  const sets = new Map<string, ImageSet>();
  let cardSize = { width: 1200, height: 630 };

  eleventyConfig.on('eleventy.before', async ({ directories }) => {
    const started = performance.now();
    // Rebuilt each build so an edited picture is seen by `npm start`; unchanged ones are cache hits.
    sets.clear();
    const { contentDir } = model().input;
    // Any picture type, by its bytes (the check has made sure it is one, inside assets/).
    const card = model().site.defaultImage;
    const cardFile = card.startsWith('/assets/') && !card.includes('..') ? join(contentDir, card) : undefined;
    const size = cardFile && existsSync(cardFile) ? pictureSize(cardFile) : undefined;
    if (size) cardSize = { width: size.width, height: size.height };
    const errors: ContentError[] = [];
    const maxPixels = model().site.images.maxPixels;
    const memo = new ImageSetMemo(join(CACHE_DIR, 'sets.v8'), processingStamp(maxPixels));
    const jobs = [...picturesOf(model().catalog.articles)].map(async ([key, { src, article }]) => {
      const file = imageSourcePath(contentDir, `/${key}`);
      if (!file) {
        errors.push(
          new ContentError(
            relative(process.cwd(), article),
            0,
            msg('picture.problem', { rel: src.replace(/^\//, ''), problem: msg('picture.missing') }),
            msg('picture.missingHint', { rel: src.replace(/^\//, '') }),
            'image',
          ),
        );
        return;
      }
      sets.set(key, await renditionsOf(file, memo, CACHE_DIR, maxPixels, directories.output));
    });
    await Promise.all(jobs);
    memo.save();
    if (errors.length > 0) throw new ContentErrors(errors);
    copyAssets(contentDir, directories.output);
    copyRootFiles(contentDir, directories.output);
    lastSeconds = (performance.now() - started) / 1000;
    log('%d pictures in %ss', sets.size, lastSeconds.toFixed(2));
  });

  const setOf = (src: string, encoded: boolean) => {
    const key = pictureKey(src, encoded);
    return key === undefined ? undefined : sets.get(key);
  };
  eleventyConfig.addFilter('picture', (image: { src: string; alt: string } | undefined, eager?: boolean) => {
    const set = image && setOf(image.src, false);
    return set ? pictureHtml(set, image.alt, { sizes: STORY_SIZES, eager: eager === true }) : '';
  });
  // A story card's picture: the lead card's at once and large (the home page's likely LCP), a thumbnail lazily.
  eleventyConfig.addFilter('cardPicture', (image: { src: string; alt: string } | undefined, lead?: boolean) => {
    const set = image && setOf(image.src, false);
    if (!set) return '';
    return pictureHtml(set, image.alt, { sizes: lead ? LEAD_SIZES : CARD_SIZES, eager: lead === true, className: 'card-pic' });
  });
  provideBodyPictures(eleventyConfig, (src, alt, kind) => {
    const set = setOf(src, true);
    return set && pictureHtml(set, alt, { sizes: kind === 'gallery' ? GALLERY_SIZES : STORY_SIZES });
  });

  eleventyConfig.addFilter('socialImage', (image: { src: string; alt: string } | undefined): SocialImage => {
    const set = image && setOf(image.src, false);
    const site = model().site;
    if (set) {
      const r = socialRendition(set);
      return { url: absoluteUrl(site.url, r.url), width: r.width, height: r.height, alt: image.alt };
    }
    return { url: absoluteUrl(site.url, site.defaultImage), ...cardSize, alt: site.title };
  });
}
