import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../../scripts/site-check/browser.ts';
import { serveSite } from '../../scripts/site-check/static-server.ts';
import { buildSite } from '../../scripts/build/pipeline.ts';

/**
 * Requests Sveltia makes on its own that the test blocks: its UI fonts and icon font (jsDelivr),
 * the update check (unpkg) and GitHub's status page. None of them is needed to load the CMS.
 */
const KNOWN_EXTERNAL = [
  /^https:\/\/cdn\.jsdelivr\.net\/fontsource\//,
  /^https:\/\/unpkg\.com\/@sveltia\/cms\/package\.json$/,
  /^https:\/\/www\.githubstatus\.com\//,
];

/** A page that records errors, warnings and every request that would leave 127.0.0.1 (blocked). */
async function watchedPage(browser: Browser, origin: string) {
  const page = await browser.newPage();
  const log = { errors: [] as string[], warnings: [] as string[], external: [] as string[], local: [] as string[] };
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning' && /Sveltia/i.test(m.text())) log.warnings.push(m.text());
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) {
      log.local.push(url.slice(origin.length));
      return route.continue();
    }
    log.external.push(url);
    return route.abort();
  });
  return { page, log };
}

/** The update check, which the CMS's Content-Security-Policy refuses (test/browser/csp.test.ts). */
const REFUSED_BY_CSP = /unpkg\.com\/@sveltia\/cms\/package\.json/;

/** Only "Failed to load resource" for the blocked known requests, and the refused update check, may be logged as errors. */
function unexpected(log: { errors: string[]; external: string[] }): string[] {
  const blocked = log.external.filter((u) => KNOWN_EXTERNAL.some((re) => re.test(u)));
  const loadFailures = log.errors.filter((e) => e.startsWith('Failed to load resource'));
  return [
    ...log.errors.filter((e) => !e.startsWith('Failed to load resource') && !REFUSED_BY_CSP.test(e)),
    ...(loadFailures.length > blocked.length ? loadFailures.slice(blocked.length) : []),
    ...log.external.filter((u) => !KNOWN_EXTERNAL.some((re) => re.test(u))).map((u) => `unexpected request to ${u}`),
  ];
}

const bodyText = async (page: Page) => (await page.textContent('body'))?.replace(/\s+/g, ' ') ?? '';

const test = suite('/admin/ in headless Chromium');
const state = { dir: '', out: '', servers: [] as Array<{ close: () => Promise<void> }>, browser: undefined as Browser | undefined };

test.before(async () => {
  state.dir = mkdtempSync(join(tmpdir(), 'samachar-admin-'));
  state.out = join(state.dir, 'site');
  await buildSite({ contentDir: 'content', includeDrafts: false, includeFuture: false, now: Date.now() }, state.out);
  state.browser = await launch();
});

test.after(async () => {
  await state.browser?.close();
  for (const s of state.servers) await s.close();
  rmSync(state.dir, { recursive: true, force: true });
});

test('the bundled CMS loads the generated config and waits at the sign-in screen', async () => {
  const server = await serveSite(state.out);
  const { origin } = server;
  state.servers.push(server);
  const { page, log } = await watchedPage(state.browser!, origin);
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: /Sign In with.*GitHub/ }).waitFor({ timeout: 20000 });
  const text = await bodyText(page);
  assert.match(text, 'मरुधर समाचार — संपादक');
  assert.not.match(text, 'error in the CMS configuration');
  assert.ok(
    log.local.some((u) => /^\/assets\/cms\/[0-9a-f]{10}\/sveltia-cms\.js$/.test(u)),
    'the script comes from the site',
  );
  assert.ok(
    log.local.some((u) => u.startsWith('/admin/config.yml')),
    `the generated config is read: ${log.local.join(', ')}`,
  );
  assert.ok(!log.external.some((u) => u.endsWith('.js')), `no script from elsewhere: ${log.external.join(', ')}`);
  assert.equal(unexpected(log), []);
  assert.equal(log.warnings, [], 'Sveltia accepts every option of the config');
  await page.close();
});

/**
 * The CMS's new-article form on the same config, with Sveltia's in-memory backend instead of GitHub
 * so the editor opens without a login.
 */
async function openNewArticleForm() {
  const server = await serveSite(state.out, {
    rewrite: (path, body) =>
      path === '/admin/config.yml' ? body.toString('utf8').replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n') : body,
  });
  const { origin } = server;
  state.servers.push(server);
  const { page, log } = await watchedPage(state.browser!, origin);
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: /Test Repository/ }).click();
  await page.goto(`${origin}/admin/#/collections/articles/new`);
  await page.getByText('Creating').first().waitFor({ timeout: 20000 });
  return { page, log, origin };
}

test('with a test backend the new-article form shows every field and enforces the required ones', async () => {
  const { page, log } = await openNewArticleForm();
  // The editor renders its fields progressively; wait for each label instead of reading once.
  for (const label of [
    'शीर्षक',
    'तारीख',
    'श्रेणी',
    'लेखक',
    'ज़िला',
    'सारांश',
    'टैग',
    'तस्वीर',
    'तस्वीर का विवरण',
    'तस्वीर का कैप्शन',
    'तस्वीर का श्रेय',
    'URL स्लग',
    'अपडेट की तारीख',
    'ड्राफ़्ट',
    'पुराने URL',
    'ख़बर',
  ]) {
    // Sveltia draws a field when it scrolls into view: a form longer than the window needs scrolling.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('*')) if (el.scrollHeight > el.clientHeight + 10) el.scrollTop = el.scrollHeight;
    });
    const found = await page
      .getByText(label)
      .first()
      .waitFor({ state: 'attached', timeout: 15000 })
      .then(
        () => true,
        () => false,
      );
    assert.ok(found, `field ${label} is on the form`);
  }
  await page.getByRole('button', { name: 'Save' }).first().click();
  await page.waitForTimeout(500);
  const invalid = await page.locator('[aria-invalid="true"]').count();
  assert.ok(invalid >= 4, `saving an empty form marks the required fields (${invalid} marked)`);
  assert.equal(unexpected(log), []);
  await page.close();
});

test('with cms.review (editorial workflow) the CMS accepts the config and waits at the sign-in screen', async () => {
  const server = await serveSite(state.out, {
    rewrite: (path, body) => (path === '/admin/config.yml' ? `${body.toString('utf8')}publish_mode: editorial_workflow\n` : body),
  });
  state.servers.push(server);
  const { page, log } = await watchedPage(state.browser!, server.origin);
  await page.goto(`${server.origin}/admin/`);
  await page.getByRole('button', { name: /Sign In with.*GitHub/ }).waitFor({ timeout: 20000 });
  assert.ok(log.local.some((u) => u.startsWith('/admin/config.yml')));
  assert.not.match(await bodyText(page), 'error in the CMS configuration');
  assert.equal(log.warnings, [], 'Sveltia takes publish_mode with the GitHub backend');
  assert.equal(unexpected(log), []);
  await page.close();
});

test('a save that breaks a rule of the schema is refused in the CMS, with the reason in Hindi under the field', async () => {
  const { page, log } = await openNewArticleForm();
  await page.getByRole('textbox', { name: /शीर्षक/ }).first().fill('नहर टूटी');
  // Sveltia draws a field when it scrolls into view.
  const slug = page.getByRole('textbox', { name: /URL स्लग/ }).first();
  for (let i = 0; i < 20 && (await slug.count()) === 0; i++) {
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('*')) if (el.scrollHeight > el.clientHeight + 10) el.scrollTop = el.scrollHeight;
    });
    await page.waitForTimeout(250);
  }
  await slug.fill('Nahar Tuti!');
  await page.getByRole('button', { name: 'Save' }).first().click();
  const reason = page.getByText('केवल a-z, 0-9 और एक-एक हाइफ़न, जैसे mandi-bhav-badhe').first();
  await reason.waitFor({ timeout: 10000 });
  assert.ok(await reason.isVisible(), 'the slug rule is shown in Hindi');
  assert.is(await slug.getAttribute('aria-invalid'), 'true');
  assert.ok(await page.getByText('Creating').first().isVisible(), 'nothing was saved: the form is still open');
  assert.equal(unexpected(log), []);
  await page.close();
});

test.run();
