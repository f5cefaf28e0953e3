import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AD_FILE, type AdsConfig, usesAdsense } from '../content/ads-config.ts';

interface EleventyConfigLike {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
}

/** Block elements that contain paragraphs; a `</p>` inside one is not a paragraph of the story itself. */
const CONTAINER = /<(\/?)(blockquote|ul|ol|figure|table|div|details|aside|section)\b[^>]*>|<\/p>/g;

/**
 * `html` with `insert` after its `n`th top-level paragraph, or at its end when it has fewer. The HTML
 * is markdown-it's, which escapes every `<` of the text, so each tag found here is a real one.
 */
export function insertAfterParagraph(html: string, n: number, insert: string): string {
  let depth = 0;
  let count = 0;
  for (const m of html.matchAll(CONTAINER)) {
    if (m[0] === '</p>') {
      if (depth === 0 && ++count === n) {
        const at = m.index + m[0].length;
        return `${html.slice(0, at)}\n${insert}${html.slice(at)}`;
      }
    } else depth += m[1] ? -1 : 1;
  }
  return `${html}\n${insert}`;
}

/** What raw ad code may not hold: the site's policy would refuse it, and the slot would break silently. */
const REFUSED: Array<[RegExp, string]> = [
  [/<script\b(?![^>]*\bsrc=)[^>]*>/i, 'an inline <script> (put the code in a file the ad network serves, loaded with src)'],
  [/\son[a-z]+\s*=/i, 'an on…= event attribute'],
  [/\sstyle\s*=/i, 'a style attribute (use a class and CSS)'],
];

/** The raw ad code `layouts/ads/<name>.html`; throws, naming the file, on what the pages' policy would block. */
export function readRawAd(name: string, dir = join(import.meta.dirname, '../../layouts/ads')): string {
  if (!AD_FILE.test(name)) throw new Error(`ads: "${name}" is not a file name in layouts/ads/`);
  const file = join(dir, `${name}.html`);
  const html = readFileSync(file, 'utf8');
  for (const [re, what] of REFUSED)
    if (re.test(html)) throw new Error(`${file}: raw ad code holds ${what}, which the pages' Content-Security-Policy refuses`);
  return html.trim();
}

/**
 * `afterParagraph(html, n, insert)` for the article slot, `rawAd(name)` for raw ad code (read once per
 * build) and `usesAdsense` (whether a page needs ads.js).
 */
export function adsPlugin(eleventyConfig: EleventyConfigLike): void {
  const raw = new Map<string, string>();
  eleventyConfig.addFilter('afterParagraph', (html: string, n: number, insert: string) =>
    insert.trim() ? insertAfterParagraph(html, n, insert) : html,
  );
  eleventyConfig.addFilter('usesAdsense', (ads: AdsConfig) => usesAdsense(ads));
  eleventyConfig.addFilter('rawAd', (name: string) => {
    if (!raw.has(name)) raw.set(name, readRawAd(name));
    return raw.get(name)!;
  });
}
