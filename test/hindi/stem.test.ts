import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { stem } from '../../scripts/hindi/stem.ts';
import { foldToken } from '../../scripts/hindi/tokens.ts';

const one = suite('stem');

/** [word, stem]: real inflected forms from Hindi news copy. */
const cases: Array<[string, string]> = [
  // oblique plural -ों on consonant stems
  ['चुनावों', 'चुनाव'],
  ['किसानों', 'किसान'],
  ['देशों', 'देश'],
  ['विधायकों', 'विधायक'],
  ['बातों', 'बात'],
  // masculine -आ: every form meets without the आ
  ['बच्चा', 'बच्च'],
  ['बच्चे', 'बच्च'],
  ['बच्चों', 'बच्च'],
  ['लड़का', 'लड़क'],
  ['लड़कों', 'लड़क'],
  // -ओं after आ and ऊ
  ['नेताओं', 'नेत'],
  ['नेता', 'नेत'],
  ['महिलाओं', 'महिल'],
  ['महिला', 'महिल'],
  ['बहुओं', 'बह'],
  ['बहू', 'बह'],
  // -ियों, -ियां (chandrabindu too) on feminine -ई nouns
  ['लड़कियों', 'लड़क'],
  ['लड़कियां', 'लड़क'],
  ['लड़कियाँ', 'लड़क'],
  ['लड़की', 'लड़क'],
  ['खिलाड़ियों', 'खिलाड़'],
  ['खिलाड़ी', 'खिलाड़'],
  ['अधिकारियों', 'अधिकार'],
  // -एं / -ें plurals
  ['सड़कें', 'सड़क'],
  ['बातें', 'बात'],
  ['माताएं', 'मात'],
  ['माताएँ', 'मात'],
  ['कविताएं', 'कवि'],
  ['कविता', 'कवि'],
  ['योजनाओं', 'योज'],
  ['योजना', 'योज'],
  // verbs: future, infinitive, habitual, subjunctive, past
  ['करेगी', 'कर'],
  ['करेगा', 'कर'],
  ['करेंगे', 'कर'],
  ['करेंगी', 'कर'],
  ['करना', 'कर'],
  ['करने', 'कर'],
  ['करते', 'कर'],
  ['करती', 'कर'],
  ['करें', 'कर'],
  ['रहेगा', 'रह'],
  ['बताया', 'बत'],
  ['बताना', 'बत'],
  ['बताते', 'बत'],
  ['बनाएंगे', 'बन'],
  ['बनाया', 'बन'],
  ['दिखाऊंगा', 'दिख'],
  // adjectives derived from nouns meet the noun
  ['सरकारी', 'सरकार'],
  ['चुनावी', 'चुनाव'],
  // too short to strip: the stem keeps two letters
  ['नदी', 'नद'],
  ['घर', 'घर'],
  ['कर', 'कर'],
  ['जा', 'जा'],
  ['ने', 'ने'],
  // nothing to strip
  ['सरकार', 'सरकार'],
  ['पुलिस', 'पुलिस'],
  ['भारतीय', 'भारतीय'],
  // Latin, digits, mixed
  ['elections', 'election'],
  ['parties', 'party'],
  ['news', 'news'],
  ['class', 'class'],
  ['bus', 'bus'],
  ['2026', '2026'],
  ['ipl2026', 'ipl2026'],
  ['', ''],
];
for (const [word, expected] of cases) one(`${word} → ${expected}`, () => assert.is(stem(word), expected));

one('works on matching forms (nukta folded): सड़कें and सडकें meet', () => {
  const folded = foldToken('सड़कें');
  assert.is(stem(folded), 'सडक');
  assert.is(stem(folded), stem(foldToken('सडकों')));
});

one('inflections of one word share a stem', () => {
  const groups = [
    ['किसान', 'किसानों'],
    ['चुनाव', 'चुनावों', 'चुनावी'],
    ['नेता', 'नेताओं'],
    ['लड़की', 'लड़कियां', 'लड़कियों'],
    ['सड़क', 'सड़कें', 'सड़कों'],
    ['करेगी', 'करेगा', 'करेंगे', 'करना', 'करते'],
  ];
  for (const g of groups) assert.is(new Set(g.map(stem)).size, 1, g.join(', '));
});

one.run();
