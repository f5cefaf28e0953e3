import { socialLinks } from '../content/social-config.ts';
import type { SiteModel } from './model.ts';

interface EleventyConfigLike {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
}

/** One entry of the category menu: `key` is what a page's `navCurrent` holds when it is that entry's page. */
export interface MenuItem {
  key: string;
  name: string;
  url: string;
}

// Devanagari signs that take no width of their own (above, below, or joining letters into a conjunct)
// and the vowel signs that take about half a letter.
const ZERO_WIDTH = /[\u0900-\u0902\u093A\u093C\u0941-\u0948\u094D\u0951-\u0957\u0962\u0963\u200C\u200D]/;
const HALF_WIDTH = /[\u0903\u093B\u093E-\u0940\u0949-\u094C\u094E\u094F]/;

/**
 * A generous estimate of how wide `text` is set in the menu's bold 1rem, in ems. Measured in
 * Chromium on Noto Sans Devanagari Bold, letters are 0.55–0.65 em and spacing vowel signs 0.3; the
 * estimate errs wide so a name never ends up under "और" only after it was cut.
 */
export function menuWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    if (ZERO_WIDTH.test(ch)) continue;
    em += HALF_WIDTH.test(ch) ? 0.32 : ch === '-' || ch === ' ' ? 0.36 : 0.68;
  }
  return em;
}

/**
 * Room for menu entries in a 360 px phone's row, in ems of 16 px: 328 px inside the page's 1rem
 * margins, less "और" with its marker (~4em with its gap).
 */
export const PHONE_MENU_EM = 16.5;
/** Gap between entries (`.nav-row` gap in site.css). */
const GAP_EM = 0.9;

/**
 * The menu: every category, then the districts index. `phone` is how many entries fit a 360 px
 * phone's row; the rest are under "और" there (from 48rem all are in the row).
 */
export function navMenu(categories: ReadonlyArray<{ slug: string; name: string }>): { items: MenuItem[]; phone: number } {
  const items: MenuItem[] = [
    ...categories.map((c) => ({ key: c.slug, name: c.name, url: `/${c.slug}/` })),
    { key: 'jila', name: 'ज़िले', url: '/jila/' },
  ];
  let used = 0;
  let phone = 0;
  for (const item of items) {
    const w = menuWidthEm(item.name) + (phone > 0 ? GAP_EM : 0);
    if (used + w > PHONE_MENU_EM) break;
    used += w;
    phone++;
  }
  // A single entry left over goes in the row's place of "और" when it is no wider.
  if (phone === items.length - 1 && menuWidthEm(items[phone]!.name) <= 3) phone++;
  return { items, phone };
}

/** The year of the build's clock in India (the footer's ©): the same content and clock give the same pages. */
export function buildYear(now: number): number {
  return Number(new Intl.DateTimeFormat('en-IN', { timeZone: 'Asia/Kolkata', year: 'numeric' }).format(now));
}

/** The header and footer's filters; the partials are rendered once per build (partials.ts), so these cost nothing per page. */
export function chromePlugin(eleventyConfig: EleventyConfigLike, model: () => SiteModel): void {
  eleventyConfig.addFilter('navMenu', navMenu);
  eleventyConfig.addFilter('socialLinks', () => socialLinks(model().site.social));
  eleventyConfig.addFilter('buildYear', () => buildYear(model().input.now));
}
