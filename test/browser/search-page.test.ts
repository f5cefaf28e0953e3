import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { BrowserContext } from 'playwright-core';
import { sampleSite } from '../helpers/sample-build.ts';

/** The search page's layout on a phone (412 × 915) and a desktop, after a search. */
const site = await sampleSite();
const QUERY = 'पानी की कमी';
const contexts: BrowserContext[] = [];
async function searched(width: number, height: number) {
  const context = await site.browser.newContext({ viewport: { width, height } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${site.origin}/khoj/?q=${encodeURIComponent(QUERY)}`);
  await page.waitForFunction(() => /मिल/.test(document.getElementById('khoj-status')?.textContent ?? ''));
  await page.locator('#khoj-results li').first().waitFor();
  return page;
}

const s = suite('search page layout in Chromium');
s.after(async () => {
  for (const c of contexts) await c.close();
  await site.release();
});

s('phone: one search box holding the query, the filters folded, the whole first result in the first screen', async () => {
  const page = await searched(412, 915);
  assert.is(await page.locator('input[type="search"]').count(), 1);
  assert.is(await page.inputValue('#khoj-q'), QUERY);
  assert.not.ok(await page.locator('select[name="district"]').isVisible(), 'filters are folded');
  assert.ok(await page.locator('.khoj-filter-box summary').isVisible());
  const first = (await page.locator('#khoj-results li').first().boundingBox())!;
  assert.ok(first.y + first.height <= 915, `the first result ends at ${Math.round(first.y + first.height)} px`);
  assert.is(await page.evaluate(() => document.documentElement.scrollWidth), 412);
});
s('phone: the filters open with a tap and a choice runs the search', async () => {
  const page = await searched(412, 915);
  await page.locator('.khoj-filter-box summary').click();
  assert.ok(await page.locator('select[name="district"]').isVisible());
  await page.evaluate(() => {
    document.getElementById('khoj-status')!.textContent = '';
  });
  await page.selectOption('select[name="district"]', 'बाड़मेर');
  await page.waitForFunction(() => /मिल/.test(document.getElementById('khoj-status')?.textContent ?? ''));
  assert.match(decodeURIComponent(page.url()), /district=बाड़मेर/);
});
s('desktop: the filters stand open beside the results, the first results in the first screen', async () => {
  const page = await searched(1366, 900);
  const select = page.locator('select[name="district"]');
  assert.ok(await select.isVisible(), 'filters shown without a tap');
  const results = (await page.locator('#khoj-results').boundingBox())!;
  const filters = (await page.locator('.khoj-filters').boundingBox())!;
  assert.ok(filters.x >= results.x + results.width, 'the filters are to the right of the results');
  const third = (await page.locator('#khoj-results li').nth(2).boundingBox())!;
  assert.ok(third.y < 900, `the third result starts at ${third.y}`);
});
s.run();
