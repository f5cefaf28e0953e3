import MarkdownIt from 'markdown-it';
import { embedsPlugin } from './embeds.ts';
import { bodyPictures, type PictureEnv, type PictureRenderer } from './markdown-pictures.ts';

const LINK_CHAR = /[.:@/]/;

/**
 * The one markdown-it instance of the project. Raw HTML is off: an editor's `<b>` or a pasted
 * `<script>` is shown as text, never passed through, which is the safe default for a newsroom
 * whose articles come from many hands and a web CMS.
 */
export function createMarkdown(): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
  // linkify-it runs large regular expressions over every text token; no link can be found in a
  // text without '.', ':', '@' or '/' (schemes need ':' or '//', e-mail an '@', and bare domains,
  // were fuzzy links turned on, a dot), and three Hindi paragraphs in four have none.
  // Same HTML on 5,000 bench articles, 25% less markdown time.
  const linkifyTest = md.linkify.test.bind(md.linkify);
  md.linkify.test = (text: string) => LINK_CHAR.test(text) && linkifyTest(text);
  md.use(bodyPictures);
  const defaultLink = md.renderer.rules.link_open ?? ((t, i, o, _e, s) => s.renderToken(t, i, o));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx]!.attrGet('href') ?? '');
    if (/^https?:\/\//.test(href)) tokens[idx]!.attrSet('rel', 'noopener');
    return defaultLink(tokens, idx, options, env, self);
  };
  md.use(embedsPlugin);
  // A wide table scrolls inside its own box on a phone instead of widening the page; the box is a
  // named, focusable region so keyboard users can scroll it too (axe: scrollable-region-focusable).
  md.renderer.rules.table_open = () => '<div class="table-scroll" role="region" aria-label="तालिका" tabindex="0"><table>\n';
  md.renderer.rules.table_close = () => '</table></div>\n';
  return md;
}

const md = createMarkdown();

/**
 * Article Markdown to HTML. `picture` draws each body picture's `<picture>` (the images plugin's
 * processed sets); without it a picture is a plain lazy `<img>`. A fresh env per call: markdown-it
 * keeps the article's reference definitions in it.
 */
export function renderMarkdown(source: string, picture?: PictureRenderer): string {
  const env: PictureEnv = picture ? { picture } : {};
  return md.render(source, env);
}

/**
 * Markdown to plain text without a full parse: related stories and search need the words of
 * 100,000 bodies, and a regex pass is an order of magnitude cheaper than rendering them.
 */
export function markdownToText(source: string): string {
  // Each pass runs only when its text can occur: most news bodies are plain paragraphs, and
  // skipping the passes that would find nothing halves the cost (1.3 s of 4.5 at 100,000 stories).
  let s = source;
  if (s.includes('```')) s = s.replace(/```[\s\S]*?```/g, ' ');
  // A picture leaves its alt text; its title (caption, credit) may hold ")" inside its quotes.
  if (s.includes('](')) s = s.replace(/!\[([^\]]*)\]\((?:[^()"]|"[^"]*")*\)/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (s.includes('<')) s = s.replace(/<[^>]+>/g, ' ');
  s = s.replace(/^[ \t]{0,3}(#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, '');
  if (/[*_`~]/.test(s)) s = s.replace(/[*_`~]+/g, '');
  if (/\t| {2}/.test(s)) s = s.replace(/[ \t]+/g, ' ');
  if (s.includes('\n\n\n')) s = s.replace(/\n{2,}/g, '\n\n');
  return s.trim();
}

/** A summary of about `max` characters from the first paragraph, cut at a word boundary. */
export function excerpt(text: string, max = 160): string {
  const first =
    text
      .split('\n\n')
      .find((p) => p.trim().length > 0)
      ?.replace(/\s+/g, ' ')
      .trim() ?? '';
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:।\s]+$/, '')}…`;
}
