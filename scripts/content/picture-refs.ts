import { createMarkdown } from './markdown.ts';
import { fieldLine } from './validate.ts';
import type { RawArticle } from './load.ts';

/** One use of a picture by an article: the path as written and the line that writes it. */
export interface PictureRef {
  src: string;
  line: number;
  /** True for a picture in the body (a URL, percent-encoded by markdown-it), false for `image:`. */
  encoded: boolean;
  /** A body picture's alt text (between the brackets), trimmed. */
  alt?: string;
}

const md = createMarkdown();

/**
 * Every picture of an article: the front-matter `image:` and each `![alt](src)` of the body, as
 * the renderer sees them (markdown-it's own parse, so reference-style pictures and pictures in
 * lists and tables count, and a `![` in code does not). Bodies without `![` skip the parse: most
 * news stories have no pictures in the text.
 */
export function pictureRefs(raw: RawArticle, image: string | undefined): PictureRef[] {
  const refs: PictureRef[] = image ? [{ src: image, line: fieldLine(raw, 'image'), encoded: false }] : [];
  if (!raw.body.includes('![')) return refs;
  const lines = raw.body.split('\n');
  // The parse gives a block's lines, not a picture's; the picture's line is that of its `![`,
  // found by a cursor that only moves forward through the body.
  let line = 0;
  let col = 0;
  let block: [number, number] | null = null;
  for (const token of md.parse(raw.body, {})) {
    if (token.map) block = token.map;
    if (token.type !== 'inline' || !token.children) continue;
    if (block && block[0] > line) [line, col] = [block[0], 0];
    for (const child of token.children) {
      if (child.type !== 'image') continue;
      while (line < lines.length && lines[line]!.indexOf('![', col) < 0) [line, col] = [line + 1, 0];
      const at = line < lines.length ? line : (block?.[0] ?? 0);
      if (line < lines.length) col = lines[line]!.indexOf('![', col) + 2;
      refs.push({ src: String(child.attrGet('src') ?? ''), line: raw.bodyLine + at, encoded: true, alt: child.content.trim() });
    }
  }
  return refs;
}

/**
 * The `src` of every picture of a body, as markdown-it gives it (percent-encoded), for the images
 * plugin: the same parse as the check and the renderer, so all three agree on what is a picture.
 */
export function bodyPictureSources(body: string): string[] {
  if (!body.includes('![')) return [];
  const out: string[] = [];
  for (const token of md.parse(body, {}))
    for (const child of token.children ?? []) if (child.type === 'image') out.push(String(child.attrGet('src') ?? ''));
  return out;
}
