import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { typoAllowance, typoDistance, typoShelf, typoSkeleton } from '../../scripts/hindi/typo-distance.ts';

const distance = suite('typoDistance');
// Misspellings readers type, with the archive word they meant: each within the typed word's allowance.
const SLIPS: Array<[typed: string, meant: string, cost: number]> = [
  ['डेंगु', 'डेंगू', 0.3], // ू for ु
  ['डेन्गू', 'डेंगू', 0.1], // half nasal for anusvara
  ['गांव', 'गाँव', 0.1], // anusvara for chandrabindu
  ['जिला', 'ज़िला', 0.1], // no nukta
  ['क्रिषि', 'कृषि', 0.2], // vocalic r typed as र + ि
  ['क्रषि', 'कृषि', 0.5],
  ['ओलाव्रष्टि', 'ओलावृष्टि', 0.5],
  ['बीकानेर', 'बिकानेर', 0.3],
  ['जोधपूर', 'जोधपुर', 0.3],
  ['पुलीस', 'पुलिस', 0.3],
  ['जेसलमेर', 'जैसलमेर', 0.3], // े for ै
  ['मुख्यमत्री', 'मुख्यमंत्री', 0.3], // anusvara dropped
  ['मुखयमंत्री', 'मुख्यमंत्री', 0.3], // halant dropped: no conjunct
  ['परशासन', 'प्रशासन', 0.3], // conjunct written out
  ['सरपच', 'सरपंच', 0.3],
  ['बारिस', 'बारिश', 0.5], // स for श
  ['बाढ़मेर', 'बाड़मेर', 0.5], // ढ़ for ड़
  ['जैसलमर', 'जैसलमेर', 0.5], // vowel sign dropped
  ['तलाब', 'तालाब', 0.5],
  ['जोपधुर', 'जोधपुर', 0.6], // two letters swapped
  ['किसना', 'किसान', 0.6],
];
for (const [typed, meant, cost] of SLIPS) {
  distance(`${typed} → ${meant}: ${cost}`, () => {
    assert.is(typoDistance(typed, meant), cost);
    assert.is(typoDistance(meant, typed), cost, 'symmetric');
    assert.ok(cost <= typoAllowance(typed), `allowed for ${typed}`);
  });
}
// Real words apart: farther than the shorter word's allowance, so never offered for it.
const APART: Array<[string, string]> = [
  ['कम', 'काम'],
  ['बार', 'बारे'],
  ['राज', 'राजा'],
  ['मुख्य', 'मुख्यमंत्री'],
  ['जल', 'जाल'],
  ['दाम', 'काम'],
];
for (const [a, b] of APART) {
  distance(`${a} ≠ ${b}`, () => assert.ok(typoDistance(a, b) > typoAllowance(a), `${typoDistance(a, b)} > ${typoAllowance(a)}`));
}
distance('an unrelated letter costs more than a slip', () => {
  assert.is(typoDistance('कमल', 'कमर'), 1);
  assert.ok(typoDistance('कमल', 'कमर') > typoDistance('किसना', 'किसान'));
});
distance('the same word is 0', () => assert.is(typoDistance('जालोर', 'जालोर'), 0));
distance.run();

const shelf = suite('typoShelf');
shelf('first letter and skeleton length: slips of vowel signs, nasals and halant stay on the shelf', () => {
  assert.is(typoSkeleton('मुख्यमंत्री'), 'मखयमतर');
  assert.is(typoShelf('डेंगु'), typoShelf('डेंगू'));
  assert.is(typoShelf('परशासन'), typoShelf('प्रशासन'));
  assert.is(typoShelf('जैसलमर', 1), 'ज6');
  assert.is(typoShelf('१२'), '12', 'digits in matching form');
});
shelf.run();
