import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PageKinds } from './pages.ts';

/** The page kinds measured at 320 px: the templates with the most on them. */
const LAYOUT_KINDS = ['home', 'category', 'article', 'search', 'district'] as const;

/**
 * The longest word of a page's first heading: a search for it finds at least that story. Undefined
 * without a heading.
 */
export function headlineWord(html: string): string | undefined {
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]*>/g, ' ');
  const words = h1?.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.reduce<string | undefined>((best, w) => (w.length > (best?.length ?? 0) ? w : best), undefined);
}

/**
 * The pages the layout check loads, by kind: one of each of LAYOUT_KINDS the site has, and the
 * search page opened with a query, as a shared link or the correction line opens it. That page
 * fills in after load, so it is where a shift shows: its query is a word of the checked article's
 * headline, so there are results to arrive.
 */
export function layoutPages(siteDir: string, kinds: PageKinds): Array<{ kind: string; path: string }> {
  const out: Array<{ kind: string; path: string }> = LAYOUT_KINDS.filter((k) => kinds[k]).map((kind) => ({ kind, path: kinds[kind]! }));
  const article = kinds.article;
  const word =
    kinds.search && article && headlineWord(readFileSync(join(siteDir, article.endsWith('/') ? `${article}index.html` : article), 'utf8'));
  if (word) out.push({ kind: 'search-query', path: `${kinds.search}?q=${encodeURIComponent(word)}` });
  return out;
}

/** What one page does on a narrow phone: how far it scrolls sideways, and how much it shifted while loading. */
export interface LayoutResult {
  path: string;
  /** Pixels the page is wider than the screen (0: no sideways scrolling). */
  overflow: number;
  /** The element that sticks out furthest, when one does. */
  widest?: string;
  /** Cumulative layout shift while the page loaded, fonts and pictures included. */
  cls: number;
}

/**
 * Each page at `width` CSS pixels (320: the narrowest phones in use): the page must not scroll
 * sideways (a wide table or picture scrolls inside its own box), and nothing may move once drawn.
 * Layout shifts are summed by a PerformanceObserver from the first paint until a second after the
 * network is quiet (a search page opened with a query fetches its index after load).
 */
export async function checkLayout(browser: Browser, base: string, paths: readonly string[], width = 320): Promise<LayoutResult[]> {
  const context = await browser.newContext({ viewport: { width, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await context.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    // Every shift counts, hadRecentInput or not: no reader touches the page here, yet with mobile
    // emulation Chromium marks shifts in the first ~500 ms as after input, which hid real ones.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { value: number }>) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const out: LayoutResult[] = [];
  try {
    for (const path of paths) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1000);
      out.push({
        path,
        ...(await page.evaluate(() => {
          const doc = document.documentElement;
          const overflow = Math.max(0, doc.scrollWidth - doc.clientWidth);
          let widest: string | undefined;
          if (overflow > 0) {
            let right = doc.clientWidth;
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect().right;
              if (r > right) {
                right = r;
                widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
              }
            }
          }
          const cls = Number((window as unknown as { __cls: number }).__cls.toFixed(4));
          return widest ? { overflow, widest, cls } : { overflow, cls };
        })),
      });
    }
  } finally {
    await context.close();
  }
  return out;
}
