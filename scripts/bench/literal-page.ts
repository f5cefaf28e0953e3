import type { Article } from '../catalog/types.ts';

/** Markup that is already HTML: `html` inserts it as it is. */
export class Html {
  constructor(readonly text: string) {}
}

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const part = (v: unknown): string =>
  v instanceof Html ? v.text : Array.isArray(v) ? v.map(part).join('') : v === undefined || v === null ? '' : escape(String(v));

/** A tagged template that escapes every value but `Html` (and arrays of either): what a TypeScript layout would be written with. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let s = strings[0]!;
  for (let i = 0; i < values.length; i++) s += part(values[i]) + strings[i + 1]!;
  return new Html(s);
}

/** What the prototype needs besides the story: site-wide parts rendered once, and the story's related stories. */
export interface LiteralContext {
  siteTitle: string;
  siteUrl: string;
  header: Html;
  footer: Html;
  body: Html;
  related: readonly Article[];
}

/**
 * The article page's markup (layouts/article-layout.njk and base.njk, the head's main tags) as one
 * template literal: a measured prototype of what a template-engine change would cost, not a layout
 * of the site. The body's HTML is given, since Markdown costs the same under either engine.
 */
export function literalArticlePage(a: Article, c: LiteralContext): string {
  const url = c.siteUrl + a.url;
  return html`<!doctype html><html lang="hi"><head><meta charset="utf-8"><title>${a.title} | ${c.siteTitle}</title>
<meta name="description" content="${a.summary}"><link rel="canonical" href="${url}">
<meta property="og:title" content="${a.title}"><meta property="og:description" content="${a.summary}"><meta property="og:url" content="${url}">
<meta property="article:published_time" content="${a.date}"><meta property="article:section" content="${a.category.name}"></head>
<body>${c.header}<main id="main"><div class="wrap story-grid"><article class="story">
<nav class="breadcrumbs"><ol><li><a href="/">होम</a></li><li><a href="/${a.category.slug}/">${a.category.name}</a></li><li aria-current="page">${a.title}</li></ol></nav>
<header class="story-header"><p class="kicker"><a href="/${a.category.slug}/">${a.category.name}</a> · <a href="/jila/${a.district.slug}/">${a.district.name}</a></p>
<h1>${a.title}</h1><p class="standfirst">${a.summary}</p>
<p class="byline">${a.byline.map((n) => html`${n.before}${n.url ? html`<a href="${n.url}" rel="author">${n.name}</a>` : html`<span class="source">${n.name}</span>`}`)} · <time datetime="${a.date}">${a.date}</time></p></header>
<div class="story-body">${c.body}</div>
<nav class="share"><ul>${['whatsapp', 'facebook', 'x', 'telegram'].map((s) => html`<li><a class="share-${s}" href="https://share.example/${s}?u=${encodeURIComponent(url)}" target="_blank" rel="noopener">${s}</a></li>`)}</ul></nav></article>
<aside class="story-aside"><ul class="more-from"><li><a href="/${a.category.slug}/">${a.category.name} की और ख़बरें</a></li><li><a href="/jila/${a.district.slug}/">${a.district.name} की और ख़बरें</a></li></ul>
<section class="related"><h2>संबंधित ख़बरें</h2><ul>${c.related.map((r) => html`<li class="related-item"><a href="${r.url}">${r.title}</a> <span class="meta"><time datetime="${r.date}">${r.date}</time> · ${r.category.name}</span></li>`)}</ul></section>
</aside></div></main>${c.footer}</body></html>`.text;
}
