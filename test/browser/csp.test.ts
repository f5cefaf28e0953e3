import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../../scripts/site-check/browser.ts';
import { serveSite, type ServeOptions } from '../../scripts/site-check/static-server.ts';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { ADMIN_POLICY, metaPolicyText, policyText, SITE_POLICY } from '../../scripts/publish/security-policy.ts';
import { tempDir } from '../helpers/archive.ts';

/**
 * Every page type of the sample archive in Chromium, served with the headers of its `_headers` (as
 * Netlify and Cloudflare Pages send them) and, separately, with its `<meta>` policy alone (as
 * GitHub Pages serves it): no Content-Security-Policy violation, no console error.
 */
const out = tempDir('samachar-csp-');
await buildSite({ contentDir: 'content', includeDrafts: false, includeFuture: false, now: Date.now() }, out);
const first = (dir: string, re = /^[^.]+$/) =>
  readdirSync(join(out, dir))
    .filter((n) => re.test(n))
    .sort()[0]!;
const year = first('.', /^\d{4}$/);
const month = first(year, /^\d\d$/);
const articleDir = readdirSync(join(out, '2026/11'))
  .filter((n) => !n.includes('.'))
  .sort()
  .find((n) => readFileSync(join(out, '2026/11', n, 'index.html'), 'utf8').includes('<picture'))!;
const ARTICLE = `/2026/11/${articleDir}/`;
const ALIAS = readFileSync(join(out, '_redirects'), 'utf8')
  .split('\n')
  .find((l) => l.startsWith('/'))!
  .split(' ')[0]!;
const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['article', ARTICLE],
  ['category', '/rajniti/'],
  ['district', `/jila/${first('jila')}/`],
  ['author', `/lekhak/${first('lekhak')}/`],
  ['topic', `/vishay/${first('vishay')}/`],
  ['year', `/${year}/`],
  ['month', `/${year}/${month}/`],
  ['archive', '/archive/'],
  ['404', '/yah-panna-nahin-hai/'],
  ['alias', ALIAS],
];
/** What /admin/ may be refused: Sveltia's update check, which only matters when it runs from unpkg. */
const ADMIN_REFUSED = ['connect-src https://unpkg.com/@sveltia/cms/package.json'];

interface Log {
  violations: string[];
  errors: string[];
}
let browser: Browser;
const servers: Array<{ close: () => Promise<void> }> = [];

/** A page that reports CSP violations (from every document it loads) and console errors; only 127.0.0.1 is reached. */
async function watched(origin: string, context?: BrowserContext): Promise<{ page: Page; log: Log }> {
  const page = await (context ?? browser).newPage();
  const log: Log = { violations: [], errors: [] };
  await page.exposeBinding('__cspViolation', (_source, v: string) => {
    log.violations.push(v);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  await page.route('**/*', (r) => (r.request().url().startsWith(origin) ? r.continue() : r.abort()));
  return { page, log };
}
async function serve(options: ServeOptions = {}): Promise<string> {
  const server = await serveSite(out, options);
  servers.push(server);
  return server.origin;
}
/** Console errors a refused request or a blocked external file leaves, once its violation is accounted for. */
const expectedError = (e: string) =>
  /^Failed to load resource: net::ERR_FAILED$/.test(e) || /unpkg\.com\/@sveltia\/cms\/package\.json/.test(e);

const test = suite('Content-Security-Policy in Chromium');
test.before(async () => {
  browser = await launch();
});
test.after(async () => {
  await browser.close();
  for (const s of servers) await s.close();
  rmSync(out, { recursive: true, force: true });
});

for (const [headers, label] of [
  [true, '_headers applied'],
  [false, '<meta> policy only'],
] as const) {
  test(`${label}: every page type loads with no violation and no console error`, async () => {
    const origin = await serve({ hostHeaders: headers });
    const { page, log } = await watched(origin);
    for (const [kind, path] of PAGES) {
      const response = await page.goto(origin + path, { waitUntil: 'load' });
      if (kind === 'alias') await page.waitForURL((u) => u.pathname !== ALIAS);
      else {
        assert.is(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'), metaPolicyText(SITE_POLICY), kind);
        // A URL under no rule of _headers (an unknown top-level name) gets only the /* headers; its 404 page has the <meta> policy.
        if (headers && kind !== '404') assert.is(response?.headers()['content-security-policy'], policyText(SITE_POLICY), kind);
      }
      if (kind === 'article') assert.ok(await page.locator('picture img').count(), 'the article has its picture');
      if (kind === '404') assert.is(log.errors.shift(), 'Failed to load resource: the server responded with a status of 404 (Not Found)');
      assert.equal([...log.violations, ...log.errors], [], `${kind} ${path}`);
    }
    await page.close();
  });
}

test('the search page runs a typed query and shows its results', async () => {
  const origin = await serve();
  const { page, log } = await watched(origin);
  await page.goto(`${origin}/khoj/`);
  await page.fill('#khoj-q', 'मंडी');
  await page.press('#khoj-q', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('#khoj-results li').length > 0);
  assert.equal([...log.violations, ...log.errors], []);
  await page.close();
});

test('the share button copies the link (share.js runs)', async () => {
  const origin = await serve();
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const { page, log } = await watched(origin, context);
  await page.goto(origin + ARTICLE);
  await page.click('a[data-copy-link]');
  await page.waitForFunction(() => document.getElementById('share-status')?.textContent !== '');
  assert.is(await page.textContent('#share-status'), 'लिंक कॉपी हो गया');
  assert.equal([...log.violations, ...log.errors], []);
  await context.close();
});

test('/admin/: the CMS loads under its own policy; only its update check is refused', async () => {
  const origin = await serve();
  const { page, log } = await watched(origin);
  const response = await page.goto(`${origin}/admin/`);
  assert.is(response?.headers()['content-security-policy'], policyText(ADMIN_POLICY));
  assert.is(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'), metaPolicyText(ADMIN_POLICY));
  await page.getByRole('button', { name: /Sign In with.*GitHub/ }).waitFor({ timeout: 20000 });
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: /Sign In with.*GitHub/ }).click();
  await (await popup).close();
  await page.waitForTimeout(500);
  assert.equal([...new Set(log.violations)], ADMIN_REFUSED);
  assert.equal(
    log.errors.filter((e) => !expectedError(e)),
    [],
  );
  await page.close();
});

// The watch itself: an inline script and an inline style are caught, by the header and by the meta tag alone.
const INLINE = '<script>document.title = "x"</script><p style="color: red">लाल</p>';
for (const headers of [true, false])
  test(`an inline script and style attribute are refused (${headers ? '_headers' : '<meta> only'}) and reported`, async () => {
    const origin = await serve({
      hostHeaders: headers,
      rewrite: (path, body) => (path === '/index.html' ? body.toString('utf8').replace('</main>', `${INLINE}</main>`) : body),
    });
    const { page, log } = await watched(origin);
    await page.goto(`${origin}/`);
    await page.waitForTimeout(200);
    assert.ok(
      log.violations.some((v) => v.startsWith('script-src-elem inline')),
      log.violations.join('\n'),
    );
    assert.ok(
      log.violations.some((v) => v.startsWith('style-src-attr inline')),
      log.violations.join('\n'),
    );
    assert.is.not(await page.title(), 'x');
    await page.close();
  });

test.run();
