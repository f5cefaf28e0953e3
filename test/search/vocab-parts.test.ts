import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { archiveVocabulary } from '../../scripts/search/roman-map.ts';
import { mergeParts, vocabularyParts, type ArchiveVocabulary } from '../../scripts/search/vocab-parts.ts';
import { searchArticles } from '../fixtures/search/archive.ts';

const articles = searchArticles();
// Two stories that spell a word both ways (the first spelling seen is the one kept) and share title words.
const spelled = [
  { ...articles[0]!, title: 'ज़िला परिषद की बैठक', text: 'ज़िला परिषद ने सड़क के काम पर चर्चा की।' },
  { ...articles[1]!, title: 'जिला परिषद का बजट', text: 'जिला परिषद का बजट पास हुआ और सड़क बनेगी।' },
];
const plain = (v: ArchiveVocabulary) => ({
  df: [...v.df].sort(),
  inTitle: [...v.inTitle].sort(),
  written: [...v.written].sort(),
});

const parts = suite('vocabulary parts');

const splits: Array<[string, typeof articles, number[]]> = [
  ['one run', articles, [articles.length]],
  ['one story a run', articles, articles.map(() => 1)],
  ['uneven runs', articles, [3, 1, 4, 2]],
  ['a word spelled two ways, one run', spelled, [2]],
  ['a word spelled two ways, a run each', spelled, [1, 1]],
  ['an empty run', articles, [0, 10]],
];
for (const [what, list, sizes] of splits) {
  parts(`merged parts equal one pass over the stories: ${what}`, () => {
    const runs: Array<typeof articles> = [];
    let at = 0;
    for (const n of sizes) {
      runs.push(list.slice(at, at + n));
      at += n;
    }
    // Parts go through the cache as JSON.
    const made = vocabularyParts(runs).map((p) => JSON.parse(JSON.stringify(p)));
    assert.equal(plain(mergeParts(made)), plain(archiveVocabulary(list)));
  });
}

parts('the first spelling seen is kept, and each run keeps its own', () => {
  const [a, b] = vocabularyParts([[spelled[0]!], [spelled[1]!]]);
  const zila = (p: typeof a) => p!.written.find(([i]) => p!.words[i] === 'जिला')?.[1];
  assert.is(zila(a), 'ज़िला');
  assert.is(zila(b), undefined, 'written as its matching form');
  assert.is(mergeParts([b!, a!]).written.get('जिला'), undefined);
  assert.is(mergeParts([a!, b!]).written.get('जिला'), 'ज़िला');
  assert.is(mergeParts([a!, b!]).df.get('परिषद'), 2);
  assert.ok(mergeParts([a!, b!]).inTitle.has('बजट'));
  assert.not.ok(mergeParts([a!]).inTitle.has('काम'), 'a body word is not a title word');
});

parts.run();
