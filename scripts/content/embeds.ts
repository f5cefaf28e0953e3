import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { type EmbedTarget, type Platform, recogniseEmbed } from './embed-urls.ts';

/** What a reader sees of each platform before the tap, and what the story says when it gives no words of its own. */
const PLATFORMS: Record<Platform, { site: string; kind: string; generic: string }> = {
  youtube: { site: 'YouTube', kind: 'वीडियो', generic: 'वीडियो देखें' },
  facebook: { site: 'Facebook', kind: 'वीडियो', generic: 'वीडियो देखें' },
  instagram: { site: 'Instagram', kind: 'पोस्ट', generic: 'पोस्ट देखें' },
  x: { site: 'X', kind: 'पोस्ट', generic: 'पोस्ट देखें' },
  maps: { site: 'Google Maps', kind: 'नक्शा', generic: 'नक्शा देखें' },
};

/** Class of the placeholder; layouts look for it to add layouts/assets/embed.js to a page. */
export const EMBED_CLASS = 'embed';

/** Whether rendered HTML holds an embed placeholder (then the page needs embed.js). */
export function hasEmbed(html: string): boolean {
  return html.includes(`<figure class="${EMBED_CLASS}`);
}

/** The link a paragraph consists of, alone: `https://…` (linkified), `<https://…>` or `[words](https://…)`. */
function loneLink(inline: Token): { href: string; words: string } | undefined {
  const c = inline.children ?? [];
  if (c.length < 3 || c[0]!.type !== 'link_open' || c[c.length - 1]!.type !== 'link_close') return undefined;
  const inner = c.slice(1, -1);
  if (inner.some((t) => t.type === 'link_open' || t.type === 'image')) return undefined;
  const href = String(c[0]!.attrGet('href') ?? '');
  const words = inner
    .map((t) => (t.type === 'softbreak' ? ' ' : t.content))
    .join('')
    .trim();
  // A bare address is its own text: the story gave no words of its own.
  return { href, words: words === href || c[0]!.markup === 'linkify' || c[0]!.markup === 'autolink' ? '' : words };
}

/**
 * The markdown-it rule: a top-level paragraph that is one link to a recognised address becomes an
 * `embed` token. Paragraphs in lists and quotes, links among other words and unknown addresses
 * stay links. Runs after linkify, which turns a bare address into a link.
 */
function embedRule(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const open = tokens[i]!;
    if (open.type !== 'paragraph_open' || open.level !== 0 || tokens[i + 2]!.type !== 'paragraph_close') continue;
    const link = loneLink(tokens[i + 1]!);
    const target = link && recogniseEmbed(link.href);
    if (!link || !target) continue;
    const embed = new state.Token('embed', '', 0);
    embed.block = true;
    embed.map = open.map;
    embed.meta = { target, words: link.words };
    tokens.splice(i, 3, embed);
  }
}

/**
 * The placeholder: the platform's name, the story's words and the link, all ours; nothing from the
 * platform (no iframe, script or thumbnail) until the reader presses the button, which embed.js
 * shows and handles. Without JavaScript the button stays hidden and the link is the embed.
 */
export function renderEmbed(target: EmbedTarget, words: string, escape: (s: string) => string): string {
  const p = PLATFORMS[target.platform];
  const name = `${p.site} ${p.kind}`;
  const text = escape(words || p.generic);
  const action = target.frame
    ? `<button type="button" class="embed-load" data-embed-src="${escape(target.frame)}" data-embed-title="${escape(`${name}: ${words || p.generic}`)}" hidden>${p.kind} यहीं खोलें</button>\n` +
      `<p class="embed-note">बटन दबाने पर ही ${p.site} से कुछ लोड होगा।</p>\n`
    : `<p class="embed-note">यह लिंक ${p.site} पर खुलता है: ${p.site} का एम्बेड उसकी अपनी स्क्रिप्ट के बिना नहीं चलता, इसलिए वह यहाँ नहीं जुड़ता।</p>\n`;
  return (
    `<figure class="${EMBED_CLASS} embed-${target.platform}">\n<div class="embed-box">\n` +
    `<p class="embed-platform">${name}</p>\n` +
    `<p class="embed-text"><a href="${escape(target.href)}" rel="noopener">${text}</a></p>\n` +
    `${action}</div>\n</figure>\n`
  );
}

/** Registers the embed rule and its renderer on a markdown-it instance. */
export function embedsPlugin(md: MarkdownIt): void {
  md.core.ruler.after('linkify', 'embed', embedRule);
  md.renderer.rules.embed = (tokens: Token[], idx: number) => {
    const { target, words } = tokens[idx]!.meta as { target: EmbedTarget; words: string };
    return renderEmbed(target, words, md.utils.escapeHtml);
  };
}
