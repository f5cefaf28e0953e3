import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { writeWxr, WXR_SITE } from '../../scripts/bench/wxr.ts';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import { planImport } from '../../scripts/import/plan.ts';
import { indiaDate } from '../../scripts/import/post.ts';
import { normalizeText } from '../../scripts/hindi/normalize.ts';
import { importWordpress } from '../../scripts/import/run.ts';
import { readWxr } from '../../scripts/import/wxr-reader.ts';
import { launch } from '../../scripts/site-check/browser.ts';
import { serveSite } from '../../scripts/site-check/static-server.ts';
import { copyArchive, NOW, tempDir } from '../helpers/archive.ts';

/**
 * A generated WordPress export imported, checked and built, then every old address of it requested in
 * Chromium from the static server (the 404 page for what no file answers, as GitHub Pages does): each
 * post's permalink and `/?p=ID`, each page's and `/?page_id=ID`, the category, tag, author and date
 * archives. Each must end on its story (the article with the post's title, in the post's month) or
 * its listing. WXR_POSTS=10000 runs the full size by hand (default 150, for CI); WXR_EVERY=n
 * follows the addresses of every nth post only.
 */
const POSTS = Number(process.env.WXR_POSTS ?? 150);
/** Follow the addresses of every Nth post only (WXR_EVERY=10 with 10,000 posts: a shared 2-core machine follows about 2 a second). */
const EVERY = Number(process.env.WXR_EVERY ?? 1);
const content = copyArchive();
const wxr = join(tempDir(), 'export.xml');
await writeWxr(wxr, POSTS);
const map = await planImport(wxr, loadSiteData(content, []));
map.defaults.category = 'rajniti';
const summary = await importWordpress({ wxr, map, content, force: false });
const out = tempDir('samachar-wp-redirects-');
const loaded = loadArticles(content);
const checked = loaded.errors.map(String);
const started = performance.now();
await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: NOW }, out);
const buildSeconds = (performance.now() - started) / 1000;

/** An old address and the URL it must end on (path and query). */
type Expect = { old: string; url: string };
// The site's own answer to "where is this story now": the catalog's URL of the article with the post's title.
const urlOf = new Map([...loaded.articles, ...loaded.pages].map((a) => [a.title, a.url] as const));
const expected: Expect[] = [];
const unpublished: string[] = [];
for await (const e of readWxr(wxr)) {
  if (e.kind !== 'item' || (e.postType !== 'post' && e.postType !== 'page') || !['publish', 'future'].includes(e.status)) continue;
  if (e.postType === 'page' && e.status !== 'publish') continue;
  const url = urlOf.get(normalizeText(e.title));
  const date = indiaDate(e.dateGmt, e.date)!;
  // A story lives under the month of its India date; a page at the top.
  if (!url || !url.startsWith(e.postType === 'page' ? '/' : `/${date.slice(0, 4)}/${date.slice(5, 7)}/`))
    unpublished.push(`${e.id}: ${url}`);
  // Five neighbours in every 5×EVERY posts: each of the generator's five permalink structures.
  if (Number(e.id) % (5 * EVERY) >= 5) continue;
  const olds = [e.link.slice(WXR_SITE.length), `/?p=${e.id}`, ...(e.postType === 'page' ? [`/?page_id=${e.id}`] : [])];
  for (const old of new Set(olds)) expected.push({ old, url: url ?? '(not published)' });
}
const author = (login: string) => `/lekhak/${map.authors[login]!.slug}/`;
const ARCHIVES: Array<[string, string]> = [
  ['/category/rajniti/', '/rajniti/'],
  ['/category/rajniti/page/3/', '/rajniti/'],
  ['/category/rajasthan/jalore/', '/jila/jalore/'],
  ['/category/jalore/', '/jila/jalore/'],
  ['/category/rajasthan/barmer-samachar/feed/', '/jila/barmer/'],
  ['/category/%E0%A4%96%E0%A5%87%E0%A4%A4%E0%A5%80/', '/kheti/'],
  ['/tag/barmer/', '/jila/barmer/'],
  ['/tag/%e0%a4%ac%e0%a4%bf%e0%a4%9c%e0%a4%b2%e0%a5%80/', '/vishay/bijli/'],
  ['/author/sunita/', author('sunita')],
  ['/author/mahesh-joshi/page/2/', author('Mahesh.Joshi')],
  ['/?cat=4', '/rajniti/'],
  ['/?cat=7', '/jila/barmer/'],
  ['/?author=3', author('bhanwar')],
  ['/?tag=barmer', '/jila/barmer/'],
  ['/2024/05/12/', '/2024/05/'],
  ['/2024/05/12/page/2/', '/2024/05/'],
  ['/2024/05/page/900/', '/2024/05/'],
  ['/?m=202405', '/2024/05/'],
  ['/?s=%E0%A4%AA%E0%A4%BE%E0%A4%A8%E0%A5%80', `/khoj/?q=${encodeURIComponent('पानी')}`],
];
for (const [old, url] of ARCHIVES) expected.push({ old, url });
// WordPress also answers its queries on /index.php, which no static host has: the 404 page's lookup.
const first = expected.find((e) => e.old.startsWith('/?p='))!;
expected.push({ old: `/index.php${first.old.slice(1)}`, url: first.url });

let browser: Browser;
let server: { origin: string; close: () => Promise<void> };
const test = suite('old WordPress addresses in Chromium');
test.before(async () => {
  browser = await launch();
  server = await serveSite(out);
});
test.after(async () => {
  await browser.close();
  await server.close();
  for (const dir of [out, content]) rmSync(dir, { recursive: true, force: true });
});

/**
 * Follows one old address until the page it ends on commits (its rendering is not waited for: thousands
 * of stories would take an hour on a small machine), through redirect pages and the 404 or front page's lookup.
 */
async function follow(page: Page, e: Expect, base = server.origin, prefix = ''): Promise<string | undefined> {
  try {
    await page.goto(base + e.old, { waitUntil: 'commit' });
    await page.waitForURL((u) => u.pathname + u.search === prefix + e.url, { timeout: 15_000, waitUntil: 'commit' });
    return undefined;
  } catch {
    return `${e.old} ended on ${page.url().slice(base.length)}, expected ${e.url}`;
  }
}

test('the export imports and passes the check; every old address ends on its story or listing', async () => {
  assert.equal(checked.slice(0, 5), []);
  assert.equal(unpublished.slice(0, 5), [], 'every published post is a story of its month');
  assert.ok(summary.oldUrls.entries > POSTS, 'the import wrote the redirect map');
  const failures: string[] = [];
  const queue = [...expected];
  let done = 0;
  const worker = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (let e = queue.shift(); e; e = queue.shift()) {
      const failure = await follow(page, e);
      if (failure) failures.push(failure);
      if (failure && process.env.WXR_POSTS) console.log(failure);
      if (process.env.WXR_POSTS && ++done % 500 === 0) console.log(`${done} of ${expected.length} followed, ${failures.length} failed`);
    }
    await context.close();
  };
  const started = performance.now();
  await Promise.all([worker(), worker(), worker(), worker()]);
  if (process.env.WXR_POSTS)
    console.log(
      `${POSTS} posts: ${expected.length} old addresses followed in ${((performance.now() - started) / 1000).toFixed(0)} s; build ${buildSeconds.toFixed(0)} s`,
    );
  assert.equal(failures.slice(0, 10), [], `${failures.length} of ${expected.length} old addresses failed`);
});

test('under a path prefix (a GitHub Pages project site), the lookup and the redirect pages keep the prefix', async () => {
  const siteJson = join(content, '_data/site.json');
  writeFileSync(siteJson, JSON.stringify({ ...JSON.parse(readFileSync(siteJson, 'utf8')), pathPrefix: '/repo/' }));
  const prefixed = tempDir('samachar-wp-prefixed-');
  await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: NOW }, prefixed);
  const host = await serveSite(prefixed, { pathPrefix: '/repo/' });
  const page = await browser.newPage();
  const sample = [...expected.slice(0, 12), ...expected.slice(-ARCHIVES.length - 1)];
  const failures: string[] = [];
  for (const e of sample) {
    const failure = await follow(page, e, `${host.origin}/repo`, '/repo');
    if (failure) failures.push(failure);
  }
  await host.close();
  rmSync(prefixed, { recursive: true, force: true });
  assert.equal(failures, []);
});

test.run();
