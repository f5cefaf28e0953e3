import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareSite } from '../../scripts/build/site-model.ts';
import { pageDigests, siteStamp } from '../../scripts/build/page-digests.ts';
import { copyArchive, NOW } from '../helpers/archive.ts';
import type { SiteModel } from '../../scripts/eleventy/model.ts';

const digests = suite('pageDigests: a page changes exactly when what it shows changes');

const prepare = (dir: string) => prepareSite({ contentDir: dir, includeDrafts: false, includeFuture: false, now: NOW });
/** URL → digest of every article and listing page. */
const byUrl = (m: SiteModel, stamp = 's') => {
  const d = pageDigests(m, stamp, () => '');
  return new Map([...[...d.articles].map(([a, x]) => [a.url, x] as const), ...[...d.listings].map(([l, x]) => [l.url, x] as const)]);
};
const changed = (a: Map<string, string>, b: Map<string, string>) =>
  [...b]
    .filter(([url, d]) => a.get(url) !== d)
    .map(([url]) => url)
    .sort();

digests('the same content gives the same digests; another site stamp changes them all', () => {
  const m = prepare(copyArchive());
  assert.equal(byUrl(m), byUrl(prepare(m.input.contentDir)));
  assert.is(changed(byUrl(m), byUrl(m, 'other')).length, byUrl(m).size);
});

digests('a title edit changes the story, the listings that show it and the related blocks that link it, nothing else', () => {
  const dir = copyArchive();
  const before = prepare(dir);
  const file = join(dir, 'articles/2026/11/rajniti-7.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: मंत्री ने नए पुल का लोकार्पण किया'));
  const after = prepare(dir);
  const story = after.catalog.articles.find((a) => a.id === 'articles/2026/11/rajniti-7.md')!;
  const linking = after.catalog.articles.filter((a) => after.related.get(a.id)!.some((r) => r.article === story)).map((a) => a.url);
  const showing = after.listings.filter((l) => l.items.includes(story)).map((l) => l.url);
  assert.ok(linking.length > 0 && showing.length > 0);
  assert.equal(changed(byUrl(before), byUrl(after)), [...new Set([story.url, ...linking, ...showing])].sort());
});

digests('the data files, the code and the publish options are in the site stamp', () => {
  const m = prepare(copyArchive());
  const stamp = siteStamp(m, 'code', 'assets');
  assert.is(siteStamp(m, 'code', 'assets'), stamp);
  assert.is.not(siteStamp({ ...m, site: { ...m.site, title: 'दूसरा' } }, 'code', 'assets'), stamp);
  assert.is.not(siteStamp(m, 'other code', 'assets'), stamp);
  assert.is.not(siteStamp({ ...m, input: { ...m.input, includeDrafts: true } }, 'code', 'assets'), stamp);
});

digests.run();
