import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Article } from '../../scripts/catalog/types.ts';
import { missingUnits, shardKeys, unitArticles } from '../../scripts/search/unit-keys.ts';
import { searchArticles } from '../fixtures/search/archive.ts';

const articles = searchArticles();
const units = [3, 3, 4];
const base = shardKeys(articles, units, false);

const keys = suite('unit keys');

// Each field a record reads, changed on story 4 (the second unit): that unit's key changes, no other.
const changes: Array<[string, (a: Article) => Article]> = [
  ['title', (a) => ({ ...a, title: `${a.title} (अपडेट)` })],
  ['text', (a) => ({ ...a, text: `${a.text} प्रशासन ने जाँच के आदेश दिए।` })],
  ['url', (a) => ({ ...a, url: `${a.url}v2/` })],
  ['date', (a) => ({ ...a, date: '2025-08-10T09:00:00+05:30' })],
  ['category name', (a) => ({ ...a, category: { ...a.category, name: 'शिक्षा' } })],
  ['district name', (a) => ({ ...a, district: { ...a.district, name: 'सिरोही' } })],
  ['byline', (a) => ({ ...a, byline: [...a.byline, { ...a.byline[0]!, name: 'नीलम व्यास' }] })],
  ['a picture', (a) => ({ ...a, image: { src: '/img/sabha.jpg', alt: 'सभा में कार्यकर्ता' } })],
];
for (const [what, change] of changes) {
  keys(`a change of ${what} changes its unit's key and the shard's, no other unit's`, () => {
    const changed = shardKeys(
      articles.map((a, i) => (i === 4 ? change(a) : a)),
      units,
      false,
    );
    assert.is(changed.units[0], base.units[0]);
    assert.is.not(changed.units[1], base.units[1]);
    assert.is(changed.units[2], base.units[2]);
    assert.is.not(changed.shard, base.shard);
  });
}

keys('same stories, same keys; the tail flag and the cut of the text change them', () => {
  assert.equal(shardKeys([...articles], units, false), base);
  assert.is.not(shardKeys(articles, units, true).shard, base.shard);
  assert.equal(shardKeys(articles, units, true).units, base.units);
  assert.is.not(shardKeys(articles, units, false, 500).units[0], base.units[0]);
  assert.match(base.shard, /^[0-9a-f]{32}$/);
  assert.throws(() => shardKeys(articles, [3, 3], false), /6 of 10/);
});

keys('missing units: none when the shard is cached, else those the cache lacks, all without a cache', () => {
  const has = (cached: string[]) => (k: string) => cached.includes(k);
  assert.equal(missingUnits(base, has([base.shard])), []);
  assert.equal(missingUnits(base, has([base.units[0]!, base.units[2]!])), [1]);
  assert.equal(missingUnits(base, has([])), [0, 1, 2]);
  assert.equal(missingUnits(base, undefined), [0, 1, 2]);
});

keys("a unit's stories by index", () => {
  const ids = (list: readonly Article[]) => list.map((a) => a.id);
  assert.equal(ids(unitArticles(articles, units, [1])), ids(articles.slice(3, 6)));
  assert.equal(ids(unitArticles(articles, units, [0, 2])), ids([...articles.slice(0, 3), ...articles.slice(6)]));
  assert.equal(unitArticles(articles, units, []), []);
});

keys.run();
