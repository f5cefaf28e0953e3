import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../../scripts/site-check/browser.ts';
import { serveSite } from '../../scripts/site-check/static-server.ts';
import { buildSampleWithPrefix } from '../helpers/prefixed-site.ts';

/** What the CMS fetches from other sites on its own (test/browser/admin.test.ts); blocked, and their failures allowed. */
const CMS_EXTERNAL = [
  /^https:\/\/cdn\.jsdelivr\.net\/fontsource\//,
  /^https:\/\/unpkg\.com\/@sveltia\//,
  /^https:\/\/www\.githubstatus\.com\//,
];

const test = suite('a site in a folder (/repo/) in headless Chromium, served as GitHub Pages serves a project site');
const state = {
  site: { out: '', remove: () => {} },
  server: undefined as undefined | Awaited<ReturnType<typeof serveSite>>,
  browser: undefined as Browser | undefined,
};
let base = '';
test.before(async () => {
  state.site = await buildSampleWithPrefix('/repo/');
  state.server = await serveSite(state.site.out, { pathPrefix: '/repo/' });
  base = `${state.server.origin}/repo`;
  state.browser = await launch();
});
test.after(async () => {
  await state.browser?.close();
  await state.server?.close();
  state.site.remove();
});

/**
 * A page that records every failed or refused request to this server, every 4xx/5xx answer but the
 * one `expected404`, console errors and uncaught exceptions; requests to other sites are blocked.
 */
async function watched(expected404?: string): Promise<{ page: Page; problems: string[]; local: string[] }> {
  const page = await state.browser!.newPage({ viewport: { width: 412, height: 915 } });
  const problems: string[] = [];
  const local: string[] = [];
  const origin = state.server!.origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) {
      local.push(url.slice(origin.length));
      return route.continue();
    }
    if (!CMS_EXTERNAL.some((re) => re.test(url))) problems.push(`request to another site: ${url}`);
    return route.abort();
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url() !== expected404) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    if (r.url().startsWith(origin)) problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Blocked CMS requests log "Failed to load resource"; anything else is a real error.
    if (m.type() === 'error' && !/Failed to load resource|unpkg\.com/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  return { page, problems, local };
}

/** Every local request went to the folder. */
const outsideFolder = (local: string[]) => local.filter((p) => !p.startsWith('/repo/'));

test('home → a category → an article → search with results → a result: every request in /repo/, none fails', async () => {
  const { page, problems, local } = await watched();
  await page.goto(`${base}/`, { waitUntil: 'load' });
  assert.ok(await page.locator('link[rel="stylesheet"][href^="/repo/assets/"]').count(), 'the stylesheet');
  const category = page.locator('header a[href="/repo/rajniti/"]').first();
  await category.click();
  await page.waitForURL(`${base}/rajniti/`);
  await page.locator('main a[href^="/repo/20"]').first().click();
  await page.waitForURL(/\/repo\/20\d\d\/\d\d\/[^/]+\/$/);
  assert.match((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '', /^https:\/\/[^/]+\/repo\/20/);
  await page.locator('header a[href="/repo/khoj/"]').first().click();
  await page.waitForURL(`${base}/khoj/`);
  await page.fill('#khoj-q', 'नहर');
  await page.press('#khoj-q', 'Enter');
  await page.waitForURL(/\/repo\/khoj\/\?q=/);
  await page.locator('#khoj-results li').first().waitFor({ timeout: 15000 });
  const hrefs = await page.locator('#khoj-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  assert.ok(hrefs.length > 0);
  for (const h of hrefs) assert.match(h, /^\/repo\/20\d\d\//);
  await page.locator('#khoj-results a').first().click();
  await page.waitForURL(/\/repo\/20\d\d\//);
  await page.waitForLoadState('load');
  assert.equal(problems, []);
  assert.equal(outsideFolder(local), []);
  assert.ok(
    local.some((p) => p.startsWith('/repo/pagefind/')),
    'the search index was read',
  );
  assert.ok(
    local.some((p) => p.startsWith('/repo/assets/fonts/') || p.startsWith('/repo/img/')),
    'fonts or pictures were loaded',
  );
  await page.close();
});

test('a missing URL in the folder gets the 404 page, whose stylesheet, links and scripts work from there', async () => {
  const missing = `${base}/koi/purani/khabar-jo-nahin/`;
  const { page, problems, local } = await watched(missing);
  const r = await page.goto(missing, { waitUntil: 'load' });
  assert.is(r?.status(), 404);
  assert.ok(await page.locator('a[href="/repo/"]').count(), 'a link home, in the folder');
  await page.locator('a[href="/repo/"]').first().click();
  await page.waitForURL(`${base}/`);
  assert.equal(problems, []);
  assert.equal(outsideFolder(local), []);
  await page.close();
});

test('/repo/admin/ loads the CMS script and its config from the folder', async () => {
  const { page, problems, local } = await watched();
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: /Sign In with.*GitHub/ }).waitFor({ timeout: 20000 });
  // Sveltia adds a cache-busting query to the config's URL.
  assert.ok(
    local.some((p) => p.split('?')[0] === '/repo/admin/config.yml'),
    `config.yml fetched from the folder: ${local.join(' ')}`,
  );
  assert.ok(
    local.some((p) => /^\/repo\/assets\/cms\/.+\.js$/.test(p)),
    'the CMS script',
  );
  assert.equal(problems, []);
  assert.equal(outsideFolder(local), []);
  await page.close();
});

test.run();
