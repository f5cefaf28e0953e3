import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import { launch } from '../../scripts/site-check/browser.ts';
import { checkLayout } from '../../scripts/site-check/layout.ts';
import { serveSite } from '../../scripts/site-check/static-server.ts';
import { tempDir } from '../helpers/archive.ts';
import { sampleSite } from '../helpers/sample-build.ts';

/** check:site's layout budget on three small pages: one that fits, one too wide, one that moves while loading. */
const dir = tempDir('samachar-layout-');
const PAGES: Record<string, string> = {
  fits: '<p>पन्ना</p><div style="overflow-x:auto"><div style="width:600px">चौड़ी तालिका</div></div>',
  wide: '<p>पन्ना</p><div class="chaudi" style="width:500px">चौड़ा</div>',
  moves:
    '<p>पन्ना</p><script>setTimeout(() => document.body.insertAdjacentHTML("afterbegin", "<div style=\'height:300px\'></div>"), 500)</script><p>नीचे</p>',
};
for (const [name, body] of Object.entries(PAGES)) {
  mkdirSync(join(dir, name));
  writeFileSync(
    join(dir, name, 'index.html'),
    `<!doctype html><html lang="hi"><meta name="viewport" content="width=device-width"><body>${body}</body></html>`,
  );
}
// The server answers a missing file (the browser asks for /favicon.ico) with the site's 404 page.
writeFileSync(join(dir, '404.html'), 'नहीं मिला');
let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;

const l = suite('checkLayout');
l.before(async () => {
  browser = await launch();
  server = await serveSite(dir, { hostHeaders: false });
});
l.after(async () => {
  await browser.close();
  await server.close();
});
l('at 320 px: a page that fits, one 188 px too wide (named), one that shifts while loading', async () => {
  const [fits, wide, moves] = await checkLayout(browser, server.origin, ['/fits/', '/wide/', '/moves/']);
  assert.equal(fits, { path: '/fits/', overflow: 0, cls: 0 });
  assert.is(wide!.overflow, 188); // 500 px and the body's 8 px margin, less 320
  assert.is(wide!.widest, 'div.chaudi');
  assert.is(moves!.overflow, 0);
  assert.ok(moves!.cls > 0.1, String(moves!.cls));
});
l.run();

/**
 * The sample site's search page opened with a query (a shared link; the correction line's link):
 * results, the correction line or the no-result line arrive after load, and nothing drawn moves
 * (it measured CLS 0.46 when the hint and footer stood below the results).
 */
const sample = await sampleSite();
const q = suite('search page opened with a query');
q.after(() => sample.release());
q('at 320 px: a query with a correction, one with results, one without: CLS 0', async () => {
  const queries = ['डेंगु', 'पानी की कमी', 'क्षज्ञत्र'];
  const paths = queries.map((w) => `/khoj/?q=${encodeURIComponent(w)}`);
  const results = await checkLayout(sample.browser, sample.origin, paths);
  assert.equal(
    results.map((r) => [decodeURIComponent(r.path), r.overflow, r.cls]),
    paths.map((p) => [decodeURIComponent(p), 0, 0]),
  );
});
q.run();
