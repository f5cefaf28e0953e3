import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { INDEX_FUNCTION_WORDS, isStopWord, STOP_WORDS } from '../../scripts/hindi/stopwords.ts';
import { foldToken } from '../../scripts/hindi/tokens.ts';
import { words } from '../../scripts/hindi/words.ts';

const tokenize = (text: string) => words(foldToken(text));

const stop = suite('isStopWord');

const yes = [
  'का',
  'की',
  'के',
  'में',
  'ने',
  'से',
  'को',
  'पर',
  'और',
  'है',
  'हैं',
  'था',
  'क्या',
  'कौन',
  'कितने',
  'कब',
  'कहां',
  'क्यों',
  'कैसे',
  'लिए',
  'उन्होंने',
  'कहा',
  'ka',
  'ki',
  'mein',
  'aur',
  'hai',
  'kya',
  'the',
  'of',
  'and',
];
for (const w of yes) stop(`${w} is a stop word`, () => assert.ok(isStopWord(w)));

const no = ['किसान', 'चुनाव', 'सड़क', 'जयपुर', 'बारिश', 'मंडी', 'पुलिस', 'kisan', 'election', '2026'];
for (const w of no) stop(`${w} is not`, () => assert.not.ok(isStopWord(tokenize(w)[0]!)));

stop('spelling variants match through tokenize: कहाँ, कहां, KYA', () => {
  for (const w of ['कहाँ', 'कहां', 'KYA', 'ज़्यादा']) assert.ok(isStopWord(tokenize(w)[0]!), w);
});

stop('every listed word is already in matching form', () => {
  for (const w of STOP_WORDS) assert.equal(tokenize(w), [w], w);
});

const question = suite('question words');
for (const w of ['कौनसा', 'किधर', 'कहाँ', 'kahaan', 'kyun', 'whom', 'why'])
  question(`${w} is a stop word`, () => assert.ok(isStopWord(foldToken(w))));

stop.run();

const hidden = suite('INDEX_FUNCTION_WORDS');
/**
 * Left out of the index but not stop words, so a query still looks them up and finds nothing (a
 * wasted lookup; the other words still answer). Making them stop words would change related
 * stories and the search eval's queries: a change of its own, not made here.
 */
const SEARCHED_YET_HIDDEN = ['हूं', 'इसी'];
hidden('every word the index leaves out is a stop word, which the query never looks up', () => {
  const searched = INDEX_FUNCTION_WORDS.filter((w) => !isStopWord(foldToken(w)));
  assert.equal(searched, SEARCHED_YET_HIDDEN);
});
hidden('one word each, no repeats, and the searchable ones stay out', () => {
  for (const w of INDEX_FUNCTION_WORDS) assert.equal(words(w), [w], w);
  assert.is(new Set(INDEX_FUNCTION_WORDS).size, INDEX_FUNCTION_WORDS.length);
  for (const w of ['कम', 'नहीं', 'कर', 'दो', 'कब', 'कहां']) assert.not.ok(INDEX_FUNCTION_WORDS.includes(w), w);
});

question.run();
hidden.run();
