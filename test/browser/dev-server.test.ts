import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../../scripts/site-check/browser.ts';
import { copyArchive, tempDir } from '../helpers/archive.ts';
import { descendants, freePort } from '../helpers/processes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The fixture story this test breaks and fixes, and its page. */
const STORY = 'articles/2026/11/mandi-bhav.md';
const STORY_URL = '/2026/11/jire-ke-bhav-unche-isabgol-sthir/';
const OTHER_URL = '/2026/11/mantri-ne-pul-ka-lokarpan-kiya/';

/** Polls `fn` until it returns true, for at most `ms`. */
async function until(what: string, fn: () => Promise<boolean>, ms: number, log: () => string): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(300)) if (await fn().catch(() => false)) return;
  throw new Error(`${what} within ${ms / 1000} s; the server said:\n${log()}`);
}

const dev = suite('npm start in Chromium: content errors in the browser, search, feeds and sitemaps (#22)');
const state = { server: undefined as ChildProcess | undefined, tree: [] as number[], browser: undefined as Browser | undefined, log: '' };

dev('an article breaks, the page says why in Hindi with path:line, and clears when fixed; search, feeds and sitemaps work', async () => {
  const content = copyArchive();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const args = ['--import', 'tsx', 'scripts/cli/serve.ts', '--content', content, '--port', String(port), '--out', join(tempDir(), 'dev')];
  const server = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  state.server = server;
  const log = () => state.log;
  server.stdout!.on('data', (d) => (state.log += d));
  server.stderr!.on('data', (d) => (state.log += d));
  const status = async (path: string) => (await fetch(origin + path)).status;
  await until('the dev server answered', async () => (await status('/')) === 200, 120_000, log);
  state.tree = descendants(server.pid!);

  const browser = (state.browser = await launch());
  const page: Page = await browser.newPage();
  const refused: string[] = [];
  page.on('console', (m) => /Content.Security.Policy|Refused to/i.test(m.text()) && refused.push(m.text()));
  await page.goto(origin + STORY_URL);
  assert.match((await page.textContent('h1')) ?? '', 'जीरे');

  // Broken front-matter: a category that does not exist. The open page reloads by itself.
  const file = join(content, STORY);
  const good = readFileSync(file, 'utf8');
  writeFileSync(file, good.replace(/^category: .*$/m, 'category: kheti-badi'));
  await page.waitForSelector('text=इस पन्ने की ख़बर में गड़बड़ी है', { timeout: 30_000 });
  const body = (await page.textContent('body')) ?? '';
  assert.match(body, `${STORY.split('/').pop()}:4`);
  assert.match(body, 'kheti-badi');
  assert.match(body, 'क्या लिखें:');
  assert.is(await page.locator('script:not([integrity])').count(), 0, 'no script of its own');
  assert.is(await status(STORY_URL), 500);
  assert.is(await status(OTHER_URL), 200, 'the rest of the site keeps working');

  writeFileSync(file, good);
  await page.waitForFunction(() => /जीरे/.test(document.querySelector('h1')?.textContent ?? ''), undefined, { timeout: 30_000 });
  assert.is(await status(STORY_URL), 200);
  assert.equal(refused, [], 'nothing refused by the page policies (the live-reload script included)');

  // The search index is built in the background after each build.
  await until('the search index', async () => (await status('/pagefind/manifest.json')) === 200, 60_000, log);
  await page.goto(`${origin}/khoj/?q=${encodeURIComponent('जीरे')}`);
  await page.waitForFunction(() => /मिल/.test(document.getElementById('khoj-status')?.textContent ?? ''), undefined, { timeout: 30_000 });
  const titles = await page.locator('#khoj-results .khoj-title a').allTextContents();
  assert.ok(
    titles.some((t) => t.includes('जीरे')),
    titles.join(' | '),
  );

  for (const path of ['/feed.xml', '/sitemap.xml']) {
    const r = await fetch(origin + path);
    assert.is(r.status, 200, path);
    assert.match(await r.text(), /^<\?xml/, path);
  }
});

dev.after(async () => {
  await state.browser?.close();
  const server = state.server;
  if (!server) return;
  // SIGTERM lets `npm start` stop Eleventy's process group; anything left is killed.
  server.kill('SIGTERM');
  for (let i = 0; i < 20 && server.exitCode === null && server.signalCode === null; i++) await sleep(250);
  for (const pid of [server.pid!, ...state.tree]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
});

dev.run();
