import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentCache } from '../../scripts/content/index.ts';
import { prepareSite } from '../../scripts/build/site-model.ts';
import { renderFocus } from '../../scripts/eleventy/dev-focus.ts';
import { copyArchive, NOW } from '../helpers/archive.ts';

const focus = suite('renderFocus (dev server rebuilds)');

function setup() {
  const dir = copyArchive();
  const input = { contentDir: dir, includeDrafts: true, includeFuture: true, now: NOW };
  const cache = new ContentCache();
  return { dir, input, cache, first: prepareSite(input, { cache }) };
}

function edit(path: string, from: string, to: string) {
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
  const later = new Date(Date.now() + 5000);
  utimesSync(path, later, later);
}

focus('unchanged files keep their Article objects; nothing to focus on', () => {
  const { input, cache, first } = setup();
  const again = prepareSite(input, { cache });
  assert.ok(again.catalog.articles.every((a, i) => a === first.catalog.articles[i]));
  assert.is(renderFocus(first, again), undefined);
});

focus('a title edit renders that article and only the listing pages that show it', () => {
  const { dir, input, cache, first } = setup();
  edit(join(dir, 'articles/2026/11/rajniti-7.md'), 'title: मंत्री ने पुल का लोकार्पण किया', 'title: मंत्री ने नए पुल का लोकार्पण किया');
  const next = prepareSite(input, { cache, reuseRelatedFrom: first.related });
  const f = renderFocus(first, next)!;
  assert.equal(
    f.articles.map((a) => a.id),
    ['articles/2026/11/rajniti-7.md'],
  );
  const urls = f.listings.map((l) => l.url).sort();
  // The story is the newest politics story: the first page of each listing it is in, no other.
  assert.equal(urls, ['/2026/', '/2026/11/', '/jila/jalore/', '/lekhak/asha-meena/', '/rajniti/']);
  const related = next.related.get('articles/2026/11/rajniti-6.md')!;
  const edited = related.find((r) => r.article.id === 'articles/2026/11/rajniti-7.md');
  assert.ok(edited, "the edited story is among its neighbour's related stories");
  assert.is(edited!.article.title, 'मंत्री ने नए पुल का लोकार्पण किया');
});

focus('moving a story to another date re-renders every listing page after it', () => {
  const { dir, input, cache, first } = setup();
  edit(join(dir, 'articles/2026/11/rajniti-7.md'), 'date: 2026-11-17', 'date: 2026-11-01');
  const f = renderFocus(first, prepareSite(input, { cache }))!;
  assert.ok(f.listings.some((l) => l.url === '/2026/11/p/1/'));
});

focus.run();
