import type { Browser } from 'playwright-core';

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
 * Layout shifts are summed by a PerformanceObserver from the first paint until a second after load.
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
      await page.goto(base + path, { waitUntil: 'load' });
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
