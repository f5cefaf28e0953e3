import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_CONCEPTS, parseQuery } from '../../../scripts/search/browser/query.ts';

const parse = suite('parseQuery');
const cases: Array<[string, string[], string[]]> = [
  ['जालोर में चुनाव कब होंगे?', ['जालोर', 'चुनाव'], ['में', 'कब', 'होंगे']],
  ['congress ka sammelan', ['congress', 'sammelan'], ['ka']],
  ['कब', ['कब'], []],
  ['क्या है?', ['क्या', 'है'], []],
  ['चुनाव चुनाव, चुनाव।', ['चुनाव'], []],
  ['ज़िला जिला', ['ज़िला'], []],
  ['स्\u200dकूल', ['स्कूल'], []],
  ['   ', [], []],
];
for (const [q, kept, dropped] of cases) {
  parse(q.trim() || '(blank)', () => {
    const p = parseQuery(q);
    assert.equal(
      p.concepts.map((c) => c.word),
      kept,
    );
    assert.equal(p.dropped, dropped);
  });
}
parse('Latin words are flagged for the romanised map', () => {
  assert.equal(
    parseQuery('kisan आंदोलन 2024').concepts.map((c) => c.latin),
    [true, false, false],
  );
});
parse('each concept carries its spellings', () => {
  assert.equal(parseQuery('2024').concepts[0]!.forms, ['2024', '२०२४']);
});
parse('long queries are cut', () => {
  const words = Array.from({ length: 30 }, (_, i) => `शब्द${'क'.repeat(i + 1)}`);
  assert.is(parseQuery(words.join(' ')).concepts.length, MAX_CONCEPTS);
});

parse.run();
