import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from './errors.ts';
import { underRefused, type ContentFiles } from './files.ts';
import { pictureSize } from './images.ts';
import { displayPath, lineOfText } from './lines.ts';
import { msg, type Msg } from './messages.ts';
import type { Author } from './schema.ts';

/**
 * Largest photo an author may have, in pixels. It is shown at one small size on the author's page
 * and published as it is (content/assets/ is not resized), so a camera original would cost every
 * reader of that page megabytes.
 */
export const MAX_PHOTO_PIXELS = 800 * 800;

/**
 * Checks every author's `photo`: a JPEG, PNG, WebP, AVIF or GIF in content/assets/ (found by the
 * content walk, so never a link or a file outside), within MAX_PHOTO_PIXELS. A good photo gets its
 * size (`photoSize`), so the page prints width and height and nothing shifts while it loads.
 */
export function checkAuthorPhotos(contentDir: string, authors: Author[], found: ContentFiles, errors: ContentError[]): void {
  const path = join(contentDir, '_data', 'authors.json');
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return;
  }
  for (const author of authors) {
    const photo = author.photo;
    if (photo === undefined) continue;
    const add = (problem: Msg, hint: Msg = msg('photo.hint')) =>
      errors.push(
        new ContentError(
          displayPath(path),
          lineOfText(text, `"${photo}"`),
          msg('photo.problem', { author: author.slug, photo, problem }),
          hint,
          'photo',
        ),
      );
    const rel = photo.slice(1);
    if (!photo.startsWith('/assets/') || rel.split('/').some((s) => s === '' || s === '.' || s === '..') || /[%\\?#]/.test(photo)) {
      add(msg('assetPicture.outsideAssets'));
      continue;
    }
    if (!found.files.has(rel)) {
      add(underRefused(found, rel) ? msg('assetPicture.cannotUse') : msg('assetPicture.missing'), msg('assetPicture.putAtHint', { rel }));
      continue;
    }
    const size = pictureSize(join(contentDir, rel));
    if (!size) add(msg('assetPicture.notPicture'), msg('assetPicture.saveAsHint', { type: { hi: 'JPEG या PNG', en: 'JPEG or PNG' } }));
    else if (size.width * size.height > MAX_PHOTO_PIXELS) add(msg('photo.tooLarge', { width: size.width, height: size.height }));
    else author.photoSize = { width: size.width, height: size.height };
  }
}
