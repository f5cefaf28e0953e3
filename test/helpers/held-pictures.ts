import type { Page } from 'playwright-core';

/**
 * Holds back every picture (`/img/…`) the page asks for and starts counting layout shifts, before
 * the page is loaded. Returns the function that lets the pictures through.
 */
export async function holdPictures(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route('**/img/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__shift += (e as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return release;
}

/** Brings in every picture matching `selector` (lazy ones made eager) and waits until each has decoded. */
export async function loadAllPictures(page: Page, selector = 'img'): Promise<void> {
  await page.$$eval(selector, (imgs) => {
    for (const img of imgs) (img as HTMLImageElement).loading = 'eager';
  });
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0),
    selector,
  );
}

/** The cumulative layout shift counted since `holdPictures`. */
export const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { __shift: number }).__shift);
