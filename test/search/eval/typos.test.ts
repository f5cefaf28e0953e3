import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { deriveTypoQueries, TYPO_TYPES } from '../../../scripts/search/eval/typos.ts';
import { foldToken } from '../../../scripts/hindi/tokens.ts';

// Written for this test: fictional local news, no corpus text.
const records = [
  {
    id: 'a',
    category: '',
    title: 'जालोर में सरकारी अस्पताल का नया भवन तैयार',
    body: 'जालोर शहर के सरकारी अस्पताल में मरीज़ों के लिए नया भवन बनकर तैयार है।',
  },
  { id: 'b', category: '', title: 'बाड़मेर मंडी में जीरे की आवक बढ़ी', body: 'मंडी में इस हफ़्ते जीरे की आवक दोगुनी रही और भाव स्थिर रहे।' },
  { id: 'c', category: '', title: 'नागौर की टीम ने कबड्डी प्रतियोगिता जीती', body: 'राज्य स्तरीय प्रतियोगिता में नागौर ने पहला स्थान पाया।' },
];
const known = new Set(records.flatMap((r) => `${r.title} ${r.body}`.split(/\s+/).map((w) => foldToken(w.replace(/[।]/g, '')))));

const typos = suite('deriveTypoQueries');
typos('typo queries: headline words with exactly one word slipped into a word no record has', () => {
  const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => deriveTypoQueries(records, seed)).filter((q) => q.type === 'typo');
  assert.ok(qs.length >= 6, `${qs.length} typo queries`);
  for (const q of qs) {
    const unknown = q.query.split(' ').filter((w) => !known.has(foldToken(w)));
    assert.is(unknown.length, 1, q.query);
    assert.equal(q.relevant.length, 1);
  }
});
typos('typo-word queries: the slipped word alone, answered by every record with the word as written', () => {
  const words = deriveTypoQueries(records).filter((q) => q.type === 'typo-word');
  for (const q of words) {
    assert.not.ok(q.query.includes(' '));
    assert.ok(q.relevant.length >= 1);
  }
});
typos('absent queries: two headline words joined, answered by nothing', () => {
  const qs = deriveTypoQueries(records).filter((q) => q.type === 'absent');
  assert.ok(qs.length >= 2);
  for (const q of qs) {
    assert.equal(q.relevant, []);
    assert.not.ok(known.has(foldToken(q.query)), q.query);
  }
});
typos('seeded: the same queries every run, other seeds others; only the listed types', () => {
  assert.equal(deriveTypoQueries(records), deriveTypoQueries(records));
  assert.not.equal(deriveTypoQueries(records, 3), deriveTypoQueries(records, 4));
  for (const q of deriveTypoQueries(records)) assert.ok((TYPO_TYPES as readonly string[]).includes(q.type));
});
typos.run();
