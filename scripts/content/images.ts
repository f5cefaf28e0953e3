import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import { ContentError } from './errors.ts';
import { msg, type Msg } from './messages.ts';
import { underRefused, type ContentFiles } from './files.ts';
import { parsePicturePath } from './picture-path.ts';
import type { PictureRef } from './picture-refs.ts';

/** What is wrong with a picture, as [message, hint] (the message follows the picture's path). */
type Problem = [Msg, Msg];

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
    if (underRefused(found, rel)) return [msg('picture.refused'), msg('picture.refusedHint', { rel })];
    let folder = false;
    try {
      folder = lstatSync(join(contentDir, rel)).isDirectory();
    } catch {
      /* not there */
    }
    return folder ? [msg('picture.folder'), msg('picture.folderHint')] : [msg('picture.missing'), msg('picture.missingHint', { rel })];
  }
  let size;
  try {
    size = pictureSize(join(contentDir, rel));
  } catch (e) {
    return [msg('picture.unreadable', { why: String((e as NodeJS.ErrnoException).code ?? e) }), msg('picture.unreadableHint')];
  }
  if (!size) return [msg('picture.notPicture'), msg('picture.notPictureHint')];
  const pixels = size.width * size.height;
  if (pixels > maxPixels) {
    const mp = (n: number) => `${(n / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} MP`;
    const { width, height } = size;
    return [
      msg('picture.tooBig', { width: String(width), height: String(height), pixels: mp(pixels), max: mp(maxPixels) }),
      msg('picture.tooBigHint'),
    ];
  }
  return undefined;
}

const NO_ALT_HINT = msg('picture.noAltHint');

/**
 * Results kept across loads (the dev server's, and the build's between builds: story-cache.ts), by
 * picture path, while the file (inode, size, modification and change times) and the limit are
 * unchanged; `changed` is the file's change time, for the build's racy rule (story-stats.ts).
 */
export type PictureCache = Map<string, { stamp: string; problem: Problem | undefined; changed?: bigint }>;

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
    let changed: bigint | undefined;
    try {
      const st = lstatSync(join(contentDir, rel), { bigint: true });
      stamp = `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}:${maxPixels}`;
      changed = st.ctimeNs;
    } catch {
      /* reported by examine */
    }
    const hit = cache?.get(rel);
    if (stamp && hit?.stamp === stamp && found.files.has(rel)) problem = hit.problem;
    else {
      problem = examine(contentDir, rel, found, maxPixels);
      if (stamp) cache?.set(rel, { stamp, problem, changed });
    }
    seen.set(rel, problem);
    return problem;
  };
  for (const { file, refs } of uses) {
    for (const ref of refs) {
      if (ref.alt === '') errors.push(new ContentError(file, ref.line, msg('picture.noAlt', { src: ref.src }), NO_ALT_HINT));
      const path = parsePicturePath(ref.src, ref.encoded);
      const problem = 'rel' in path ? problemOf(path.rel) : undefined;
      if ('message' in path) errors.push(new ContentError(file, ref.line, path.message, path.hint, ref.encoded ? undefined : 'image'));
      else if (problem)
        errors.push(
          new ContentError(
            file,
            ref.line,
            msg('picture.problem', { rel: path.rel, problem: problem[0] }),
            problem[1],
            ref.encoded ? undefined : 'image',
          ),
        );
    }
  }
}
