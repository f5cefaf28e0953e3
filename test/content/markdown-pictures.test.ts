import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { GALLERY_LABEL, parseCaption, type PictureKind } from '../../scripts/content/markdown-pictures.ts';
import { markdownToText, renderMarkdown } from '../../scripts/content/markdown.ts';

/** A renderer that shows what it was asked for, so the tests read the structure around it. */
const seen = (src: string, alt: string, kind: PictureKind) => `[${kind} ${src} ${alt}]`;

const caption = suite('parseCaption: the Markdown title as caption | credit');
const titles: Array<[string, string, string]> = [
  ['जीरे की ढेरियों के बीच किसान | फ़ोटो: रमेश सैनी', 'जीरे की ढेरियों के बीच किसान', 'फ़ोटो: रमेश सैनी'],
  ['नहर का पानी गाँव तक', 'नहर का पानी गाँव तक', ''],
  ['| फ़ोटो: संवाददाता', '', 'फ़ोटो: संवाददाता'],
  ['मेला |', 'मेला', ''],
  // The last bar is the separator; a dash belongs to the caption.
  ['ऊँट | घोड़े — पुष्कर | फ़ोटो: ममता', 'ऊँट | घोड़े — पुष्कर', 'फ़ोटो: ममता'],
  ['  खुली जगह  ', 'खुली जगह', ''],
  ['', '', ''],
];
for (const [title, cap, credit] of titles)
  caption(JSON.stringify(title), () => assert.equal(parseCaption(title), { caption: cap, credit }));
caption.run();

const blocks = suite('body pictures: figure, inline, gallery');
blocks('a picture alone in its paragraph is a figure, not inside a <p>', () => {
  const html = renderMarkdown('पहले।\n\n![मंडी](/images/a.jpg)\n\nबाद में।', seen);
  assert.match(html, '<p>पहले।</p>\n<figure>[figure /images/a.jpg मंडी]</figure>\n<p>बाद में।</p>');
  assert.not.match(html, /<p>\s*<figure/);
});
blocks('a picture inside text stays inline, in its paragraph, without a caption', () => {
  const html = renderMarkdown('पाठ में ![चिह्न](/images/b.jpg "शीर्षक | फ़ोटो: x") तस्वीर।', seen);
  assert.is(html, '<p>पाठ में [inline /images/b.jpg चिह्न] तस्वीर।</p>\n');
});
blocks('caption and credit become a figcaption with a credit span', () => {
  const html = renderMarkdown('![किसान मंडी में](/images/2026/11/mandi.jpg "जीरे की ढेरियों के बीच किसान | फ़ोटो: रमेश सैनी")', seen);
  assert.is(
    html,
    '<figure>[figure /images/2026/11/mandi.jpg किसान मंडी में]<figcaption>जीरे की ढेरियों के बीच किसान <span class="credit">फ़ोटो: रमेश सैनी</span></figcaption></figure>',
  );
});
blocks('a credit without a caption, and no figcaption without either', () => {
  assert.match(renderMarkdown('![क](/images/a.jpg "| फ़ोटो: x")', seen), '<figcaption><span class="credit">फ़ोटो: x</span></figcaption>');
  assert.not.match(renderMarkdown('![क](/images/a.jpg)', seen), 'figcaption');
});
blocks('captions, credits and alt text are escaped', () => {
  const html = renderMarkdown('![<b>"ऊँट"</b>](/images/a.jpg "<script>x</script> & | <img src=x onerror=y>")');
  assert.match(
    html,
    '<figcaption>&lt;script&gt;x&lt;/script&gt; &amp; <span class="credit">&lt;img src=x onerror=y&gt;</span></figcaption>',
  );
  assert.match(html, 'alt="&lt;b&gt;&quot;ऊँट&quot;&lt;/b&gt;"');
  assert.not.match(html, /<script|<b>|<img src=x/);
});
blocks('pictures on consecutive lines of one paragraph are one gallery, each a figure', () => {
  const html = renderMarkdown('![एक](/images/1.jpg "पहली")\n![दो](/images/2.jpg)\n![तीन](/images/3.jpg "| फ़ोटो: य")', seen);
  assert.is(
    html,
    `<div class="gallery" role="group" aria-label="${GALLERY_LABEL}" tabindex="0">` +
      '<figure>[gallery /images/1.jpg एक]<figcaption>पहली</figcaption></figure>' +
      '<figure>[gallery /images/2.jpg दो]</figure>' +
      '<figure>[gallery /images/3.jpg तीन]<figcaption><span class="credit">फ़ोटो: य</span></figcaption></figure></div>',
  );
});
blocks('a blank line between pictures makes two figures; text between them keeps them inline', () => {
  assert.is(renderMarkdown('![एक](/images/1.jpg)\n\n![दो](/images/2.jpg)', seen).match(/<figure>/g)?.length, 2);
  assert.not.match(renderMarkdown('![एक](/images/1.jpg)\n![दो](/images/2.jpg)\n\n', seen), '[figure');
  const mixed = renderMarkdown('![एक](/images/1.jpg) और ![दो](/images/2.jpg)', seen);
  assert.match(mixed, '<p>[inline /images/1.jpg एक] और [inline /images/2.jpg दो]</p>');
});
blocks('without a renderer a picture is a lazy, async <img> (tests, tools)', () => {
  assert.match(renderMarkdown('![मंडी](/images/a.jpg)'), '<img src="/images/a.jpg" alt="मंडी" loading="lazy" decoding="async">');
});
blocks('a reference definition of one article does not leak into the next render', () => {
  renderMarkdown('![क][r]\n\n[r]: /images/a.jpg', seen);
  assert.not.match(renderMarkdown('![क][r]', seen), '[figure');
});
blocks.run();

const text = suite('markdownToText: a picture leaves its alt text only');
const plain: Array<[string, string]> = [
  ['![किसान](/images/a.jpg "जीरा (बाएँ) | फ़ोटो: र")', 'किसान'],
  ['![एक](/images/1.jpg "क")\n![दो](/images/2.jpg)', 'एक\nदो'],
];
for (const [input, expected] of plain) text(input, () => assert.is(markdownToText(input), expected));
text.run();
