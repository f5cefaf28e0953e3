import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { articleUrl, compareArticles, isPublished } from '../../scripts/catalog/build.ts';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { FIXTURES, NOW } from '../helpers/archive.ts';

const url = suite('articleUrl');
url('year and month of the date in India', () => assert.is(articleUrl('2026-11-01T00:00:00.000+05:30', 'mandi'), '/2026/11/mandi/'));
url.run();

const publish = suite('isPublished');
const opts = { includeDrafts: false, includeFuture: false, now: NOW };
const rows: Array<[string, { draft: boolean; timestamp: number }, typeof opts, boolean]> = [
  ['a published story', { draft: false, timestamp: NOW - 1 }, opts, true],
  ['a draft', { draft: true, timestamp: NOW - 1 }, opts, false],
  ['a future story', { draft: false, timestamp: NOW + 1 }, opts, false],
  ['a draft in preview', { draft: true, timestamp: NOW - 1 }, { ...opts, includeDrafts: true }, true],
  ['a future story in preview', { draft: false, timestamp: NOW + 1 }, { ...opts, includeFuture: true }, true],
];
for (const [name, a, o, expected] of rows) publish(name, () => assert.is(isPublished(a, o), expected));
publish.run();

const derive = suite('toArticle via loadArticles');
const { articles } = loadArticles(join(FIXTURES, 'archive'));
const byId = new Map(articles.map((a) => [a.id, a]));

derive('slug from the title, transliterated; URL from the date', () => {
  const a = byId.get('articles/2026/11/rajniti-1.md')!;
  assert.is(a.slug, 'panchayat-samiti-ki-baithak-men-sarak-par-bahas');
  assert.is(a.url, '/2026/11/panchayat-samiti-ki-baithak-men-sarak-par-bahas/');
  assert.is(a.date, '2026-11-11T00:00:00.000+05:30');
});

derive('summary from front-matter, else the opening of the first paragraph', () => {
  assert.match(byId.get('articles/2026/11/mandi-bhav.md')!.summary, 'बाड़मेर मंडी में जीरे का भाव');
  assert.is(byId.get('articles/2025/03/purani-khabar.md')!.summary, 'जालोर की टीम ने फ़ाइनल में बाड़मेर को हराया।');
});

derive('plain text has no Markdown or HTML', () => {
  const text = byId.get('articles/2026/11/mandi-bhav.md')!.text;
  assert.match(text, 'जीरा: ₹२४,५००');
  assert.not.match(text, '<b>');
  assert.not.match(text, '- जीरा');
});

derive('newest first; equal dates by id', () => {
  const sorted = [...articles].sort(compareArticles);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    assert.ok(a.timestamp > b.timestamp || (a.timestamp === b.timestamp && a.id < b.id));
  }
});

derive.run();
