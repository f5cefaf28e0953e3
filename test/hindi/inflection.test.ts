import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { inflectionBases, sameInflection } from '../../scripts/hindi/inflection.ts';

const same = suite('sameInflection');
// Forms of one word: plural and oblique endings of each paradigm, chandrabindu or anusvara.
const FORMS: Array<[string, string]> = [
  ['चुनाव', 'चुनावों'],
  ['सड़क', 'सड़कें'],
  ['किसान', 'किसानो'],
  ['लड़का', 'लड़के'],
  ['लड़का', 'लड़कों'],
  ['लड़के', 'लड़कों'],
  ['महिला', 'महिलाएं'],
  ['महिला', 'महिलाओं'],
  ['नदी', 'नदियों'],
  ['नदी', 'नदियाँ'],
  ['शक्ति', 'शक्तियों'],
  ['बहू', 'बहुओं'],
  ['गाँव', 'गाँवों'],
  ['खेत', 'खेत'],
  // Verbs, by the endings after a consonant stem (real forms from news text).
  ['खेल', 'खेलते'],
  ['खेलते', 'खेलेंगे'],
  ['खेलना', 'खेलकर'],
  ['कर', 'करने'],
  ['मिल', 'मिलेगी'],
  ['रह', 'रहता'],
  ['पहुंच', 'पहुँचेंगे'],
  ['देख', 'देखूंगा'],
];
for (const [a, b] of FORMS) {
  same(`${a} ~ ${b}`, () => {
    assert.ok(sameInflection(a, b));
    assert.ok(sameInflection(b, a));
  });
}
// Real and different words that a stemmer joins once it strips a vowel sign, or that share a start.
// (Verb endings do join a few nouns: जल/जलना, जन/जनता; see docs/search.md.)
const OTHERS: Array<[string, string]> = [
  ['कम', 'काम'],
  ['दिन', 'दीन'],
  ['कम', 'कमी'],
  ['बार', 'बारे'],
  ['बार', 'बारीक'],
  ['राज', 'राजा'],
  ['पान', 'पानी'],
  ['सोन', 'सोने'],
  ['मेल', 'मेला'],
  ['दिन', 'दीनों'],
  ['मुख्य', 'मुख्यमंत्री'],
  ['को', 'क'],
  // The perfective -ा, -ी, -े are no verb ending here: they would join the pairs above and these.
  ['वर्ष', 'वर्षा'],
  ['जान', 'जाना'],
  ['साथ', 'साथी'],
  ['खेल', 'खेला'],
  // A verb ending after a vowel sign or halant is part of the word.
  ['कहा', 'कहानी'],
  ['रास्', 'रास्ते'],
  ['ने', 'नेता'],
];
for (const [a, b] of OTHERS) {
  same(`${a} ≁ ${b}`, () => {
    assert.not.ok(sameInflection(a, b));
    assert.not.ok(sameInflection(b, a));
  });
}
same.run();

const bases = suite('inflectionBases');
bases('a plural names every base it may belong to, itself first', () => {
  assert.equal(inflectionBases('लड़कों'), ['लड़कों', 'लड़क', 'लड़का']);
  assert.equal(inflectionBases('नदियाँ'), ['नदियां', 'नदी', 'नदि']);
});
bases('a verb form names its stem, so the query looks up खेल for खेलते', () => {
  assert.equal(inflectionBases('खेलते'), ['खेलते', 'खेलता', 'खेल']);
  assert.equal(inflectionBases('खेलकर'), ['खेलकर', 'खेल']);
});
bases('two-letter words keep their ending: को, ने, दो are nobody plural', () => {
  for (const w of ['को', 'ने', 'दो', 'जो']) assert.equal(inflectionBases(w), [w]);
});
bases.run();
