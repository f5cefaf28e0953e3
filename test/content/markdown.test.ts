import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { excerpt, markdownToText, renderMarkdown } from '../../scripts/content/markdown.ts';

const render = suite('renderMarkdown');
const html: Array<[string, string, string]> = [
  ['paragraphs', 'पहला।\n\nदूसरा।', '<p>पहला।</p>\n<p>दूसरा।</p>'],
  ['raw HTML is escaped', '<b>ज़रूरी</b>', '&lt;b&gt;ज़रूरी&lt;/b&gt;'],
  ['script is escaped', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['external links get rel=noopener', '[ख़बर](https://example.org/a)', 'rel="noopener"'],
  ['images load lazily', '![मंडी](/images/a.jpg)', 'loading="lazy"'],
  ['headings', '## मुद्दे', '<h2>मुद्दे</h2>'],
  // Addresses typed in the text still become links (the quick check before linkify must not skip them).
  [
    'a typed https address is linked',
    'देखें https://example.org/khabar',
    '<a href="https://example.org/khabar" rel="noopener">https://example.org/khabar</a>',
  ],
  ['a typed e-mail address is linked', 'शिकायत: help@example.org', '<a href="mailto:help@example.org">help@example.org</a>'],
  // markdown-it leaves linkify-it's fuzzy links off: a bare domain is not guessed to be a link.
  ['a bare domain stays text', 'पोर्टल www.jalore.gov.in खुला', '<p>पोर्टल www.jalore.gov.in खुला</p>'],
];
for (const [name, input, part] of html) render(name, () => assert.ok(renderMarkdown(input).includes(part), renderMarkdown(input)));
render('a javascript: link is not rendered as a link', () =>
  assert.not.match(renderMarkdown('[x](javascript:alert(1))'), 'href="javascript'),
);
render('text without . : @ or / has no link, as before', () => {
  assert.is(renderMarkdown('जालोर में बारिश, किसान खुश'), '<p>जालोर में बारिश, किसान खुश</p>\n');
});
render.run();

const text = suite('markdownToText');
const plain: Array<[string, string]> = [
  ['## मुद्दे\n\n- जीरा: ₹२४,५००\n- इसबगोल', 'मुद्दे\n\nजीरा: ₹२४,५००\nइसबगोल'],
  ['[ख़बर](https://x.org) और **ज़रूरी** बात', 'ख़बर और ज़रूरी बात'],
  ['![चित्र](/a.jpg) <b>मोटा</b>', 'चित्र मोटा'],
  ['> उद्धरण', 'उद्धरण'],
  ['पहला\n\n\n\nदूसरा\t\tतीसरा  चौथा _पाँचवाँ_', 'पहला\n\nदूसरा तीसरा चौथा पाँचवाँ'],
  ['```\nकोड\n```\nबाद में', 'बाद में'],
  ['सादा पैराग्राफ़।\n\nदूसरा पैराग्राफ़।', 'सादा पैराग्राफ़।\n\nदूसरा पैराग्राफ़।'],
];
for (const [input, expected] of plain) text(JSON.stringify(input), () => assert.is(markdownToText(input), expected));
text.run();

const lead = suite('excerpt');
lead('short text is kept whole', () => assert.is(excerpt('छोटी ख़बर।'), 'छोटी ख़बर।'));
lead('long text is cut at a word and ends with …', () => {
  const long = 'जालोर ज़िले में '.repeat(30);
  const e = excerpt(long, 50);
  assert.ok(e.length <= 51 && e.endsWith('…'), e);
  assert.not.match(e, / …$/);
});
lead('only the first paragraph', () => assert.is(excerpt('पहला।\n\nदूसरा।'), 'पहला।'));
lead.run();
