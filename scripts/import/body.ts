import { NodeHtmlMarkdown } from 'node-html-markdown';
import { normalizeText } from '../hindi/normalize.ts';
import { isEmbedUrl } from './embed-hosts.ts';
import { convertEmbeds } from './embeds.ts';

/** What a picture's old address becomes: a path under /images/, or null when it was not copied. */
export type PictureResolver = (url: string) => string | null;

/** A converted body and what needs a person's attention. */
export interface ConvertedBody {
  markdown: string;
  /** Shortcodes that were dropped (`contact-form-7`, `gallery`…), by name. */
  unknownShortcodes: string[];
  /** Pictures whose file was not copied (kept as a link to the old address). */
  missingPictures: string[];
  /** Pictures that had neither alt text nor a caption and got the placeholder alt text. */
  withoutAlt: number;
}

/** An attachment of the export by its id (a gallery names its pictures by id). */
export type AttachmentLookup = (id: string) => { url: string; alt: string; caption: string } | undefined;

/** Alt text for a picture WordPress had none for: valid, and counted so an editor writes a real one. */
export const PLACEHOLDER_ALT = 'तस्वीर';

const converter = new NodeHtmlMarkdown({ bulletMarker: '-', codeBlockStyle: 'fenced', maxConsecutiveNewlines: 2 });
const BLOCK = 'p|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|blockquote|figure|figcaption|div|pre|hr|iframe';

/** The attributes of one tag (`<img src="…" alt="…">`), entities decoded. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    out[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&#0?39;/g, "'")
      .replace(/&amp;/g, '&');
  }
  return out;
}

/**
 * A WordPress post body as the project's Markdown: block-editor comments and `<!--more-->` removed,
 * WordPress's auto-paragraphs made into paragraphs, `[caption]`, `[gallery]` and lone `<img>` pictures in the
 * picture syntax `![alt](/images/… "caption")`, `[embed]`, embeds stored as HTML (embeds.ts) and oEmbed
 * addresses on their own line as a bare address line (the project's embed form), other shortcodes dropped and named.
 * Links into `siteUrl` become site paths. Pictures and embeds pass through placeholders so the converter never escapes their Markdown.
 */
export function convertBody(
  html: string,
  picture: PictureResolver,
  siteUrl = '',
  attachment: AttachmentLookup = () => undefined,
): ConvertedBody {
  const unknownShortcodes: string[] = [];
  const missingPictures: string[] = [];
  const held: string[] = [];
  const hold = (markdown: string) => `\n\nSAMACHARHELD${held.push(markdown) - 1}X\n\n`;
  let withoutAlt = 0;
  // Markdown of one picture; alt text falls back to the caption, then to a placeholder that is counted.
  const pictureMarkdown = (src: string, altText: string, caption: string) => {
    let alt = normalizeText(altText).replace(/[[\]]/g, '').trim() || caption.replace(/[[\]]/g, '');
    const local = src ? picture(src) : null;
    if (!local) {
      if (src) missingPictures.push(src);
      return src ? `[${alt || src}](${src})` : '';
    }
    if (!alt) {
      alt = PLACEHOLDER_ALT;
      withoutAlt++;
    }
    const title = caption ? ` "${caption.replace(/"/g, '\\"')}"` : '';
    return `![${alt}](${local}${title})`;
  };
  const imgMarkdown = (img: string, caption: string) => {
    const a = attributes(img);
    const md = pictureMarkdown(a.src ?? '', a.alt ?? '', caption);
    return md ? hold(md) : '';
  };

  let text = html.replace(/<!--[\s\S]*?-->/g, '\n');
  text = text.replace(/\[caption[^\]]*\]([\s\S]*?)\[\/caption\]/g, (_, inner: string) => {
    const img = /<img\b[^>]*>/i.exec(inner)?.[0] ?? '';
    const caption = normalizeText(
      inner
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    return imgMarkdown(img, caption);
  });
  text = text.replace(/<img\b[^>]*>/gi, (img) => imgMarkdown(img, ''));
  // A gallery: its pictures on consecutive lines, which the site shows as a gallery.
  text = text.replace(/\[gallery\b([^\]]*)\]/g, (all, attrs: string) => {
    const ids = (attributes(attrs).ids ?? '').split(',').map((id) => attachment(id.trim()));
    const lines = ids.filter((a) => a !== undefined).map((a) => pictureMarkdown(a.url, a.alt, a.caption));
    if (lines.length === 0) unknownShortcodes.push('gallery');
    return lines.length ? hold(lines.join('\n')) : '';
  });
  text = text.replace(/\[embed[^\]]*\]\s*(\S+?)\s*\[\/embed\]/g, (_, url: string) => hold(url));
  text = convertEmbeds(text, attributes, hold);
  text = text.replace(/^[ \t]*(https:\/\/\S+)[ \t]*$/gm, (line, url: string) => (isEmbedUrl(url) ? hold(url) : line));
  text = text.replace(/\[(\/?)([a-z][\w-]*)([^\]\n]*)\]/g, (all, close: string, name: string) => {
    if (!close) unknownShortcodes.push(name);
    return '';
  });

  // wpautop: block tags stand apart, blank lines separate paragraphs, a single newline is a line break.
  text = text.replace(new RegExp(`(<(?:${BLOCK})\\b[^>]*>)`, 'gi'), '\n\n$1').replace(new RegExp(`(</(?:${BLOCK})>)`, 'gi'), '$1\n\n');
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) =>
      new RegExp(`^</?(?:${BLOCK})\\b`, 'i').test(b) || /^SAMACHARHELD\d+X$/.test(b)
        ? b.startsWith('S')
          ? `<p>${b}</p>`
          : b
        : `<p>${b.replace(/\n/g, '<br>')}</p>`,
    );
  let markdown = converter.translate(blocks.join('\n'));
  // Links to the old site's own pages become paths, which the imported aliases answer.
  if (siteUrl) markdown = markdown.split(`](${siteUrl.replace(/\/$/, '')}/`).join('](/');
  markdown = markdown.replace(/SAMACHARHELD(\d+)X/g, (_, i: string) => held[Number(i)]!);
  return { markdown: `${normalizeText(markdown).trim()}\n`, unknownShortcodes, missingPictures, withoutAlt };
}
