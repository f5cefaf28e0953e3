import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { slugify } from '../hindi/slug.ts';
import type { PictureResolver } from './body.ts';

const UPLOADS = '/wp-content/uploads/';
const PICTURE = /\.(jpe?g|png|webp|gif|avif)$/i;
const RESIZED = /-\d{1,5}x\d{1,5}(\.[a-z]+)$/i;

const isFile = (root: string, path: string) => !relative(root, path).startsWith('..') && existsSync(path) && statSync(path).isFile();

/** One path segment as a safe ASCII file name: Devanagari or spaces transliterated, the extension kept. */
function safeSegment(segment: string): string {
  if (/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(segment)) return segment;
  const ext = extname(segment).toLowerCase();
  return `${slugify(segment.slice(0, segment.length - ext.length))}${ext}`;
}

/**
 * Pictures from a copy of `wp-content/uploads`: an address under `/wp-content/uploads/` is looked
 * up in `uploadsDir` and copied to `images/wordpress/…` of the content folder (names made ASCII),
 * which becomes its path; a resized copy (`-300x200`) becomes its original when that is there. An address elsewhere, outside the folder (`..`), not a picture or missing
 * resolves to null, which the importer reports. A file already there with the same bytes is left alone.
 */
export function uploadsResolver(uploadsDir: string, contentDir: string, copied: Set<string>): PictureResolver {
  const root = resolve(uploadsDir);
  // One picture is often in many posts (and every resized copy leads to its original): compare its bytes once.
  const seen = new Map<string, string | null>();
  return (url) => {
    if (!seen.has(url)) seen.set(url, resolveOne(url));
    return seen.get(url)!;
  };
  function resolveOne(url: string): string | null {
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
    // WordPress's resized copies (`photo-300x200.jpg`): the original, which the site resizes itself, when the uploads have it.
    const original = segments.at(-1)!.replace(RESIZED, '$1');
    const candidates = original === segments.at(-1) ? [segments] : [[...segments.slice(0, -1), original], segments];
    const found = candidates.map((c) => [c, resolve(root, ...c)] as const).find(([, s]) => isFile(root, s));
    if (!found) return null;
    const [chosen, source] = found;
    const target = ['wordpress', ...chosen.map(safeSegment)].join('/');
    const dest = join(contentDir, 'images', ...target.split('/'));
    if (!existsSync(dest) || !readFileSync(dest).equals(readFileSync(source))) {
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(source, dest);
      copied.add(target);
    }
    return `/images/${target}`;
  }
}
