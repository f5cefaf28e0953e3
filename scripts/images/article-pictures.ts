import type { Article } from '../catalog/types.ts';
import { bodyPictureSources } from '../content/picture-refs.ts';
import { parsePicturePath } from '../content/picture-path.ts';

/** One picture to process: the first article that uses it (for error messages) and its path as written. */
export interface PictureUse {
  article: string;
  src: string;
}

/**
 * The key of a picture's processed set: its path inside the content folder (`images/…`), so the
 * lead picture `image: /images/a b.jpg` and the body's `![…](/images/a%20b.jpg)` are one picture,
 * processed once. Undefined for a path the check refuses.
 */
export function pictureKey(src: string, encoded: boolean): string | undefined {
  const path = parsePicturePath(src, encoded);
  return 'rel' in path ? path.rel : undefined;
}

// Articles are frozen: a body parsed once stays parsed across the dev server's rebuilds.
const bodyCache = new WeakMap<Article, string[]>();

/**
 * Every distinct picture of the articles, lead and body, each once with the first article using it.
 * Paths the check refuses are skipped: the check has already stopped the build for them.
 */
export function picturesOf(articles: readonly Article[]): Map<string, PictureUse> {
  const byKey = new Map<string, PictureUse>();
  const add = (src: string, encoded: boolean, article: Article) => {
    const key = pictureKey(src, encoded);
    if (key && !byKey.has(key)) byKey.set(key, { article: article.sourcePath, src });
  };
  for (const a of articles) {
    if (a.image) add(a.image.src, false, a);
    for (const src of bodyPicturesOf(a)) add(src, true, a);
  }
  return byKey;
}

/**
 * The `src` of every picture of an article's body (bodyPictureSources), found once per article and
 * process: a merge needs every story's twice (its page digests, then the images plugin), and looking
 * through every body took ~0.1 s of the render's main thread at 30,000 stories.
 */
export function bodyPicturesOf(a: Article): readonly string[] {
  // Found when the story was validated, and kept with it: the body is then not read.
  if (a.bodyPictures) return a.bodyPictures;
  let body = bodyCache.get(a);
  if (!body) bodyCache.set(a, (body = bodyPictureSources(a.body)));
  return body;
}
