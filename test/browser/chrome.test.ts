import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { BrowserContext, Page } from 'playwright-core';
import { sampleSite } from '../helpers/sample-build.ts';

/** The header, menu and footer of the sample site on a 360 px phone, with and without JavaScript. */
const site = await sampleSite();
const ARTICLE = '/2026/11/shramdaan-se-bhara-talab/';
let phone: BrowserContext;
let noJs: BrowserContext;
let page: Page;

const c = suite('header and footer in Chromium');
c.before(async () => {
  phone = await site.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  noJs = await site.browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  page = await phone.newPage();
});
c.after(async () => {
  await phone.close();
  await noJs.close();
  await site.release();
});

c('at 360 px the header fits: no word cut, nothing wider than the screen, under a quarter of the screen high', async () => {
  for (const path of ['/', ARTICLE, '/rajniti/']) {
    await page.goto(site.origin + path);
    const r = await page.evaluate(() => {
      const header = document.querySelector('.site-header')!;
      const visible = [...header.querySelectorAll('a, summary')].filter((e) => (e as HTMLElement).offsetParent !== null);
      return {
        height: header.getBoundingClientRect().height - (header.querySelector('.breaking')?.getBoundingClientRect().height ?? 0),
        pageWidth: document.documentElement.scrollWidth,
        cut: visible
          .filter(
            (e) =>
              e.scrollWidth > e.clientWidth + 1 ||
              e.getBoundingClientRect().right > window.innerWidth ||
              e.getBoundingClientRect().left < 0,
          )
          .map((e) => e.textContent?.trim()),
        rows: new Set(
          [...header.querySelectorAll('.nav-row > li')]
            .filter((e) => (e as HTMLElement).offsetParent)
            .map((e) => Math.round(e.getBoundingClientRect().top)),
        ).size,
        menu: visible.filter((e) => e.closest('.nav-row')).length,
      };
    });
    assert.equal(r.cut, [], `${path}: cut or outside the screen`);
    assert.is(r.pageWidth, 360, path);
    assert.ok(r.height < 740 / 4, `${path}: header ${r.height} px high`);
    assert.is(r.rows, 1, `${path}: the menu wraps`);
    assert.ok(r.menu >= 3, `${path}: only ${r.menu} categories in the row`);
  }
});
c('"और" opens the rest of the menu without JavaScript, and nothing below moves', async () => {
  const p = await noJs.newPage();
  await p.goto(site.origin + ARTICLE);
  const more = p.locator('.nav-more');
  assert.not.ok(await more.locator('a').first().isVisible());
  const before = await p.locator('main h1').boundingBox();
  await more.locator('summary').click();
  const links = more.locator('a');
  assert.ok((await links.count()) >= 3);
  for (let i = 0; i < (await links.count()); i++) assert.ok(await links.nth(i).isVisible(), await links.nth(i).innerText());
  assert.equal(await p.locator('main h1').boundingBox(), before);
  assert.ok(await p.locator('.nav-more a[href="/jila/"]').isVisible());
  await p.close();
});
c('search in one tap on a phone; on the search page one box only', async () => {
  await page.goto(site.origin + ARTICLE);
  assert.ok(await page.locator('.search-link').isVisible());
  assert.not.ok(await page.locator('#q-top').isVisible());
  await page.locator('.search-link').tap();
  await page.waitForURL(/\/khoj\/$/);
  assert.is(await page.locator('input[type="search"]').count(), 1);
});
c('focus order: skip link, the header (name, search, menu), then the page', async () => {
  await page.goto(site.origin + ARTICLE);
  const order: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(() => {
        const e = document.activeElement!;
        return `${e.closest('header.site-header') ? 'header' : e.closest('main') ? 'main' : 'other'}:${e.className || e.tagName}`;
      }),
    );
  }
  assert.is(order[0], 'other:skip');
  assert.is(order[1], 'header:brand');
  assert.is(order[2], 'header:search-link');
  const firstMain = order.findIndex((o) => o.startsWith('main'));
  assert.ok(firstMain > 3, order.join(' '));
  assert.ok(
    order.slice(1, firstMain).every((o) => o.startsWith('header')),
    order.join(' '),
  );
  // The skip link lands in main.
  await page.goto(site.origin + ARTICLE);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement?.closest('main') !== null));
});
c('the logo has its size set; the footer has the static pages, districts, social icons with names and the year', async () => {
  await page.goto(site.origin + '/');
  const logo = page.locator('.brand img');
  assert.equal([await logo.getAttribute('width'), await logo.getAttribute('height'), await logo.getAttribute('alt')], ['40', '40', '']);
  assert.is((await page.locator('.brand').innerText()).trim(), 'मरुधर समाचार');
  const footer = page.locator('.site-footer');
  assert.ok((await footer.locator('nav[aria-label="ज़िले"] a').count()) > 5);
  assert.ok((await footer.locator('nav[aria-label="जानकारी"] a').count()) >= 3);
  const social = footer.locator('.social a');
  assert.ok((await social.count()) >= 1);
  for (let i = 0; i < (await social.count()); i++) {
    assert.is(await social.nth(i).locator('svg[aria-hidden="true"]').count(), 1);
    assert.ok((await social.nth(i).innerText()).trim().length > 2);
  }
  assert.match(await footer.locator('.copyright').innerText(), /^© 2026 मरुधर समाचार$/);
});
c.run();
