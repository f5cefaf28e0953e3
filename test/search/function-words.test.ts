import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { markFunctionWords } from '../../scripts/search/function-words.ts';
import { buildExcerpt } from '../../scripts/search/browser/excerpt.ts';

const mark = suite('markFunctionWords');
const cases: Array<[string, string]> = [
  ['इंदौर की पुलिस ने मामला दर्ज किया', 'इंदौर qzकी पुलिस qzने मामला दर्ज qzकिया'],
  ['बात सही है। (और) आगे', 'बात सही qzहै। (qzऔर) आगे'],
  ['कम बारिश, काम नहीं', 'कम बारिश, काम नहीं'],
  ['संपत्ति कर और जल कर', 'संपत्ति कर qzऔर जल कर'],
  ['Indore में 2024 के बाद', 'Indore qzमें 2024 qzके qzबाद'],
  ['कीमत केस कोर्ट', 'कीमत केस कोर्ट'],
  ['', ''],
];
for (const [input, expected] of cases) mark(input || '(empty)', () => assert.is(markFunctionWords(input), expected));
mark('keeps every word in place, so Pagefind positions still point at the right words', () => {
  const text = 'इंदौर की पुलिस ने मामला दर्ज किया है।';
  assert.is(markFunctionWords(text).split(/\s+/).length, text.split(/\s+/).length);
});
mark('the excerpt shows the text without the marks', () => {
  assert.is(buildExcerpt(markFunctionWords('इंदौर की पुलिस ने मामला दर्ज किया'), [2]), 'इंदौर की <mark>पुलिस</mark> ने मामला दर्ज किया');
});

mark.run();
