import type { ImageSet, Rendition } from './process.ts';

/** How a picture sits on the page. */
export interface PictureOptions {
  /** The `sizes` attribute: how wide the picture is drawn at each viewport width. */
  sizes: string;
  /**
   * True for the picture at the top of a page (the article's lead image, usually its Largest
   * Contentful Paint): loaded at once with high priority. Anything else is lazy, below the fold.
   */
  eager?: boolean;
  className?: string;
}

/** `sizes` of a picture as wide as the 44rem story column (1rem padding on phones). */
export const STORY_SIZES = '(min-width: 46rem) 44rem, calc(100vw - 2rem)';

/**
 * `sizes` of a picture in a gallery row: each figure is 85% of the column (see `.gallery` in
 * layouts/assets/site.css), so the next one peeks in and the row reads as scrollable.
 */
export const GALLERY_SIZES = '(min-width: 46rem) 37.5rem, calc(85vw - 2rem)';

/**
 * `sizes` of a story card's thumbnail (layouts/assets/cards.css): 8rem beside the headline on a
 * phone, the width of a grid column (about 22rem) from 40rem up.
 */
export const CARD_SIZES = '(min-width: 40rem) 22rem, 8rem';

/** `sizes` of the lead story's picture: the page's width on a phone, 3/5 of the page beside its headline from 40rem. */
export const LEAD_SIZES = '(min-width: 40rem) 40rem, calc(100vw - 2rem)';

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const srcset = (list: readonly Rendition[]) => list.map((r) => `${r.url} ${r.width}w`).join(', ');

/**
 * `<picture>` with AVIF and WebP sources and a JPEG fallback. width/height let the browser reserve
 * the space before the file arrives (no layout shift); the middle JPEG is the `src` for browsers
 * that ignore srcset.
 */
export function pictureHtml(set: ImageSet, alt: string, options: PictureOptions): string {
  const sizes = escapeAttr(options.sizes);
  const fallback = set.jpeg[Math.min(1, set.jpeg.length - 1)]!;
  const loading = options.eager ? 'loading="eager" fetchpriority="high"' : 'loading="lazy"';
  const cls = options.className ? ` class="${escapeAttr(options.className)}"` : '';
  return (
    `<picture${cls}>` +
    `<source type="image/avif" srcset="${srcset(set.avif)}" sizes="${sizes}">` +
    `<source type="image/webp" srcset="${srcset(set.webp)}" sizes="${sizes}">` +
    `<img src="${fallback.url}" srcset="${srcset(set.jpeg)}" sizes="${sizes}" width="${set.width}" height="${set.height}" alt="${escapeAttr(alt)}" ${loading} decoding="async">` +
    '</picture>'
  );
}

/** The rendition a social network should fetch: the widest JPEG (every network reads JPEG). */
export function socialRendition(set: ImageSet): Rendition {
  return set.jpeg[set.jpeg.length - 1]!;
}
