import type { PictureRenderer } from '../content/markdown-pictures.ts';

const KEY = Symbol.for('samachar.bodyPictures');

/**
 * Lets the images plugin (a later stage, which owns the processed pictures) draw the pictures of
 * the `markdown` filter: the filter asks at render time, after `eleventy.before` made the sets.
 * Kept on the config object, so two builds in one process never share a renderer.
 */
export function provideBodyPictures(eleventyConfig: object, picture: PictureRenderer): void {
  (eleventyConfig as Record<symbol, PictureRenderer>)[KEY] = picture;
}

/** The renderer the images plugin provided, or undefined (pictures are then plain `<img>`). */
export function bodyPictureRenderer(eleventyConfig: object): PictureRenderer | undefined {
  return (eleventyConfig as Record<symbol, PictureRenderer | undefined>)[KEY];
}
