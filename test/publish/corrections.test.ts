import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { FIXTURES, NOW, tempDir } from '../helpers/archive.ts';

const test = suite('corrections: updated: is shown and feeds dateModified');
const out = join(tempDir(), '_site');
let pages: Array<{ url: string; updated?: string; date: string }> = [];

test.before(async () => {
  const r = await buildSite({ contentDir: join(FIXTURES, 'archive'), includeDrafts: false, includeFuture: false, now: NOW }, out);
  pages = r.model.catalog.articles.map((a) => ({ url: a.url, date: a.date, ...(a.updated ? { updated: a.updated } : {}) }));
});

const html = (url: string) => readFileSync(join(out, url, 'index.html'), 'utf8');

test('an article with updated: shows "अपडेट किया गया" with the correction time', () => {
  const corrected = pages.find((p) => p.updated);
  assert.ok(corrected, 'the fixture archive has a corrected article');
  const page = html(corrected!.url);
  assert.match(page, 'अपडेट किया गया');
  assert.match(page, `<time datetime="${corrected!.updated}">23 नवंबर 2026, 18:00</time>`);
});

test('an article without updated: has no such line', () => {
  const plain = pages.find((p) => !p.updated)!;
  assert.not.match(html(plain.url), 'अपडेट किया गया');
});

test('the NewsArticle structured data gives the correction as dateModified, the first version as datePublished', () => {
  const corrected = pages.find((p) => p.updated)!;
  const blocks = [...html(corrected.url).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const modified = blocks.map((b) => /"dateModified"\s*:\s*"([^"]+)"/.exec(b)?.[1]).find((v) => v);
  const published = blocks.map((b) => /"datePublished"\s*:\s*"([^"]+)"/.exec(b)?.[1]).find((v) => v);
  assert.ok(modified, 'the page has dateModified');
  assert.is(Date.parse(modified!), Date.parse(corrected.updated!));
  assert.is(Date.parse(published!), Date.parse(corrected.date));
});

test.run();
