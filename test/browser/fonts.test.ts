import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import sharp from 'sharp';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { sampleSite } from '../helpers/sample-build.ts';

/**
 * A first visit from a phone without Noto Sans Devanagari: the stylesheet is served without its
 * `local()` sources, so the web font must come over the network, and the font requests hang (or
 * come late). The text must be drawn at once in a fallback, and the swap must not move anything.
 */
const site = await sampleSite();
const ARTICLE = '/2026/11/shramdaan-se-bhara-talab/';
const contexts: BrowserContext[] = [];

/** A phone page whose stylesheet is passed through `edit` and whose font files wait for `fonts`. */
async function firstVisit(
  edit: (css: string) => string,
  fonts: (route: Route) => Promise<void> | void,
): Promise<{ page: Page; requested: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 412, height: 915 } });
  contexts.push(context);
  const page = await context.newPage();
  const requested: string[] = [];
  await page.route('**/assets/site.*.css', async (route) => {
    const response = await route.fetch();
    const css = (await response.text()).replace(/local\((["'])[^"']*Noto[^"']*\1\),?/g, '');
    assert.not.match(css, /local\([^)]*Noto/, 'the local() sources are gone');
    await route.fulfill({ response, body: edit(css) });
  });
  await page.route('**/*.woff2', (route) => {
    requested.push(route.request().url());
    return fonts(route);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries() as Array<PerformanceEntry & { value: number }>) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { page, requested };
}

/**
 * How many pixels of the headline are drawn in ink (much darker than the page). The screenshot is
 * taken through the DevTools protocol: Playwright's own waits for web fonts, which here never come.
 */
async function inkInHeadline(page: Page): Promise<number> {
  const box = (await page.locator('main h1').boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const shot = (await cdp.send('Page.captureScreenshot', { format: 'png', clip: { ...box, scale: 1 } })) as { data: string };
  await cdp.detach();
  const { data, info } = await sharp(Buffer.from(shot.data, 'base64')).greyscale().raw().toBuffer({ resolveWithObject: true });
  let ink = 0;
  for (let i = 0; i < info.width * info.height; i++) if (data[i]! < 110) ink++;
  return ink;
}

/** The status of the regular Devanagari web font face: "loading" while its file is on the way. */
const regularFace = (page: Page) =>
  page.evaluate(
    () =>
      [...document.fonts].find((f) => f.family.includes('Noto Sans Devanagari') && f.weight === '400' && f.unicodeRange.includes('U+900'))
        ?.status,
  );

const f = suite('the web font while it loads');
f.after(async () => {
  for (const c of contexts) await c.close();
  await site.release();
});

f('the font is preloaded and still on its way, yet the headline is drawn in a fallback at once', async () => {
  const { page, requested } = await firstVisit(
    (css) => css,
    () => undefined, // never answered
  );
  await page.goto(site.origin + ARTICLE, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(400);
  assert.ok(
    requested.some((u) => /noto-devanagari-400\./.test(u)),
    `font requests: ${requested.join(', ')}`,
  );
  assert.is(await regularFace(page), 'loading', 'the web font is not there yet');
  const ink = await inkInHeadline(page);
  assert.ok(ink > 2000, `only ${ink} dark pixels in the headline`);
});
f('control: with font-display block the same check sees an empty headline (the check can fail)', async () => {
  const { page } = await firstVisit(
    (css) => css.replaceAll('font-display:swap', 'font-display:block'),
    () => undefined,
  );
  await page.goto(site.origin + ARTICLE, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(400);
  assert.ok((await inkInHeadline(page)) < 50);
});
f('a font that arrives late swaps in without moving anything (CLS 0)', async () => {
  const { page } = await firstVisit(
    (css) => css,
    async (route) => {
      await new Promise((ok) => setTimeout(ok, 1200));
      await route.continue();
    },
  );
  await page.goto(site.origin + ARTICLE, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => document.fonts.status === 'loaded' && document.readyState === 'complete', undefined, {
    timeout: 10_000,
  });
  assert.is(await regularFace(page), 'loaded');
  await page.waitForTimeout(300);
  assert.is(await page.evaluate(() => (window as unknown as { __cls: number }).__cls), 0);
});
f.run();
