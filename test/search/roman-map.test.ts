import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Article } from '../../scripts/catalog/types.ts';
import { romanKey } from '../../scripts/hindi/roman-key.ts';
import { romanBucket } from '../../scripts/search/browser/roman-bucket.ts';
import { buildRomanMap, romanBuckets } from '../../scripts/search/roman-map.ts';

const story = (title: string, text: string) => ({ title, text }) as Article;
const articles = [
  story('जालोर में काम', 'जालोर ज़िले में दल ने काम शुरू किया, दाल के भाव बढ़े।'),
  story('कांग्रेस का सम्मेलन', 'जालोर ज़िले में दल बदला, काम रुका।'),
  story('एकबारगी', 'सांचौर के किसान दल के साथ दाल बेचने लौटे।'),
];

const map = suite('buildRomanMap');
map('maps a romanised key to the archive words with that key, most frequent first', () => {
  const m = buildRomanMap(articles);
  assert.equal(m.get(romanKey('jalore')), ['जालोर']);
  assert.equal(m.get(romanKey('dal')), ['दल', 'दाल']);
  assert.equal(m.get(romanKey('congress')), ['कांग्रेस']);
});
map('words are in matching form (nukta folded)', () => {
  assert.equal(buildRomanMap(articles).get(romanKey('jile')), ['जिले']);
});
map('body words in one article only are left out; title words are kept', () => {
  const m = buildRomanMap(articles);
  assert.is(m.get(romanKey('sanchor')), undefined);
  assert.equal(m.get(romanKey('ekbargi')), ['एकबारगी']);
});
map('stop words (कम, में) and Latin words are not keys', () => {
  const m = buildRomanMap([story('jalore mein', 'jalore mein'), story('jalore mein', 'में का कम')]);
  assert.is(m.size, 0);
});
map('maxWordsPerKey limits the words per key', () => {
  assert.equal(buildRomanMap(articles, { maxWordsPerKey: 1 }).get(romanKey('dal')), ['दल']);
});

const buckets = suite('romanBuckets');
buckets('every key lands in the bucket romanBucket names, and nowhere else', () => {
  const m = buildRomanMap(articles);
  const files = romanBuckets(m, { bucketBytes: 20 }).map((j) => JSON.parse(j) as Record<string, string>);
  assert.ok(files.length > 1 && (files.length & (files.length - 1)) === 0, 'a power of two');
  for (const [key, words] of m) {
    const n = romanBucket(key, files.length);
    assert.is(files[n]![key], words.join(' '));
    assert.is(files.filter((f) => key in f).length, 1);
  }
});
buckets('a small map is one bucket', () => {
  assert.is(romanBuckets(buildRomanMap(articles)).length, 1);
});

map.run();
buckets.run();
