import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import { ContentError } from './errors.ts';
import { underRefused, type ContentFiles } from './files.ts';
import { parsePicturePath } from './picture-path.ts';
import type { PictureRef } from './picture-refs.ts';

/** What is wrong with a picture, as [message, hint] (the message follows the picture's path). */
type Problem = [string, string];

/** Types sharp decodes for the site, as image-size names them; anything else is refused by its bytes. */
const PICTURE_TYPES = new Set(['jpg', 'png', 'webp', 'avif', 'gif']);
/**
 * Bytes read to find a picture's size. PNG, GIF, WebP and AVIF say it in the first few hundred
 * bytes; a JPEG says it after its metadata segments (EXIF, ICC profile), which are usually a few
 * kilobytes and rarely hundreds. Read a little first, more only when the header is not complete.
 */
const HEADER_STEPS = [16 * 1024, 256 * 1024, 2 * 1024 * 1024];

/** Width and height from a picture's header, without decoding it; undefined when it is not a picture the site takes. */
export function pictureSize(path: string): { width: number; height: number; type: string } | undefined {
  // O_NOFOLLOW: a link swapped in after the walk is not opened; O_NONBLOCK: nor does a pipe block.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return undefined;
    for (const step of HEADER_STEPS) {
      const buf = Buffer.alloc(Math.min(step, st.size));
      const n = readSync(fd, buf, 0, buf.length, 0);
      try {
        const r = imageSize(buf.subarray(0, n));
        if (!r.type || !PICTURE_TYPES.has(r.type) || !r.width || !r.height) return undefined;
        return { width: r.width, height: r.height, type: r.type };
      } catch {
        if (n >= st.size) return undefined;
      }
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function examine(contentDir: string, rel: string, found: ContentFiles, maxPixels: number): Problem | undefined {
  if (!found.files.has(rel)) {
    if (underRefused(found, rel)) return ['cannot be used', `see the problem reported for content/${rel} (or the folder it is in)`];
    let folder = false;
    try {
      folder = lstatSync(join(contentDir, rel)).isDirectory();
    } catch {
      /* not there */
    }
    return folder
      ? ['is a folder, not a picture', 'write the path of a picture file inside it']
      : [
          'was not found',
          `put the picture at content/${rel}, or correct the path (it starts at the content folder, like /images/2026/11/mandi.jpg)`,
        ];
  }
  let size;
  try {
    size = pictureSize(join(contentDir, rel));
  } catch (e) {
    return [`cannot be read (${(e as NodeJS.ErrnoException).code ?? e})`, 'make it readable by the user who runs the build'];
  }
  if (!size)
    return [
      'is not a picture: its bytes are not JPEG, PNG, WebP, AVIF or GIF',
      'save it again as JPEG or PNG (renaming a file to .jpg does not make it a picture)',
    ];
  const pixels = size.width * size.height;
  if (pixels > maxPixels) {
    const mp = (n: number) => `${(n / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} MP`;
    return [
      `is ${size.width} × ${size.height} pixels (${mp(pixels)}), more than the ${mp(maxPixels)} a picture may have`,
      'resize it to at most 2400 pixels on its long side (the limit is images.maxPixels in _data/site.json)',
    ];
  }
  return undefined;
}

const NO_ALT_HINT =
  'write what it shows between the brackets, like ![जीरे की ढेरियों के बीच किसान](/images/2026/11/mandi.jpg): it is read out to readers who cannot see it (a news story has no merely decorative pictures)';

/** Results kept across loads by the dev server, by picture path, while its size, mtime and the limit are unchanged. */
export type PictureCache = Map<string, { stamp: string; problem: Problem | undefined }>;

/**
 * Checks every picture every article uses: the path must stay inside content/images/, the file
 * must be a real picture there, within `maxPixels`. Each distinct picture is examined once (an
 * archive reuses pictures across thousands of stories); every article that uses a bad one gets
 * the problem at its own line.
 */
export function checkPictures(
  uses: ReadonlyArray<{ file: string; refs: readonly PictureRef[] }>,
  found: ContentFiles,
  contentDir: string,
  maxPixels: number,
  errors: ContentError[],
  cache?: PictureCache,
): void {
  const seen = new Map<string, Problem | undefined>();
  const problemOf = (rel: string): Problem | undefined => {
    if (seen.has(rel)) return seen.get(rel);
    let problem: Problem | undefined;
    let stamp = '';
    try {
      const st = lstatSync(join(contentDir, rel));
      stamp = `${st.mtimeMs}:${st.size}:${maxPixels}`;
    } catch {
      /* reported by examine */
    }
    const hit = cache?.get(rel);
    if (stamp && hit?.stamp === stamp && found.files.has(rel)) problem = hit.problem;
    else {
      problem = examine(contentDir, rel, found, maxPixels);
      if (stamp) cache?.set(rel, { stamp, problem });
    }
    seen.set(rel, problem);
    return problem;
  };
  for (const { file, refs } of uses) {
    for (const ref of refs) {
      if (ref.alt === '') errors.push(new ContentError(file, ref.line, `the picture ${ref.src} has no description`, NO_ALT_HINT));
      const path = parsePicturePath(ref.src, ref.encoded);
      const problem = 'rel' in path ? problemOf(path.rel) : undefined;
      if ('message' in path) errors.push(new ContentError(file, ref.line, path.message, path.hint, ref.encoded ? undefined : 'image'));
      else if (problem)
        errors.push(
          new ContentError(file, ref.line, `the picture /${path.rel} ${problem[0]}`, problem[1], ref.encoded ? undefined : 'image'),
        );
    }
  }
}
