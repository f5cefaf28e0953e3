import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { romanKey } from '../../scripts/hindi/roman-key.ts';

const key = suite('romanKey');

/** Each row: a Devanagari word and Latin spellings people type for it; all must share one key. */
const same: string[][] = [
  // The brief's examples
  ['जालोर', 'jalore', 'jalor', 'Jalore', 'JALOR'],
  ['चुनाव', 'chunav', 'chunaav'],
  ['किसान', 'kisaan', 'kisan'],
  ['आंदोलन', 'andolan', 'aandolan'],
  ['सम्मेलन', 'sammelan', 'samelan'],
  ['कांग्रेस', 'congress', 'Congress', 'काँग्रेस'],
  ['ज़िला', 'zila', 'jila', 'जिला', 'zilla'],
  // Places
  ['बाड़मेर', 'barmer', 'Barmer'],
  ['जोधपुर', 'jodhpur'],
  ['जैसलमेर', 'jaisalmer', 'jesalmer'],
  ['नागौर', 'nagaur', 'nagour'],
  ['उदयपुर', 'udaipur'],
  ['बीकानेर', 'bikaner', 'beekaner'],
  ['सिरोही', 'sirohi'],
  ['पाली', 'pali', 'paali'],
  ['भीलवाड़ा', 'bhilwara', 'bhilvara', 'bheelwara'],
  ['राजस्थान', 'rajasthan', 'raajasthan'],
  ['गांव', 'gaon', 'गाँव'],
  // Politics and administration
  ['भाजपा', 'bjp', 'BJP'],
  ['मतदान', 'matdan', 'matadan', 'matdaan'],
  ['विधायक', 'vidhayak', 'widhayak'],
  ['प्रशासन', 'prashasan', 'prasasan'],
  ['पंचायत', 'panchayat', 'panchaayat'],
  ['कलेक्टर', 'collector', 'Collector', 'कलक्टर'],
  ['योजना', 'yojana', 'yojna'],
  ['संबंध', 'sambandh', 'sanbandh', 'सम्बन्ध'],
  ['सम्मान', 'samman', 'sammaan', 'saman'],
  // Crime and courts
  ['पुलिस', 'police'],
  ['हत्या', 'hatya'],
  ['चोरी', 'chori', 'chorri'],
  ['गिरफ्तार', 'giraftar', 'giraftaar', 'गिरफ़्तार'],
  ['फ़ैसला', 'faisla', 'phaisla', 'फैसला'],
  ['क़ानून', 'kanoon', 'qanoon', 'kanun', 'कानून'],
  ['सज़ा', 'saza', 'saja', 'सजा'],
  // Health
  ['अस्पताल', 'aspatal', 'aspataal'],
  ['डेंगू', 'dengue', 'dengu'],
  ['स्वास्थ्य', 'swasthya', 'svasthya'],
  ['डॉक्टर', 'doctor', 'Doctor', 'डाक्टर'],
  // Farming and markets
  ['मंडी', 'mandi', 'mandee'],
  ['सरसों', 'sarson', 'sarason'],
  ['फसल', 'fasal', 'phasal', 'फ़सल'],
  ['जीरा', 'jeera', 'jira', 'zeera'],
  ['भाव', 'bhav', 'bhaav'],
  ['बारिश', 'barish', 'baarish', 'baarish'],
  ['इसबगोल', 'isabgol'],
  ['सड़क', 'sadak', 'sadak'],
  ['लड़की', 'ladki', 'ladaki'],
  ['क्षेत्र', 'kshetra', 'kshetr'],
  ['मुआवज़ा', 'muavza', 'muawaza', 'muaavja'],
  ['ज्ञापन', 'gyapan', 'gyaapan'],
];
for (const [devanagari, ...latin] of same) {
  key(`${devanagari} = ${latin.join(' = ')}`, () => {
    const expected = romanKey(devanagari!);
    assert.ok(expected.length > 0);
    for (const spelling of latin) assert.is(romanKey(spelling), expected, `${spelling} vs ${devanagari}`);
  });
}

/** Different words that must stay apart. */
const apart: Array<[string, string]> = [
  ['chunav', 'chinta'],
  ['चुनाव', 'चिंता'],
  ['kamal', 'kamla'],
  ['कमल', 'कमला'],
  ['jalore', 'jaipur'],
  ['mandi', 'mand'],
  ['किसान', 'कसान'],
  ['पाली', 'पालिका'],
  ['barmer', 'bikaner'],
  ['sadak', 'sarak'],
  ['hatya', 'hathi'],
];
for (const [a, b] of apart) key(`${a} ≠ ${b}`, () => assert.is.not(romanKey(a), romanKey(b)));

/** Choices documented on romanKey: vowel length is folded, so these coincide on purpose. */
const coincide: Array<[string, string]> = [
  ['kam', 'काम'],
  ['कम', 'काम'],
  ['ladke', 'ladka'],
];
for (const [a, b] of coincide) key(`${a} ~ ${b} (by design)`, () => assert.is(romanKey(a), romanKey(b)));

const exact: Array<[string, string]> = [
  ['जालोर', 'jalor'],
  ['चुनाव', 'chunav'],
  ['कांग्रेस', 'kongres'],
  ['ज़िला', 'jil'],
  ['२०२६', '2026'],
  ['कांग्रेस का सम्मेलन', 'kongres ka samelan'],
  ['kisan andolan', 'kisan andolan'],
  ['Jalóre', 'jalor'],
  ['', ''],
  ['—!', ''],
];
for (const [input, expected] of exact) key(`exact ${JSON.stringify(input)}`, () => assert.is(romanKey(input), expected));

key.run();
