import { isEmbedUrl } from './embed-hosts.ts';

/** Attributes of one tag, entities decoded (body.ts passes its own reader). */
type Attributes = (tag: string) => Record<string, string>;

const TWEET = /https:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d{1,20})/;
const INSTAGRAM = /https:\/\/(?:www\.)?instagram\.com\/(p|reel|tv)\/([A-Za-z0-9_-]{5,40})/;

/**
 * Embeds that WordPress stores as HTML, as the project's embed form (the address alone on a line,
 * passed to `hold` so the converter leaves it as it is): X/Twitter and Instagram blockquotes (their
 * platform scripts dropped), YouTube iframes, Facebook's video plugin. Any other iframe becomes a
 * plain link to its address, since the site loads no third-party frame it does not know.
 */
export function convertEmbeds(html: string, attributes: Attributes, hold: (markdown: string) => string): string {
  let text = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '\n');
  text = text.replace(/<blockquote\b([^>]*)>([\s\S]*?)<\/blockquote>/gi, (all, attrs: string, inner: string) => {
    const cls = attributes(`<x${attrs}>`).class ?? '';
    if (/\btwitter-(?:tweet|video)\b/.test(cls)) {
      // The post's own link closes the blockquote; earlier links may be to other posts it quotes.
      const m = [...inner.matchAll(new RegExp(TWEET, 'g'))].at(-1);
      return m ? hold(`https://x.com/${m[1]}/status/${m[2]}`) : all;
    }
    if (/\binstagram-media\b/.test(cls)) {
      const m = INSTAGRAM.exec(attributes(`<x${attrs}>`)['data-instgrm-permalink'] ?? inner);
      return m ? hold(`https://www.instagram.com/${m[1]}/${m[2]}/`) : all;
    }
    return all;
  });
  return text.replace(/<iframe\b[^>]*>(?:[\s\S]*?<\/iframe>)?/gi, (tag) => {
    const a = attributes(tag);
    const src = a.src ?? '';
    const id = /youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})/.exec(src)?.[1];
    if (id) return hold(`https://www.youtube.com/watch?v=${id}`);
    let inner: string | undefined;
    try {
      inner = /facebook\.com\/plugins\/(?:video|post)\.php/.test(src) ? (new URL(src).searchParams.get('href') ?? undefined) : undefined;
    } catch {
      inner = undefined;
    }
    if (inner && isEmbedUrl(inner)) return hold(inner);
    if (!/^https?:\/\//.test(src)) return '\n';
    const label = (a.title ?? '').replace(/[[\]]/g, '').trim() || new URL(src).hostname;
    return hold(`[${label}](${src.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`);
  });
}
