import { msg, type Msg } from './messages.ts';

/** A picture path that resolves inside content/images/, or why it does not. */
export type PicturePath = { rel: string } | { message: Msg; hint: Msg };

const example = '/images/2026/11/mandi.jpg';
const LOCAL_HINT = msg('picture.localHint', { example });

/**
 * Where a picture path points inside the content folder (`images/…`), checked as text before any
 * file is touched: it must start with /images/, and no segment may be `.`, `..` or empty, in any
 * spelling (percent-encoded, backslashes). `encoded` is true for a body picture, whose path is a
 * URL (markdown-it percent-encodes it, a host decodes it); a front-matter path is a file name and
 * may not contain `%` at all, so `%2e%2e` cannot mean one thing to the check and another to the build.
 */
export function parsePicturePath(src: string, encoded: boolean): PicturePath {
  if (/^(https?:)?\/\//i.test(src)) {
    return { message: msg('picture.elsewhere', { src }), hint: msg('picture.elsewhereHint', { example }) };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return { message: msg('picture.notFile', { src: src.slice(0, 40) }), hint: LOCAL_HINT };
  if (!src.startsWith('/images/')) return { message: msg('picture.notImages', { src }), hint: LOCAL_HINT };
  if (/[?#]/.test(src)) return { message: msg('picture.query', { src }), hint: msg('picture.queryHint', { example }) };
  let path = src;
  if (encoded) {
    try {
      path = decodeURIComponent(src);
    } catch {
      return { message: msg('picture.brokenEscape', { src }), hint: msg('picture.escapeHint', { example }) };
    }
  } else if (src.includes('%')) {
    return { message: msg('picture.escape', { src }), hint: msg('picture.escapeHint', { example }) };
  }
  if (/[\\\x00-\x1f\x7f]/.test(path))
    return { message: msg('picture.backslash', { src }), hint: msg('picture.backslashHint', { example }) };
  const segments = path.slice(1).split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) {
    return { message: msg('picture.dots', { src }), hint: msg('picture.dotsHint', { example }) };
  }
  return { rel: segments.join('/') };
}
