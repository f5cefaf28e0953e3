/** A picture path that resolves inside content/images/, or why it does not. */
export type PicturePath = { rel: string } | { message: string; hint: string };

const EXAMPLE = '/images/2026/11/mandi.jpg';
const LOCAL_HINT = `put the picture in content/images/ and write its path from the content folder, like ${EXAMPLE}`;

/**
 * Where a picture path points inside the content folder (`images/…`), checked as text before any
 * file is touched: it must start with /images/, and no segment may be `.`, `..` or empty, in any
 * spelling (percent-encoded, backslashes). `encoded` is true for a body picture, whose path is a
 * URL (markdown-it percent-encodes it, a host decodes it); a front-matter path is a file name and
 * may not contain `%` at all, so `%2e%2e` cannot mean one thing to the check and another to the build.
 */
export function parsePicturePath(src: string, encoded: boolean): PicturePath {
  if (/^(https?:)?\/\//i.test(src)) {
    return {
      message: `the picture ${src} is on another site`,
      hint: `${LOCAL_HINT} (the site shows only its own pictures, and a picture from elsewhere tells that site who reads the story)`,
    };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return { message: `the picture ${src.slice(0, 40)} is not a file`, hint: LOCAL_HINT };
  if (!src.startsWith('/images/')) return { message: `the picture path ${src} does not start with /images/`, hint: LOCAL_HINT };
  if (/[?#]/.test(src)) return { message: `the picture path ${src} has a ? or #`, hint: `write only the file's path, like ${EXAMPLE}` };
  let path = src;
  if (encoded) {
    try {
      path = decodeURIComponent(src);
    } catch {
      return { message: `the picture path ${src} has a broken %-escape`, hint: `write the file name as it is, like ${EXAMPLE}` };
    }
  } else if (src.includes('%')) {
    return { message: `the picture path ${src} has a %-escape`, hint: `write the file name as it is, like ${EXAMPLE}` };
  }
  if (/[\\\x00-\x1f\x7f]/.test(path))
    return { message: `the picture path ${src} has a backslash or a control character`, hint: `use forward slashes, like ${EXAMPLE}` };
  const segments = path.slice(1).split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) {
    return {
      message: `the picture path ${src} has an empty, "." or ".." part`,
      hint: `a picture must be inside content/images/, like ${EXAMPLE}`,
    };
  }
  return { rel: segments.join('/') };
}
