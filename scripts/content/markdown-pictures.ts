import type MarkdownIt from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';

/** How a body picture sits: alone in its paragraph, one of a gallery, or inside a line of text. */
export type PictureKind = 'figure' | 'gallery' | 'inline';

/**
 * Draws the `<picture>` of a body picture from its `src` (as markdown-it gives it: a
 * percent-encoded URL path) and alt text; undefined when it has no processed set, and the
 * renderer then writes a plain lazy `<img>`. The images plugin supplies it at build time.
 */
export type PictureRenderer = (src: string, alt: string, kind: PictureKind) => string | undefined;

/** What the markdown-it rules read from the render environment. */
export interface PictureEnv {
  picture?: PictureRenderer;
  [key: string | symbol]: unknown;
}

/** Accessible name of a gallery's scrolling row (the `aria-label` of `role="group"`). */
export const GALLERY_LABEL = 'तस्वीरें';

/**
 * A picture's Markdown title as caption and credit: the credit is what follows the last `|`
 * (`"जीरे की ढेरियाँ | फ़ोटो: रमेश सैनी"`), so a caption may hold a dash, a colon or brackets.
 * An em dash is not a separator: Hindi prose uses it inside sentences.
 */
export function parseCaption(title: string): { caption: string; credit: string } {
  const bar = title.lastIndexOf('|');
  if (bar < 0) return { caption: title.trim(), credit: '' };
  return { caption: title.slice(0, bar).trim(), credit: title.slice(bar + 1).trim() };
}

/** True for the tokens a paragraph of pictures may hold besides them: line breaks and spaces. */
const isGap = (t: Token) => t.type === 'softbreak' || (t.type === 'text' && t.content.trim() === '');

/**
 * A paragraph holding only pictures loses its `<p>` (a `<figure>` may not sit in one): one picture
 * becomes a figure, two or more (on consecutive lines) a gallery. A picture inside text is untouched.
 */
function pictureBlocks(state: StateCore): void {
  const { tokens } = state;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const inline = tokens[i + 1]!;
    if (tokens[i]!.type !== 'paragraph_open' || inline.type !== 'inline' || tokens[i + 2]!.type !== 'paragraph_close') continue;
    const children = inline.children ?? [];
    const images = children.filter((t) => t.type === 'image');
    if (images.length === 0 || !children.every((t) => t.type === 'image' || isGap(t))) continue;
    tokens[i]!.hidden = true;
    tokens[i + 2]!.hidden = true;
    for (const image of images) image.meta = { kind: images.length > 1 ? 'gallery' : 'figure' };
    inline.children =
      images.length > 1 ? [new state.Token('gallery_open', 'div', 1), ...images, new state.Token('gallery_close', 'div', -1)] : images;
  }
}

/** Installs the body-picture rules: figures, captions and credits, galleries. */
export function bodyPictures(md: InstanceType<typeof MarkdownIt>): void {
  const esc = md.utils.escapeHtml;
  md.core.ruler.push('picture_blocks', pictureBlocks);
  md.renderer.rules.gallery_open = () => `<div class="gallery" role="group" aria-label="${GALLERY_LABEL}" tabindex="0">`;
  // No newline after a figure or gallery: markdown-it starts the next block on a new line itself
  // when the paragraph before it is hidden.
  md.renderer.rules.gallery_close = () => '</div>';
  md.renderer.rules.image = (tokens, idx, options, env: PictureEnv = {}, self) => {
    const token = tokens[idx]!;
    const src = String(token.attrGet('src') ?? '');
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const kind = ((token.meta as { kind?: PictureKind } | null)?.kind ?? 'inline') satisfies PictureKind;
    const picture = env.picture?.(src, alt, kind) ?? `<img src="${esc(src)}" alt="${esc(alt)}" loading="lazy" decoding="async">`;
    if (kind === 'inline') return picture;
    const { caption, credit } = parseCaption(String(token.attrGet('title') ?? ''));
    const parts = [caption && esc(caption), credit && `<span class="credit">${esc(credit)}</span>`].filter(Boolean);
    const figcaption = parts.length > 0 ? `<figcaption>${parts.join(' ')}</figcaption>` : '';
    return `<figure>${picture}${figcaption}</figure>`;
  };
}
