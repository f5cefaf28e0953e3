import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { foldToken, forEachToken, forEachWord, tokenize } from '../../scripts/hindi/tokens.ts';

const split = suite('tokenize');

const cases: Array<[string, string[]]> = [
  ['किसानों ने धरना दिया', ['किसानों', 'ने', 'धरना', 'दिया']],
  ['बाड़मेर में बारिश। अगले दिन भी॥', ['बाडमेर', 'में', 'बारिश', 'अगले', 'दिन', 'भी']],
  ['लंबे-लंबे छक्के', ['लंबे', 'लंबे', 'छक्के']],
  ['"जयेशभाई जोरदार" : रणवीर सिंह', ['जयेशभाई', 'जोरदार', 'रणवीर', 'सिंह']],
  ['Budget 2023: बजट की परंपरा', ['budget', '2023', 'बजट', 'की', 'परंपरा']],
  ['RCB vs CSK: IPL२०२६', ['rcb', 'vs', 'csk', 'ipl2026']],
  ['सन् १९४७ में', ['सन्', '1947', 'में']],
  ['ज़िला फ़िल्म क़ानून', ['जिला', 'फिल्म', 'कानून']],
  ['कहाँ गईं लड़कियाँ?', ['कहां', 'गईं', 'लडकियां']],
  ['हिन्दी और हिंदी', ['हिंदी', 'और', 'हिंदी']],
  ['सम्बन्ध, संबंध', ['संबंध', 'संबंध']],
  ['अन्य कन्या', ['अन्य', 'कन्या']],
  ['कॉलेज ऑफिस डॉक्टर', ['कालेज', 'आफिस', 'डाक्टर']],
  ['डॉ॰ शर्मा', ['डा', 'शर्मा']],
  ['क्\u200dष और सड़\u200bक', ['क्ष', 'और', 'सडक']],
  ['\uFEFFखबर', ['खबर']],
  ['Hindi NEWS, Jaipur.', ['hindi', 'news', 'jaipur']],
  ['  ', []],
  ['।।', []],
  ['रु. 1,500 का भाव', ['रु', '1', '500', 'का', 'भाव']],
];
for (const [input, expected] of cases) {
  split(JSON.stringify(input), () => assert.equal(tokenize(input), expected));
}

split('decomposed and precomposed nukta give the same token', () => {
  assert.equal(tokenize('\u095B\u093F\u0932\u093E'), tokenize('\u091C\u093C\u093F\u0932\u093E'));
});

split('forEachToken visits what tokenize returns', () => {
  const text = 'ज़िले की सड़कें, 2026 में। Budget';
  const seen: string[] = [];
  forEachToken(text, (t) => seen.push(t));
  assert.equal(seen, tokenize(text));
  seen.length = 0;
  forEachToken(text, (t) => seen.push(t));
  assert.equal(seen, tokenize(text), 'regex state is reset between calls');
});

const fold = suite('foldToken');
const folds: Array<[string, string]> = [
  ['BJP', 'bjp'],
  ['२०२६', '2026'],
  ['हाँ', 'हां'],
  ['ज़्यादा', 'ज्यादा'],
  ['बॅंक', 'बेंक'],
];
for (const [input, expected] of folds) fold(input, () => assert.is(foldToken(input), expected));

split.run();
fold.run();

const raw = suite('forEachWord');
const rawCases = ['ज़िले की सड़कें, 2026 में। Budget', 'क्\u200dष और सड़\u200bक', 'RCB vs CSK: IPL२०२६', 'कॉलेज ऑफिस डॉ॰ शर्मा', '\u200d खबर'];
for (const text of rawCases) {
  raw(`folded words equal tokenize: ${JSON.stringify(text)}`, () => {
    const words: string[] = [];
    forEachWord(text, (w) => words.push(w));
    assert.equal(words.map(foldToken).filter((t) => t !== ''), tokenize(text));
  });
}
raw.run();
