import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { buildSampleSite, openSite, shiftWhilePicturesLoad, sidewaysOverflow } from '../helpers/front-site.ts';

/**
 * Listing pages of the sample archive in Chromium (#20): the newest story larger, numbered
 * pagination that works from the keyboard and reads right to a screen reader, nothing wider than a
 * 320 px phone, no jump while thumbnails arrive. Forty-one short Sirohi stories of January 2025
 * give the district nine pages of five or more.
 */
const EXTRA = 41;
const filler = (i: number) => `---
title: सिरोही की छोटी ख़बर ${i + 1}
date: 2025-01-${String(1 + (i % 28)).padStart(2, '0')} ${String(8 + Math.floor(i / 28)).padStart(2, '0')}:00
category: shiksha
author: bhanwarlal-meghwal
district: sirohi
---
सिरोही। ज़िले के एक गाँव के स्कूल में अभिभावकों की बैठक हुई, जिसमें पढ़ाई और मिड-डे मील पर बात हुई।
`;
const site = await buildSampleSite(
  5,
  Object.fromEntries(Array.from({ length: EXTRA }, (_, i) => [`articles/2025/01/sirohi-khabar-${i + 1}.md`, filler(i)])),
);
let browser: Browser;
let server: Awaited<ReturnType<typeof openSite>>;
const DISTRICT = '/jila/sirohi/';

const test = suite('listing pages in Chromium');
test.before(async () => {
  server = await openSite(site.out);
  browser = server.browser;
});
test.after(async () => {
  await server.close();
  site.remove();
});

/** Texts of the pagination's items in order, and what the accessibility tree makes of it. */
const pagination = async (page: Page) => ({
  items: await page.$$eval('nav.pagination li', (lis) => lis.map((li) => li.textContent!.trim())),
  tree: await page.getByRole('navigation', { name: 'पन्ने' }).ariaSnapshot(),
  current: await page.$$eval('nav.pagination [aria-current="page"]', (as) => as.map((a) => a.textContent!.trim())),
});

/** Presses Tab until the link named `name` has the focus, then Enter; resolves once the next page has loaded. */
async function followByKeyboard(page: Page, name: string): Promise<void> {
  for (let tabs = 0; tabs < 120; tabs++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((n) => document.activeElement?.getAttribute('aria-label') === n, name)) {
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      return;
    }
  }
  throw new Error(`Tab never reached the link "${name}"`);
}

test('the first page opens with its newest story larger than the rest', async () => {
  const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
  await page.goto(server.origin + DISTRICT, { waitUntil: 'load' });
  const cards = await page.$$eval('.cards .card', (cs) =>
    cs.map((c) => ({
      lead: c.parentElement!.classList.contains('lead-story'),
      size: parseFloat(getComputedStyle(c.querySelector('.card-title')!).fontSize),
      date: c.querySelector('time')!.getAttribute('datetime')!,
    })),
  );
  assert.ok(cards[0]!.lead, 'the first card is the lead');
  assert.is(cards.filter((c) => c.lead).length, 1);
  for (const c of cards.slice(1)) {
    assert.ok(cards[0]!.size > c.size, `lead headline ${cards[0]!.size} px, others ${c.size} px`);
    assert.ok(Date.parse(cards[0]!.date) >= Date.parse(c.date), 'the lead is the newest');
  }
  await page.close();
});

test('numbered pagination: first, previous, nearby, next, last; operated by the keyboard; aria-current on this page', async () => {
  const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
  await page.goto(server.origin + DISTRICT, { waitUntil: 'load' });
  const first = await pagination(page);
  const last = Number(first.items.at(-2));
  assert.ok(last >= 9, `${last} pages`);
  assert.equal(first.items, ['1', '2', '…', String(last), 'अगला →']);
  assert.equal(first.current, ['1']);
  // Page by page, by keyboard only, to the fifth page: both ellipses show.
  for (const n of [2, 3, 4, 5]) await followByKeyboard(page, `पन्ना ${n}`);
  const fifth = await pagination(page);
  assert.equal(fifth.items, ['← पिछला', '1', '…', '4', '5', '6', '…', String(last), 'अगला →']);
  assert.equal(fifth.current, ['5']);
  assert.not.match(fifth.tree, '…', 'the ellipses are hidden from screen readers');
  assert.match(fifth.tree, 'link "पन्ना 5"');
  assert.ok((await page.title()).includes('पन्ना 5'), 'the title names the page');
  // The last page, straight from the link to it.
  await followByKeyboard(page, `पन्ना ${last}, आख़िरी`);
  const end = await pagination(page);
  assert.equal(end.items, ['← पिछला', '1', '…', String(last - 1), String(last)]);
  assert.equal(end.current, [String(last)]);
  await page.close();
});

test('every pagination link is a tap target of at least 44 × 44 px', async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  await page.goto(server.origin + DISTRICT, { waitUntil: 'load' });
  await page.getByRole('link', { name: 'पन्ना 2' }).click();
  await page.getByRole('link', { name: 'पन्ना 3' }).click();
  const boxes = await page.$$eval('nav.pagination a', (as) =>
    as.map((a) => [a.textContent, a.getBoundingClientRect().width, a.getBoundingClientRect().height] as const),
  );
  assert.ok(boxes.length >= 5);
  for (const [text, w, h] of boxes) assert.ok(w >= 44 && h >= 44, `${text}: ${w} × ${h}`);
  await page.close();
});

test('no sideways scrolling on a 320 px phone: a category and a district page', async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  for (const [url, link] of [['/apradh/'], [DISTRICT], [DISTRICT, 'पन्ना 2']]) {
    await page.goto(server.origin + url, { waitUntil: 'load' });
    if (link) await page.getByRole('link', { name: link }).click();
    const { px, culprits } = await sidewaysOverflow(page);
    assert.is(px, 0, `${page.url()} scrolls ${px} px sideways: ${culprits}`);
  }
  await page.close();
});

test('thumbnails arriving late move nothing on a listing: cumulative layout shift 0', async () => {
  const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
  assert.is(await shiftWhilePicturesLoad(page, `${server.origin}/apradh/`), 0);
  assert.ok((await page.locator('.card picture').count()) >= 2, 'the page has pictures to wait for');
  await page.close();
});
test.run();
