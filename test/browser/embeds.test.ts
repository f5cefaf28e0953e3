import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../../scripts/site-check/browser.ts';
import { serveSite } from '../../scripts/site-check/static-server.ts';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { copyArchive, NOW, tempDir } from '../helpers/archive.ts';

/**
 * Embeds in Chromium, served with the site's `_headers`: before a tap the page asks no third-party
 * host for anything; a tap (mouse or keyboard) puts the platform's iframe in place, and the policy allows it.
 */
const YT = 'Jw4iBndh2Gt';
const content = copyArchive({
  'articles/2026/11/bandh-ka-video.md': `---
title: जवाई बाँध का वीडियो
slug: bandh-ka-video
date: 2026-11-22 10:00
category: krishi-mandi
author: ravi-joshi
district: barmer
---

बाँध के गेट खुलने का वीडियो और नक्शा।

[गेट खुलने का वीडियो](https://www.youtube.com/watch?v=${YT})

https://www.google.com/maps/@25.0867,73.1650,12z

https://x.com/jalorepolice/status/1863000000000000001
`,
});
const out = tempDir('samachar-embeds-');
let browser: Browser;
let origin = '';
let close = async () => {};

/** The article page with every request recorded; third-party ones are answered with an empty page (never sent). */
async function open(): Promise<{ page: Page; thirdParty: string[]; violations: string[] }> {
  const page = await browser.newPage();
  const thirdParty: string[] = [];
  const violations: string[] = [];
  await page.exposeBinding('__cspViolation', (_s, v: string) => {
    violations.push(v);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  await page.route('**/*', (r) => {
    const url = r.request().url();
    if (url.startsWith(origin)) return r.continue();
    thirdParty.push(url);
    return r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title>' });
  });
  await page.goto(`${origin}/2026/11/bandh-ka-video/`, { waitUntil: 'load' });
  return { page, thirdParty, violations };
}

const test = suite('embeds in Chromium');
test.before(async () => {
  await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: NOW }, out);
  browser = await launch();
  ({ origin, close } = await serveSite(out));
});
test.after(async () => {
  await browser?.close();
  await close();
  rmSync(out, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
});

test('before a tap: no request to any other host, no iframe, the buttons shown by embed.js', async () => {
  const { page, thirdParty } = await open();
  await page.waitForTimeout(300);
  assert.equal(thirdParty, []);
  assert.is(await page.locator('iframe').count(), 0);
  assert.is(await page.locator('button.embed-load:visible').count(), 2, 'YouTube and Maps, not X');
  await page.close();
});

test('a click puts the no-cookie YouTube iframe in the box, allowed by the policy', async () => {
  const { page, thirdParty, violations } = await open();
  await page.locator('.embed-youtube button.embed-load').click();
  const frame = page.locator('.embed-youtube iframe');
  await frame.waitFor();
  assert.is(await frame.getAttribute('src'), `https://www.youtube-nocookie.com/embed/${YT}`);
  assert.is(await frame.getAttribute('title'), 'YouTube वीडियो: गेट खुलने का वीडियो');
  await page.waitForTimeout(200);
  assert.equal(thirdParty, [`https://www.youtube-nocookie.com/embed/${YT}`]);
  assert.equal(violations, []);
  assert.is(await page.locator('.embed-maps iframe').count(), 0, 'the map still waits for its own tap');
  await page.close();
});

for (const key of ['Enter', ' '] as const)
  test(`the keyboard works: ${key === ' ' ? 'Space' : key} on the focused map button`, async () => {
    const { page, violations } = await open();
    await page.locator('.embed-maps button.embed-load').focus();
    await page.keyboard.press(key);
    const frame = page.locator('.embed-maps iframe');
    await frame.waitFor();
    assert.is(await frame.getAttribute('src'), 'https://www.google.com/maps?q=25.0867%2C73.1650&z=12&output=embed');
    assert.ok(await frame.evaluate((f) => document.activeElement === f), 'focus moves to the map');
    assert.equal(violations, []);
    await page.close();
  });

test('without JavaScript every embed is a working link and no button shows', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}/2026/11/bandh-ka-video/`);
  assert.is(await page.locator('button.embed-load:visible').count(), 0);
  assert.is(await page.locator(`.embed a[href="https://www.youtube.com/watch?v=${YT}"]`).count(), 1);
  assert.is(await page.locator('.embed-x a[href^="https://x.com/"]').count(), 1);
  await context.close();
});

test.run();
