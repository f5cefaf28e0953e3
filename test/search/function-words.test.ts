import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hideFunctionWords } from '../../scripts/search/function-words.ts';
import { buildExcerpt, revealFunctionWords } from '../../scripts/search/browser/excerpt.ts';

/** A word as the index gets it when hidden: each code point moved from U+09xx to U+28xx. */
const h = (word: string) => String.fromCharCode(...[...word].map((c) => c.charCodeAt(0) - 0x0900 + 0x2800));

const hide = suite('hideFunctionWords');
const cases: Array<[string, string]> = [
  ['इंदौर की पुलिस ने मामला दर्ज किया', `इंदौर ${h('की')} पुलिस ${h('ने')} मामला दर्ज ${h('किया')}`],
  // The danda and brackets are not part of the word: they stay, and Pagefind indexes neither.
  ['बात सही है। (और) आगे', `बात सही ${h('है')}। (${h('और')}) आगे`],
  // कम, नहीं and कर (tax) are searched for; काम is not का.
  ['कम बारिश, काम नहीं', 'कम बारिश, काम नहीं'],
  ['संपत्ति कर और जल कर', `संपत्ति कर ${h('और')} जल कर`],
  ['Indore में 2024 के बाद', `Indore ${h('में')} 2024 ${h('के')} ${h('बाद')}`],
  // Longer words that start like a function word are words of their own.
  ['कीमत केस कोर्ट', 'कीमत केस कोर्ट'],
  // Braille already in the text is dropped, so every hidden character is one of ours.
  ['पुलिस ⠁⠃ थाना', 'पुलिस  थाना'],
  ['की', h('की')],
  ['के बाद', `${h('के')} ${h('बाद')}`],
  ['', ''],
];
for (const [input, expected] of cases) hide(input || '(empty)', () => assert.is(hideFunctionWords(input), expected));
hide('hidden words have no letter or digit, which is what keeps Pagefind from indexing them', () => {
  for (const w of hideFunctionWords('का की के को है हैं में से ने और द्वारा उन्होंने').split(' ')) assert.not.match(w, /[\p{L}\p{N}]/u);
});
hide('keeps every word in place, so Pagefind positions still point at the right words', () => {
  const text = 'इंदौर की पुलिस ने मामला दर्ज किया है।';
  assert.is(hideFunctionWords(text).split(/\s+/).length, text.split(/\s+/).length);
});
hide('revealing gives back the text', () => {
  const text = 'इंदौर की पुलिस ने, उन्होंने बताया कि आरोपी द्वारा 2024 में (और) चोरी की गई।';
  assert.is(revealFunctionWords(hideFunctionWords(text)), text);
});
hide('the excerpt shows the text with the words shown again', () => {
  assert.is(buildExcerpt(hideFunctionWords('इंदौर की पुलिस ने मामला दर्ज किया'), [2]), 'इंदौर की <mark>पुलिस</mark> ने मामला दर्ज किया');
});

hide.run();
