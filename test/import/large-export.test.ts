import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import { planImport } from '../../scripts/import/plan.ts';
import { importWordpress } from '../../scripts/import/run.ts';
import { copyArchive, tempDir } from '../helpers/archive.ts';
import { writeWxr } from '../../scripts/bench/wxr.ts';

const POSTS = 5000;
const large = suite('importWordpress on a generated export');

large(`${POSTS} posts import, pass the validator and the catalog, and a second run changes nothing`, async () => {
  const wxr = join(tempDir(), 'export.xml');
  await writeWxr(wxr, POSTS);
  const dir = copyArchive();
  const before = loadArticles(dir).articles.length;
  const map = await planImport(wxr, loadSiteData(dir, []));
  map.defaults.category = 'rajniti';
  const summary = await importWordpress({ wxr, map, content: dir, force: false });
  const pages = POSTS / 50;
  assert.is(summary.files.written, POSTS);
  assert.equal(summary.skipped, {});
  // Statuses 8 and 9 of every 10 are draft and pending; pages fall on 0.
  assert.is(summary.drafts, POSTS / 5);
  assert.equal(summary.unknownShortcodes, { poll: Math.floor(POSTS / 7) });
  // /?p= of every item, /?page_id= of every page, published permalinks under /rajniti/ (a category's
  // folder), child pages' permalinks, and 26 archive addresses (categories, tags, authors; the parent
  // category with no posts of its own, and its ?cat=, to the district index).
  assert.is(summary.oldUrls.entries, POSTS + pages + POSTS / 10 + POSTS / 100 + 26);
  const { articles, errors } = loadArticles(dir);
  assert.equal(errors.slice(0, 3).map(String), []);
  assert.is(articles.length, before + POSTS - pages);
  assert.is(loadArticles(dir).pages.length, pages);
  const again = await importWordpress({ wxr, map, content: dir, force: false });
  assert.is(again.files.unchanged, POSTS);
});

large('a generated site with custom bases: the plan finds them in the posts’ links', async () => {
  const wxr = join(tempDir(), 'export.xml');
  await writeWxr(wxr, 200, { category: 'khabar', tag: 'vishay' });
  const map = await planImport(wxr, loadSiteData(copyArchive(), []));
  assert.equal(map.bases, { category: 'khabar', tag: 'vishay', author: 'author' });
  assert.is(map.authors['Mahesh.Joshi']?.nicename, 'mahesh-joshi');
});

large.run();
