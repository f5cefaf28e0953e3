import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { deriveQueries, inflect, QUERY_TYPES, romanize, seeded } from '../../../scripts/search/eval/derive.ts';

const inflection = suite('inflect');
const cases: Array<[string, string]> = [
  ['चुनाव', 'चुनावों'],
  ['किसानों', 'किसान'],
  ['सड़कें', 'सड़क'],
  ['नदी', 'नदियों'],
  ['महिला', 'महिला'],
  ['Mercedes', 'Mercedes'],
  ['2024', '2024'],
];
for (const [w, expected] of cases) inflection(w, () => assert.is(inflect(w), expected));

const derive = suite('deriveQueries');
const records = [
  {
    id: 'r1',
    category: '',
    title: 'जालोर में सरसों की सरकारी खरीद शुरू',
    body: 'पहला वाक्य शीर्षक जैसा है। समर्थन मूल्य पर सरसों की खरीद के लिए जिले में बारह केंद्र बनाए गए हैं और किसान पंजीयन करा सकेंगे। तीसरा वाक्य छोटा है।',
  },
];
derive('one query of each type, all pointing at their record', () => {
  const qs = deriveQueries(records);
  assert.equal(qs.map((q) => q.type).sort(), [...QUERY_TYPES].sort());
  for (const q of qs) assert.equal(q.relevant, ['r1']);
});
derive('the question asks about a body sentence, not the first, with a question word', () => {
  const q = deriveQueries(records).find((x) => x.type === 'question')!;
  assert.match(q.query, /(क्या|किसने|कौन|कहां|किस|कितने) .*\?$|\?$/);
  assert.not.match(q.query, /पहला/);
});
derive('the romanised query is Latin only', () => {
  const q = deriveQueries(records).find((x) => x.type === 'romanized')!;
  assert.match(q.query, /^[a-z ]+$/);
});
derive('same seed, same queries', () => assert.equal(deriveQueries(records, 5), deriveQueries(records, 5)));

const roman = suite('romanize');
roman('transliterates, then applies typing habits at random', () => {
  assert.match(romanize(['जालोर', 'किसान'], seeded(1)), /^[a-z]+ [a-z]+$/);
});

inflection.run();
derive.run();
roman.run();
