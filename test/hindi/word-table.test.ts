import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { WordTable } from '../../scripts/hindi/word-table.ts';

const table = suite('WordTable');

/** The words `scan` visits, through a table that numbers each new surface form and counts the calls. */
function words(text: string, limit = Infinity, isWord?: (c: number) => boolean) {
  const forms: string[] = [];
  const t = new WordTable((w) => forms.push(w) - 1, isWord);
  const seen: string[] = [];
  t.scan(text, limit, (id) => seen.push(forms[id]!));
  return { seen, resolved: forms.length };
}

const cases: Array<[string, string[]]> = [
  ['जालोर में 2024 की बारिश', ['जालोर', 'में', '2024', 'की', 'बारिश']],
  // Danda, punctuation and spaces split; joiners and signs stay inside the word.
  ['किसान।आंदोलन, (पंचायत) ज़िला', ['किसान', 'आंदोलन', 'पंचायत', 'ज़िला']],
  ['Jalore-Barmer सड़क', ['Jalore', 'Barmer', 'सड़क']],
  ['', []],
];
for (const [text, expected] of cases) table(text || '(empty)', () => assert.equal(words(text).seen, expected));

table('each surface form is resolved once, however often it occurs', () => {
  const { seen, resolved } = words('चुनाव चुनाव चुनावों चुनाव');
  assert.equal(seen, ['चुनाव', 'चुनाव', 'चुनावों', 'चुनाव']);
  assert.is(resolved, 2);
});
table('only the first `limit` characters are read', () => {
  assert.equal(words('पहला दूसरा तीसरा', 10).seen, ['पहला', 'दूसरा']);
});
table('words of -1 are skipped', () => {
  const t = new WordTable((w) => (w.length < 3 ? -1 : 0));
  const ids: number[] = [];
  t.scan('का किसान की', Infinity, (id) => ids.push(id));
  assert.equal(ids, [0]);
});
table('another word class: Devanagari runs only (Latin letters and digits split)', () => {
  const deva = (c: number) => c >= 0x900 && c <= 0x97f && c !== 0x964 && c !== 0x965;
  assert.equal(words('abcहिंदी2024 समाचार', Infinity, deva).seen, ['हिंदी', 'समाचार']);
});
table('many distinct forms (the table grows)', () => {
  const text = Array.from({ length: 70_000 }, (_, i) => `श${i}`).join(' ');
  const { seen, resolved } = words(text);
  assert.is(resolved, 70_000);
  assert.is(seen[69_999], 'श69999');
});
table.run();
