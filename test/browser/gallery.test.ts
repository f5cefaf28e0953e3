import { rmSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../../scripts/site-check/browser.ts';
import { serveSite } from '../../scripts/site-check/static-server.ts';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { NOW, tempDir } from '../helpers/archive.ts';
import { PICTURE_STORY, pictureArchive } from '../helpers/picture-story.ts';
import { holdPictures, layoutShift, loadAllPictures } from '../helpers/held-pictures.ts';

/**
 * The gallery and the body pictures in Chromium on a 360 px phone: the row scrolls by keyboard
 * once focused, and no picture moves anything when it arrives (its box is reserved by width/height).
 */
const content = await pictureArchive();
const out = tempDir('samachar-gallery-');
await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: NOW }, out);
let browser: Browser;
let server: { origin: string; close: () => Promise<void> };

/** Boxes of every figure of the story, rounded to a tenth of a pixel. */
const boxes = (page: Page) =>
  page.$$eval('article figure', (figures) =>
    figures.map((f) => {
      const r = f.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 10) / 10);
    }),
  );

const test = suite('gallery and body pictures in Chromium');
test.before(async () => {
  browser = await launch();
  server = await serveSite(out);
});
test.after(async () => {
  await browser.close();
  await server.close();
  for (const dir of [out, content]) rmSync(dir, { recursive: true, force: true });
});

test('pictures arriving late move nothing: figure boxes before and after are equal, no layout shift', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
  const release = await holdPictures(page);
  await page.goto(server.origin + PICTURE_STORY, { waitUntil: 'domcontentloaded' });
  const before = await boxes(page);
  assert.is(before.length, 5, 'lead, body figure, three in the gallery');
  release();
  await loadAllPictures(page, 'article img');
  // Within a pixel: width and height are whole numbers, and each width of a picture is rounded on
  // its own (900 × 1200 becomes 800 × 1066 and 480 × 640), so a box may change by a fraction of one.
  const after = await boxes(page);
  after.forEach((box, i) => box.forEach((n, j) => assert.ok(Math.abs(n - before[i]![j]!) < 1, `figure ${i}: ${box} was ${before[i]}`)));
  assert.is(await layoutShift(page), 0, 'layout shift');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'the page does not scroll sideways');
  await page.close();
});

test('the gallery is reached with Tab, named for screen readers, and scrolls with the arrow keys', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
  await page.goto(server.origin + PICTURE_STORY, { waitUntil: 'load' });
  const gallery = page.getByRole('group', { name: 'तस्वीरें' });
  assert.is(await gallery.count(), 1);
  let tabs = 0;
  while (!(await gallery.evaluate((g) => g === document.activeElement)) && tabs++ < 80) await page.keyboard.press('Tab');
  assert.ok(tabs < 80, 'the gallery takes the focus from the keyboard');
  const scrollLeft = () => gallery.evaluate((g) => g.scrollLeft);
  assert.is(await scrollLeft(), 0);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('.gallery')!.scrollLeft > 0);
  // Snapping lands on a picture's start: the second figure is where the row begins.
  const second = await gallery.evaluate((g) => (g.children[1] as HTMLElement).offsetLeft - (g.children[0] as HTMLElement).offsetLeft);
  await page.waitForFunction((x) => Math.abs(document.querySelector('.gallery')!.scrollLeft - x) < 2, second);
  // Two more steps reach the last picture, and the row ends there.
  for (let n = 0; n < 2; n++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => {
    const g = document.querySelector('.gallery')!;
    return Math.abs(g.scrollLeft + g.clientWidth - g.scrollWidth) < 2;
  });
  await page.close();
});
test.run();
