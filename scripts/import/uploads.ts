import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { slugify } from '../hindi/slug.ts';
import type { PictureResolver } from './body.ts';

const UPLOADS = '/wp-content/uploads/';
const PICTURE = /\.(jpe?g|png|webp|gif|avif)$/i;

/** One path segment as a safe ASCII file name: Devanagari or spaces transliterated, the extension kept. */
function safeSegment(segment: string): string {
  if (/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(segment)) return segment;
  const ext = extname(segment).toLowerCase();
  return `${slugify(segment.slice(0, segment.length - ext.length))}${ext}`;
}

/**
 * Pictures from a copy of `wp-content/uploads`: an address under `/wp-content/uploads/` is looked
 * up in `uploadsDir` and copied to `images/wordpress/…` of the content folder (names made ASCII),
 * which becomes its path. An address elsewhere, outside the folder (`..`), not a picture or missing
 * resolves to null, which the importer reports. A file already there with the same bytes is left alone.
 */
export function uploadsResolver(uploadsDir: string, contentDir: string, copied: Set<string>): PictureResolver {
  const root = resolve(uploadsDir);
  return (url) => {
    const at = url.indexOf(UPLOADS);
    if (at < 0) return null;
    let rest: string;
    try {
      rest = decodeURIComponent(url.slice(at + UPLOADS.length).split(/[?#]/)[0]!);
    } catch {
      return null;
    }
    const segments = rest.split('/');
    if (!PICTURE.test(rest) || segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\'))) return null;
    const source = resolve(root, ...segments);
    if (relative(root, source).startsWith('..') || !existsSync(source) || !statSync(source).isFile()) return null;
    const target = ['wordpress', ...segments.map(safeSegment)].join('/');
    const dest = join(contentDir, 'images', ...target.split('/'));
    if (!existsSync(dest) || !readFileSync(dest).equals(readFileSync(source))) {
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(source, dest);
      copied.add(target);
    }
    return `/images/${target}`;
  };
}
