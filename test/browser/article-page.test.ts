import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { BrowserContext, Page } from 'playwright-core';
import { sampleSite } from '../helpers/sample-build.ts';

/** An article page of the sample site on the narrowest phone, a common phone and a desktop. */
const site = await sampleSite();
const PICTURE = '/2026/11/shramdaan-se-bhara-talab/';
const TABLE = '/2026/11/mandi-bhav-jeera-isabgol/';
const contexts: BrowserContext[] = [];
async function open(width: number, height: number, path: string): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(site.origin + path);
  return page;
}

const a = suite('article page in Chromium');
a.after(async () => {
  for (const c of contexts) await c.close();
  await site.release();
});

a('a wide table scrolls inside its own box at 320 px; the page does not scroll sideways', async () => {
  const page = await open(320, 640, TABLE);
  const box = page.locator('.story-body .table-scroll');
  assert.is(await box.count(), 1);
  const r = await box.evaluate((e) => ({ inner: e.scrollWidth, outer: e.clientWidth, page: document.documentElement.scrollWidth }));
  assert.ok(r.inner > r.outer, `the table (${r.inner} px) is not wider than its box (${r.outer} px): the test would prove nothing`);
  assert.is(r.page, 320);
  // A keyboard reaches the box and scrolls it.
  assert.is(await box.getAttribute('tabindex'), '0');
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('.table-scroll')!.scrollLeft > 0);
});
a('no page scrolls sideways at 320 px', async () => {
  for (const path of [PICTURE, TABLE]) {
    const page = await open(320, 640, path);
    assert.is(await page.evaluate(() => document.documentElement.scrollWidth), 320, path);
  }
});
a('share buttons: an icon each and the full label as the accessible name', async () => {
  const page = await open(412, 915, PICTURE);
  for (const name of ['व्हाट्सऐप पर भेजें', 'फ़ेसबुक पर साझा करें', 'X पर साझा करें', 'लिंक कॉपी करें']) {
    const link = page.getByRole('link', { name, exact: true });
    assert.is(await link.count(), 1, name);
    assert.is((await link.locator('svg[aria-hidden="true"] path, svg[aria-hidden="true"] rect').count()) > 0, true, name);
    const box = (await link.boundingBox())!;
    assert.ok(box.width >= 44 && box.height >= 44, `${name}: ${box.width}×${box.height}`);
  }
});
a('the lead picture has its caption and credit; related stories show thumbnails with their size set', async () => {
  const page = await open(412, 915, PICTURE);
  assert.match(await page.locator('.lead-image figcaption').innerText(), /मानसून के बाद लबालब भरा रामसर का तालाब\s*फ़ोटो: ग्राम पंचायत रामसर/);
  assert.is(await page.locator('#related-heading').innerText(), 'संबंधित ख़बरें');
  const thumbs = page.locator('.related-item img');
  assert.ok((await thumbs.count()) >= 1);
  for (let i = 0; i < (await thumbs.count()); i++) {
    const img = thumbs.nth(i);
    assert.ok((await img.getAttribute('width')) && (await img.getAttribute('height')));
    assert.is(await img.getAttribute('loading'), 'lazy');
  }
});
a('on a phone the headline and the picture are in the first screen; on a desktop the related stories stand beside the story', async () => {
  const phone = await open(412, 915, PICTURE);
  const h1 = (await phone.locator('main h1').boundingBox())!;
  const pic = (await phone.locator('.lead-image img').boundingBox())!;
  assert.ok(h1.y + h1.height < 915 / 2, `headline ends at ${h1.y + h1.height}`);
  assert.ok(pic.y < 915, `picture starts at ${pic.y}`);
  const desk = await open(1366, 900, PICTURE);
  const story = (await desk.locator('article.story').boundingBox())!;
  const aside = (await desk.locator('.story-aside').boundingBox())!;
  assert.ok(aside.x >= story.x + story.width, 'the aside is to the right of the story');
  assert.ok(aside.y < 400, `the aside starts at ${aside.y}`);
  assert.ok((await desk.locator('.story-aside .related-item').first().boundingBox())!.y < 900, 'a related story in the first screen');
});
a('"ताज़ा ख़बरें" fills the desktop column after load, without this story; a phone does not fetch the list', async () => {
  const desk = await open(1366, 900, PICTURE);
  const latest = desk.locator('.latest-aside');
  await latest.waitFor({ state: 'visible' });
  const links = await latest.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  assert.ok(links.length >= 3, links.join(' '));
  assert.not.ok(links.includes(PICTURE));
  const context = await site.browser.newContext({ viewport: { width: 412, height: 915 } });
  contexts.push(context);
  const phone = await context.newPage();
  const fetched: string[] = [];
  phone.on('request', (r) => fetched.push(r.url()));
  await phone.goto(site.origin + PICTURE, { waitUntil: 'load' });
  await phone.waitForTimeout(300);
  assert.not.ok(fetched.some((u) => u.endsWith('/latest.json')));
  assert.not.ok(await phone.locator('.latest-aside').isVisible());
});
a.run();
