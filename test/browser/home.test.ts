import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import { buildSampleSite, openSite, shiftWhilePicturesLoad, sidewaysOverflow } from '../helpers/front-site.ts';

/**
 * The front page of the sample archive in Chromium, as a reader on a phone sees it (#20): the lead
 * and more headlines near the top, nothing wider than a 320 px screen, no jump while thumbnails
 * arrive, no story twice, and cards marked up as on the listings.
 */
const site = await buildSampleSite(20);
let browser: Browser;
let server: Awaited<ReturnType<typeof openSite>>;
const PHONE = { width: 412, height: 915 };

const test = suite('the home page in Chromium');
test.before(async () => {
  server = await openSite(site.out);
  browser = server.browser;
});
test.after(async () => {
  await server.close();
  site.remove();
});

test('a 412×915 phone sees the lead story, with its picture, and at least three more headlines in two screens', async () => {
  const page = await browser.newPage({ viewport: PHONE });
  await page.goto(`${server.origin}/`, { waitUntil: 'load' });
  const tops = await page.$$eval('.card-title', (hs) =>
    hs.map((h) => [h.closest('.lead-story') !== null, h.getBoundingClientRect().bottom] as const),
  );
  const [lead, ...rest] = tops;
  assert.ok(lead?.[0], 'the first headline is the lead story');
  assert.ok(lead![1] <= PHONE.height, `the lead headline ends at ${lead![1]} px, in the first screen`);
  assert.ok(await page.locator('.lead-story picture img[fetchpriority="high"]').count(), 'the lead has its picture, loaded at once');
  const within = rest.filter(([, bottom]) => bottom <= 2 * PHONE.height).length;
  assert.ok(within >= 3, `${within} more headlines in the first two screens`);
  await page.close();
});

test('no sideways scrolling on a 320 px phone', async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  await page.goto(`${server.origin}/`, { waitUntil: 'load' });
  const { px, culprits } = await sidewaysOverflow(page);
  assert.is(px, 0, `the page scrolls ${px} px sideways: ${culprits}`);
  await page.close();
});

test('thumbnails arriving late move nothing: cumulative layout shift 0', async () => {
  const page = await browser.newPage({ viewport: PHONE });
  assert.is(await shiftWhilePicturesLoad(page, `${server.origin}/`), 0);
  assert.ok((await page.locator('.card picture').count()) >= 3, 'the page has thumbnails to wait for');
  await page.close();
});

test('every story appears once: the lead, the top stories, the latest list and the sections', async () => {
  const page = await browser.newPage({ viewport: PHONE });
  await page.goto(`${server.origin}/`, { waitUntil: 'load' });
  const links = await page.$$eval('.card-title a, .latest-list a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.length >= 15, `${links.length} stories`);
  assert.is(new Set(links).size, links.length, 'a story is repeated');
  assert.ok(await page.locator('.home-section').count(), 'category sections follow');
  await page.close();
});

test("a card on the home page is the same markup as that story's card on its category listing", async () => {
  const page = await browser.newPage({ viewport: PHONE });
  await page.goto(`${server.origin}/`, { waitUntil: 'load' });
  const cards = await page.$$eval('.home-section .card', (cs) =>
    cs.map((c) => ({
      html: c.outerHTML,
      url: c.querySelector('.card-title a')!.getAttribute('href')!,
      category: c.querySelector('.meta a')!.getAttribute('href')!,
    })),
  );
  let compared = 0;
  for (const card of cards) {
    // Follow the listing's pages until the story's card turns up (not as the page's lead, which is drawn larger).
    let url: string | null = card.category;
    while (url) {
      await page.goto(server.origin + url, { waitUntil: 'domcontentloaded' });
      const same = await page.$$eval(
        '.cards > .card',
        (cs, href) => cs.find((c) => c.querySelector('.card-title a')!.getAttribute('href') === href)?.outerHTML,
        card.url,
      );
      if (same !== undefined) {
        assert.is(same, card.html, card.url);
        compared++;
        break;
      }
      url = await page
        .locator('a[rel="next"]')
        .first()
        .getAttribute('href', { timeout: 1000 })
        .catch(() => null);
    }
  }
  assert.ok(compared >= 3, `${compared} cards compared`);
  await page.close();
});
test.run();
