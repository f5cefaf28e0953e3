import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../../scripts/site-check/browser.ts';
import { serveSite } from '../../scripts/site-check/static-server.ts';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { buildSearchIndex } from '../../scripts/search/index.ts';
import { writeSearchArchive } from '../fixtures/search/archive.ts';
import { NOW, tempDir } from '../helpers/archive.ts';

/**
 * The search fixture archive built like a real site. Its ten stories make one shard; the index is
 * then rebuilt in three (at most four stories each), so the browser merges shards as it does for
 * a large archive.
 */
async function buildFixtureSite() {
  const content = tempDir('samachar-search-archive-');
  writeSearchArchive(content);
  const out = tempDir('samachar-search-site-');
  const { model } = await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: NOW }, out);
  assert.ok(existsSync(join(out, 'pagefind/manifest.json')), 'the build wrote the search index');
  rmSync(join(out, 'pagefind'), { recursive: true });
  const { shards } = await buildSearchIndex({ outDir: out, articles: model.catalog.articles, maxShardArticles: 4 });
  assert.is(shards, 3);
  return { out, catalog: model.catalog.articles };
}

const { out: root, catalog } = await buildFixtureSite();
const server = await serveSite(root);
const { origin } = server;
let browser: Browser | undefined;
let page: Page;
const errors: string[] = [];

/** Result titles once the status line has reported the search. */
async function titles(): Promise<string[]> {
  await page.waitForFunction(() => /मिल/.test(document.getElementById('khoj-status')?.textContent ?? ''));
  return page.locator('#khoj-results .khoj-title a').allTextContents();
}
async function typeQuery(q: string): Promise<string[]> {
  await page.fill('#khoj-q', '');
  await page.evaluate(() => {
    document.getElementById('khoj-status')!.textContent = '';
  });
  await page.fill('#khoj-q', q);
  await page.press('#khoj-q', 'Enter');
  return titles();
}

const search = suite('search page in Chromium');
search.before(async () => {
  assert.ok(existsSync(join(root, 'khoj/index.html')), 'the build has no /khoj/ page (layouts/pages/khoj.njk)');
  browser = await launch();
  page = await browser.newPage();
  // Script errors, and failed requests of the search's own files (the fixture site has no icon).
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && /\/(pagefind|assets\/search)/.test(r.url()) && errors.push(`${r.status()} ${r.url()}`));
  await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
});
search.after(async () => {
  await browser?.close();
  await server.close();
});

search('the form is labelled, the status is a live region, the no-JS message is there', async () => {
  await page.goto(`${origin}/khoj/`);
  assert.is(await page.getAttribute('#khoj-status', 'aria-live'), 'polite');
  assert.is(await page.locator('label[for="khoj-q"]').count(), 1);
  assert.match(await page.locator('noscript').innerHTML(), /JavaScript/);
});
search('a typed query lists results with title, date, category, district and a highlighted excerpt', async () => {
  const got = await typeQuery('ट्रैक्टर गिरोह');
  assert.is(got[0], 'ट्रैक्टर चोरी करने वाला गिरोह पकड़ा');
  const first = page.locator('#khoj-results li').first();
  assert.is(await first.locator('.meta').textContent(), '30 मई 2025 · अपराध · जालोर');
  assert.equal([...new Set(await first.locator('mark').allTextContents())], ['ट्रैक्टर', 'गिरोह']);
  assert.match(page.url(), /\?q=/);
});
search('a question finds its answer first', async () => {
  assert.is((await typeQuery('सरसों की सरकारी खरीद कब शुरू होगी?'))[0], 'सरसों की सरकारी खरीद पंद्रह मार्च से');
});
search('a romanised query finds the Devanagari story', async () => {
  assert.is((await typeQuery('congress ka sammelan'))[0], 'कांग्रेस का जिला सम्मेलन बाड़मेर में');
  assert.match((await page.locator('#khoj-note').textContent()) ?? '', /congress → कांग्रेस/);
});
search('vowel signs matter: कम does not find काम', async () => {
  const got = await typeQuery('कम');
  assert.ok(got.includes('बारिश कम होने से जीरे की फसल पर असर'));
  assert.not.ok(got.includes('मनरेगा में काम की मांग बढ़ी'));
});
search('a filter narrows the results', async () => {
  await typeQuery('किसान');
  await page.evaluate(() => {
    document.getElementById('khoj-status')!.textContent = '';
  });
  await page.selectOption('select[name="district"]', 'जोधपुर');
  assert.equal(await titles(), ['बिजली कटौती के विरोध में किसान आंदोलन']);
  assert.match(decodeURIComponent(page.url()), /district=जोधपुर/);
});
search('"newest first" orders by date; a filter alone lists its stories', async () => {
  await page.selectOption('select[name="district"]', '');
  await typeQuery('चुनाव');
  await page.evaluate(() => {
    document.getElementById('khoj-status')!.textContent = '';
  });
  await page.selectOption('select[name="sort"]', 'new');
  assert.equal(await titles(), ['पंचायत चुनावों की तारीखें घोषित', 'सांचौर उपचुनाव में कड़ा मुकाबला']);
  await page.selectOption('select[name="sort"]', '');
  await page.fill('#khoj-q', '');
  await page.evaluate(() => {
    document.getElementById('khoj-status')!.textContent = '';
  });
  await page.selectOption('select[name="category"]', 'खेल');
  assert.equal(await titles(), ['मरुधर कप में जोधपुर की टीम फाइनल में']);
  await page.selectOption('select[name="category"]', '');
});
search('?q= deep links run the search on load, filters included', async () => {
  await page.goto(`${origin}/khoj/?q=${encodeURIComponent('चुनावों')}&district=${encodeURIComponent('जालोर')}`);
  assert.equal(await titles(), ['सांचौर उपचुनाव में कड़ा मुकाबला']);
  assert.is(await page.inputValue('#khoj-q'), 'चुनावों');
});
search('the header search box of any page lands on /khoj/ with the query', async () => {
  await page.goto(`${origin}/jila/`);
  await page.fill('input[name="q"]', 'jalore');
  await page.press('input[name="q"]', 'Enter');
  const got = await titles();
  assert.ok(got.includes('मनरेगा में काम की मांग बढ़ी'), got.join(' | '));
});
search('nothing found: a clear message, no results', async () => {
  assert.equal(await typeQuery('हवाईजहाज़'), []);
  assert.match((await page.textContent('#khoj-status')) ?? '', /कोई ख़बर नहीं मिली/);
});
search('a misspelled word: the closest archive word is searched, the page says so, one click searches what was typed (#24)', async () => {
  const got = await typeQuery('ट्रेक्टर');
  assert.is(got[0], 'ट्रैक्टर चोरी करने वाला गिरोह पकड़ा');
  const line = page.locator('#khoj-correction');
  assert.ok(await line.isVisible());
  assert.is(await line.textContent(), 'ट्रैक्टर के नतीजे दिखाए जा रहे हैं · ट्रेक्टर खोजें');
  // Between the status line and the results, where a reader looks first.
  assert.ok(await page.evaluate(() => document.getElementById('khoj-correction')?.nextElementSibling?.id === 'khoj-results'));
  await page.evaluate(() => {
    document.getElementById('khoj-status')!.textContent = '';
  });
  await line.locator('a').click();
  assert.equal(await titles(), []);
  assert.ok(await line.isHidden());
  assert.match(page.url(), /exact=1/);
  assert.is(await page.inputValue('#khoj-q'), 'ट्रेक्टर');
  // Back to the corrected search; a new query is corrected again.
  await page.goBack();
  await page.waitForFunction(() => !document.getElementById('khoj-correction')?.hidden);
  assert.is(await typeQuery('ट्रेक्टर गिरोह').then((t) => t[0]), 'ट्रैक्टर चोरी करने वाला गिरोह पकड़ा');
  assert.is(await line.textContent(), '“ट्रैक्टर गिरोह” के नतीजे दिखाए जा रहे हैं · “ट्रेक्टर गिरोह” खोजें');
  assert.not.match(page.url(), /exact/);
});
search('no correction for a word the archive has', async () => {
  await typeQuery('ट्रैक्टर');
  assert.ok(await page.locator('#khoj-correction').isHidden());
});
search('no errors in the console', () => assert.equal(errors, []));
search('a browser that cannot unpack the index (no DecompressionStream) is told so, not left waiting', async () => {
  const old = await browser!.newPage();
  try {
    await old.addInitScript(() => {
      delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
    });
    await old.goto(`${origin}/khoj/?q=${encodeURIComponent('चुनाव')}`);
    await old.waitForFunction(() => /पुराना/.test(document.getElementById('khoj-status')?.textContent ?? ''));
    assert.match((await old.textContent('#khoj-status')) ?? '', /ब्राउज़र अपडेट करें/);
  } finally {
    await old.close();
  }
});

search.run();

/**
 * The same site with its index in five shards, which gives it a word index whose positions a page
 * fetches by byte ranges (#24); and from a host that ignores Range and sends whole files.
 */
const words = suite('search through the word index in Chromium, with and without byte ranges');
const wordRoot = tempDir('samachar-search-words-');
cpSync(root, wordRoot, { recursive: true });
rmSync(join(wordRoot, 'pagefind'), { recursive: true });
await buildSearchIndex({ outDir: wordRoot, articles: catalog, maxShardArticles: 2 });
let wordBrowser: Browser | undefined;
const hosts = { ranges: await serveSite(wordRoot), whole: await serveSite(wordRoot, { ranges: false }), shards: await serveSite(root) };
words.after(async () => {
  await wordBrowser?.close();
  for (const h of Object.values(hosts)) await h.close();
});
/** Titles, excerpts and the status line of `q` on `host`'s /khoj/, with the status of each positions file fetched. */
async function searchOn(host: { origin: string }, q: string) {
  wordBrowser ??= await launch();
  const tab = await wordBrowser.newPage();
  const positions: number[] = [];
  tab.on('response', (r) => r.url().endsWith('.pf_pos') && positions.push(r.status()));
  try {
    await tab.goto(`${host.origin}/khoj/?q=${encodeURIComponent(q)}`);
    await tab.waitForFunction(() => /मिल/.test(document.getElementById('khoj-status')?.textContent ?? ''));
    if (await tab.locator('#khoj-more').isVisible()) {
      const before = await tab.locator('#khoj-results li').count();
      await tab.click('#khoj-more');
      await tab.waitForFunction((n) => document.querySelectorAll('#khoj-results li').length > n, before);
    }
    const shown = await tab.locator('#khoj-results li').evaluateAll((li) => li.map((l) => l.innerHTML));
    return { shown, status: await tab.textContent('#khoj-status'), positions };
  } finally {
    await tab.close();
  }
}
words('the archive has a word index with positions files beside its word files', () => {
  assert.ok(JSON.parse(readFileSync(join(wordRoot, 'pagefind/manifest.json'), 'utf8')).words, 'a word index');
  assert.ok(readdirSync(join(wordRoot, 'pagefind/words')).some((f) => f.endsWith('.pf_pos')));
});
words(
  'results, their order and excerpts are those of the shards read one by one; positions come by ranges, or whole from a host without them',
  async () => {
    for (const q of ['किसान', 'ट्रैक्टर गिरोह', 'सरसों की सरकारी खरीद कब शुरू होगी?', 'जालोर में पानी']) {
      const [ranges, whole, shards] = [await searchOn(hosts.ranges, q), await searchOn(hosts.whole, q), await searchOn(hosts.shards, q)];
      assert.ok(shards.shown.length > 0, q);
      assert.equal(ranges.shown, shards.shown, q);
      assert.equal(whole.shown, shards.shown, q);
      assert.is(ranges.status, shards.status, q);
      assert.ok(ranges.positions.length > 0 && ranges.positions.every((s) => s === 206), `${q}: ${ranges.positions}`);
      assert.ok(
        whole.positions.every((s) => s === 200),
        `${q}: ${whole.positions}`,
      );
    }
  },
);
words.run();
