import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import { writeWxr } from '../../scripts/bench/wxr.ts';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import { planImport } from '../../scripts/import/plan.ts';
import { importWordpress } from '../../scripts/import/run.ts';
import { fileForPath } from '../../scripts/publish/redirects.ts';
import { launch } from '../../scripts/site-check/browser.ts';
import { serveSite } from '../../scripts/site-check/static-server.ts';
import { copyArchive, NOW, tempDir } from '../helpers/archive.ts';
import { followAddresses } from '../helpers/follow-addresses.ts';
import { byKind, exportAddresses, type OldAddress } from '../helpers/wxr-addresses.ts';

/**
 * A generated WordPress export imported, checked and built, then every old address of it opened in
 * Chromium from the static server (the 404 page for what no file answers, as GitHub Pages does): each
 * post's permalink and `/?p=ID`, each page's and `/?page_id=ID`, the category, tag, author and date
 * archives. Each must lead to its story (the article with the post's title, in the post's month) or
 * its listing. WXR_POSTS=10000 runs the full size by hand (default 150, for CI); WXR_EVERY=n
 * follows the addresses of five neighbouring posts in every 5n only; WXR_TABS=n tabs follow at once;
 * WXR_FROM=n starts at the nth address (the order is fixed: a long run cut short goes on from its last progress line).
 */
const POSTS = Number(process.env.WXR_POSTS ?? 150);
const EVERY = Number(process.env.WXR_EVERY ?? 1);
const TABS = Number(process.env.WXR_TABS ?? 4);
const FROM = Number(process.env.WXR_FROM ?? 0);
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

// Where the export's things are now, as the test knows them: stories by their title in the catalog, the
// generator's categories, tags and authors by the listing each is meant to become. Never the redirect map.
const byTitle = new Map<string, string[]>();
for (const a of [...loaded.articles, ...loaded.pages]) byTitle.set(a.title, [...(byTitle.get(a.title) ?? []), a.url]);
const LISTINGS: Record<string, string | null> = {
  'category:rajniti': '/rajniti/',
  'category:jalore': '/jila/jalore/',
  'category:खेती': '/kheti/',
  'category:barmer-samachar': '/jila/barmer/',
  // No post is filed under the parent category itself; its children are districts: the district index.
  'category:rajasthan': '/jila/',
  'tag:barmer': '/jila/barmer/',
  'tag:jalore': '/jila/jalore/',
  'tag:बिजली': '/vishay/bijli/',
};
const NICENAMES: Record<string, string> = { sunita: 'sunita', bhanwar: 'bhanwar', deepa: 'deepa', 'Mahesh.Joshi': 'mahesh-joshi' };
const { addresses, problems } = await exportAddresses(wxr, {
  storyUrl: (title) => (byTitle.get(title)?.length === 1 ? byTitle.get(title)![0] : undefined),
  listing: (term) => LISTINGS[term],
  author: (login) => (NICENAMES[login] ? { nicename: NICENAMES[login], url: `/lekhak/${map.authors[login]!.slug}/` } : undefined),
  ...(EVERY > 1 ? { every: 5 * EVERY, window: 5 } : {}),
});
// WordPress also answers its queries on /index.php, which no static host has; and its searches.
const first = addresses.find((a) => a.kind === 'post id')!;
addresses.push(
  { old: `/index.php${first.old.slice(1)}`, url: first.url, kind: 'post id' },
  { old: '/?s=%E0%A4%AA%E0%A4%BE%E0%A4%A8%E0%A5%80', url: `/khoj/?q=${encodeURIComponent('पानी')}`, kind: 'search' },
);
/** Expected pages the build did not make: the browser is only sent to pages that exist. */
const missing = [...new Set(addresses.map((a) => a.url.split('?')[0]!))].filter((u) => !existsSync(fileForPath(out, u)));

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
  for (const dir of [out, content, dirname(wxr)]) rmSync(dir, { recursive: true, force: true });
});

const count = (list: readonly OldAddress[]) => [...byKind(list)].map(([kind, all]) => `${all.length} ${kind}`).join(', ');

test('the export imports and passes the check; every old address leads to its story or listing', async () => {
  assert.equal(checked.slice(0, 5), []);
  assert.equal(problems.slice(0, 5), [], 'every published post is one story of its month; every term has a listing');
  assert.equal(missing.slice(0, 5), [], 'every expected page was built');
  assert.ok(summary.oldUrls.entries > POSTS, 'the import wrote the redirect map');
  const loud = Boolean(process.env.WXR_POSTS);
  const started = performance.now();
  const { failures, retried } = await followAddresses(browser, addresses.slice(FROM), {
    base: server.origin,
    tabs: TABS,
    progress: (done, failed) =>
      loud && (FROM + done) % 1000 === 0 && console.log(`${FROM + done} of ${addresses.length} followed, ${failed} to try again`),
    ...(loud ? { onFailure: (f: string) => console.log(f) } : {}),
  });
  if (loud) {
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(
      `${POSTS} posts: ${addresses.length} old addresses (${count(addresses)}) followed in ${seconds} s (${retried} a second time); build ${buildSeconds.toFixed(0)} s`,
    );
  }
  assert.equal(failures.slice(0, 10), [], `${failures.length} of ${addresses.length} old addresses failed`);
});

test('under a path prefix (a GitHub Pages project site), the lookup and the redirect pages keep the prefix', async () => {
  const siteJson = join(content, '_data/site.json');
  writeFileSync(siteJson, JSON.stringify({ ...JSON.parse(readFileSync(siteJson, 'utf8')), pathPrefix: '/repo/' }));
  const prefixed = tempDir('samachar-wp-prefixed-');
  await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: NOW }, prefixed);
  const host = await serveSite(prefixed, { pathPrefix: '/repo/' });
  // A few of each kind: the prefix is handled once per kind of redirect, not per address.
  const sample = [...byKind(addresses).values()].flatMap((list) => [...list.slice(0, 6), ...list.slice(-6)]);
  const { failures } = await followAddresses(browser, sample, { base: `${host.origin}/repo`, prefix: '/repo' });
  await host.close();
  rmSync(prefixed, { recursive: true, force: true });
  assert.equal(failures, []);
});

test.run();
