import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildExcerpt } from '../../../scripts/search/browser/excerpt.ts';

const excerpt = suite('buildExcerpt');
const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');

excerpt('marks the matched words', () => {
  assert.is(buildExcerpt('जालोर में काम बढ़ा', [0, 2], 10), '<mark>जालोर</mark> में <mark>काम</mark> बढ़ा');
});
excerpt('shows the window where most matches meet, with ellipses', () => {
  const out = buildExcerpt(text, [3, 60, 62, 64], 10);
  assert.ok(out.startsWith('… '), out);
  assert.ok(out.endsWith(' …'), out);
  assert.match(out, /<mark>w60<\/mark>.*<mark>w62<\/mark>.*<mark>w64<\/mark>/);
  assert.not.match(out, /w3\b/);
});
excerpt('escapes HTML in the text', () => {
  assert.is(buildExcerpt('a <b> & "c"', [1], 10), 'a <mark>&lt;b&gt;</mark> &amp; &quot;c&quot;');
});
excerpt('no matches: the opening words', () => {
  assert.is(buildExcerpt(text, [], 3), 'w0 w1 w2 …');
});
excerpt('positions past the end are ignored', () => {
  assert.is(buildExcerpt('एक दो', [9], 5), 'एक दो');
});

excerpt.run();
