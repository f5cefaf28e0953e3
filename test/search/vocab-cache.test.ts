import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { UnitCache } from '../../scripts/search/cache.ts';
import { archiveVocabulary } from '../../scripts/search/roman-map.ts';
import { unitVocabulary, WordKeys } from '../../scripts/search/vocab-cache.ts';
import { romanKey } from '../../scripts/hindi/roman-key.ts';
import { typoShelf } from '../../scripts/hindi/typo-distance.ts';
import type { ArchiveVocabulary } from '../../scripts/search/vocab-parts.ts';
import { searchArticles } from '../fixtures/search/archive.ts';
import { tempDir } from '../helpers/archive.ts';

const articles = searchArticles();
const plain = (v: ArchiveVocabulary) => ({ df: [...v.df].sort(), inTitle: [...v.inTitle].sort(), written: [...v.written].sort() });
// Units of two stories, keyed as shardKeys would: by what they hold (here, their ids, titles and text).
const unitsOf = (list: typeof articles) =>
  Array.from({ length: Math.ceil(list.length / 2) }, (_, u) => u * 2).map((at) => {
    const run = list.slice(at, at + 2);
    return {
      key: createHash('sha1')
        .update(JSON.stringify(run.map((a) => [a.id, a.title, a.text])))
        .digest('hex'),
      articles: run,
    };
  });

const cached = suite('vocabulary from cached unit parts');

cached('with and without a cache, cold and warm, the vocabulary of one pass', () => {
  const cache = new UnitCache(tempDir('samachar-vocab-'));
  const want = plain(archiveVocabulary(articles));
  assert.equal(plain(unitVocabulary(unitsOf(articles))), want);
  assert.equal(plain(unitVocabulary(unitsOf(articles), cache)), want);
  assert.is(readdirSync(cache.dir).length, 5, 'a part per unit');
  assert.equal(plain(unitVocabulary(unitsOf(articles), cache)), want);
});

const changes: Array<[string, (list: typeof articles) => typeof articles]> = [
  ['a body edited', (l) => l.map((a, i) => (i === 3 ? { ...a, text: `${a.text} नहर का पानी खेतों तक पहुँचा।` } : a))],
  ['a title edited', (l) => l.map((a, i) => (i === 8 ? { ...a, title: 'सड़क के लिए ग्रामीणों का धरना' } : a))],
  ['a story deleted', (l) => l.filter((_, i) => i !== 5)],
  [
    'a story added, newest',
    (l) => [{ ...l[0]!, id: 'nayi', title: 'ज़िला परिषद में नई नियुक्ति', text: 'ज़िला परिषद ने दो नए अभियंता रखे।' }, ...l],
  ],
];
for (const [what, change] of changes) {
  cached(`after a change the cached parts still make the vocabulary of one pass: ${what}`, () => {
    const cache = new UnitCache(tempDir('samachar-vocab-'));
    unitVocabulary(unitsOf(articles), cache);
    const changed = change(articles);
    assert.equal(plain(unitVocabulary(unitsOf(changed), cache)), plain(archiveVocabulary(changed)));
  });
}

cached('word keys: the memo answers as romanKey and typoShelf do, and keeps only the words asked for', () => {
  const cache = new UnitCache(tempDir('samachar-vocab-'));
  const words = ['जालोर', 'बाड़मेर', 'किसान', 'पंचायत'];
  const first = new WordKeys(cache);
  for (const w of words) {
    assert.is(first.roman(w), romanKey(w));
    assert.is(first.shelf(w), typoShelf(w));
  }
  first.save();
  const second = new WordKeys(cache);
  assert.equal(
    words.slice(0, 2).map((w) => [second.roman(w), second.shelf(w)]),
    words.slice(0, 2).map((w) => [romanKey(w), typoShelf(w)]),
  );
  second.save();
  const third = new WordKeys(cache) as unknown as { known: Map<string, unknown> };
  assert.equal([...third.known.keys()].sort(), words.slice(0, 2).sort());
});

cached.run();
