import { copyFileSync, existsSync, linkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ImageMetadata } from '@11ty/eleventy-img';

/** One rendition of a picture. */
export interface Rendition {
  url: string;
  width: number;
  height: number;
  outputPath: string;
}

/** A picture in every format and width the site serves, smallest first in each format. */
export interface ImageSet {
  avif: readonly Rendition[];
  webp: readonly Rendition[];
  jpeg: readonly Rendition[];
  /** Size of the largest rendition, for width/height attributes (the aspect ratio is what counts). */
  width: number;
  height: number;
}

/**
 * Widths cover a phone at 2x (800 for a ~400px column), the 44rem story column on desktop, and
 * 1200, which is also the width social networks want for a card image.
 */
export const IMAGE_WIDTHS = [480, 800, 1200] as const;
export const IMAGE_FORMATS = ['avif', 'webp', 'jpeg'] as const;
/** sharp's own default limit (0x3FFF × 0x3FFF), used when the caller names none. */
const DEFAULT_MAX_PIXELS = 268_402_689;
/** Public URL folder of the renditions. */
export const IMAGE_URL_PATH = '/img/';

/**
 * Makes (or finds) the renditions of one source picture. They are written to `cacheDir`, which
 * outlives builds: eleventy-img names each file by a hash of the source bytes and the options and
 * skips the work when that file exists, so only new or changed pictures cost encoding time.
 */
export async function processImage(sourcePath: string, cacheDir: string, maxPixels = DEFAULT_MAX_PIXELS): Promise<ImageSet> {
  // Loaded on the first picture, not with the Eleventy config: eleventy-img brings sharp, its native
  // library and eleventy-fetch, about 0.1 CPU-s of a render run that has no picture to make (#23).
  const { default: Image } = await import('@11ty/eleventy-img');
  const meta: ImageMetadata = await Image(sourcePath, {
    // The check refuses a picture above the limit before the build starts; this keeps sharp from
    // decoding one anyway (a "decompression bomb" declares a canvas of gigabytes in a few bytes).
    sharpOptions: { limitInputPixels: maxPixels },
    widths: [...IMAGE_WIDTHS],
    formats: [...IMAGE_FORMATS],
    outputDir: cacheDir,
    urlPath: IMAGE_URL_PATH,
    // AVIF at effort 2 (default 4) encodes ~3x faster for ~5-10% more bytes, measured on the
    // sample pictures: a newsroom adds pictures every hour and the first build of each must stay quick.
    sharpAvifOptions: { quality: 55, effort: 2 },
    sharpWebpOptions: { quality: 75 },
    sharpJpegOptions: { quality: 78, mozjpeg: true, progressive: true },
  });
  const pick = (f: string): Rendition[] =>
    (meta[f] ?? []).map((s) => ({ url: s.url, width: s.width, height: s.height, outputPath: s.outputPath }));
  const jpeg = pick('jpeg');
  const largest = jpeg[jpeg.length - 1];
  if (!largest) throw new Error(`no renditions were made for ${sourcePath}`);
  return { avif: pick('avif'), webp: pick('webp'), jpeg, width: largest.width, height: largest.height };
}

/**
 * Puts a set's files into the site folder. A hard link costs no copy and no space; a copy is the
 * fallback when the cache is on another file system.
 */
export function publishImageSet(set: ImageSet, outDir: string): void {
  for (const r of [...set.avif, ...set.webp, ...set.jpeg]) {
    const target = join(outDir, r.url);
    if (existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(r.outputPath, target);
    } catch {
      copyFileSync(r.outputPath, target);
    }
  }
}
