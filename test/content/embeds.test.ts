import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hasEmbed } from '../../scripts/content/embeds.ts';
import { renderMarkdown } from '../../scripts/content/markdown.ts';

const YT = 'https://www.youtube.com/watch?v=Jw4iBndh2Gt';

const test = suite('embeds in Markdown');
test('a bare address alone in its paragraph becomes a placeholder with the link and a generic text', () => {
  const html = renderMarkdown(`पहला पैराग्राफ़।\n\n${YT}\n\nआख़िरी।`);
  assert.ok(hasEmbed(html));
  assert.match(html, '<p class="embed-platform">YouTube वीडियो</p>');
  assert.match(html, `<a href="${YT}" rel="noopener">वीडियो देखें</a>`);
  assert.match(html, 'data-embed-src="https://www.youtube-nocookie.com/embed/Jw4iBndh2Gt"');
  assert.match(html, '<p>पहला पैराग्राफ़।</p>');
});
test('nothing from the platform is on the page before the tap: no iframe, no script, no picture', () => {
  const html = renderMarkdown(`${YT}\n\nhttps://www.google.com/maps/@25.3447,72.6256,14z`);
  assert.not.match(html, /<iframe|<script|<img|\ssrc=/);
  assert.match(html, /<button type="button" class="embed-load"[^>]* hidden>/);
});
test("the story's own link words are kept", () => {
  const html = renderMarkdown(`[बाँध के गेट खुलने का वीडियो](${YT})`);
  assert.match(html, '>बाँध के गेट खुलने का वीडियो</a>');
  assert.match(html, 'data-embed-title="YouTube वीडियो: बाँध के गेट खुलने का वीडियो"');
});
test('link words are escaped', () => {
  const html = renderMarkdown(`[<b>"वीडियो"</b> & बात](${YT})`);
  assert.match(html, '&lt;b&gt;&quot;वीडियो&quot;&lt;/b&gt; &amp; बात');
  assert.not.match(html, '<b>');
});
test('an X post is a link that says it opens on X (its embed needs its script)', () => {
  const html = renderMarkdown('https://x.com/jalorepolice/status/1863000000000000001');
  assert.match(html, 'X पोस्ट');
  assert.match(html, 'X पर खुलता है');
  assert.not.match(html, 'embed-load');
});
// [case, Markdown]: each stays an ordinary link.
const LINKS: Array<[string, string]> = [
  ['an address among words', `देखें: ${YT}`],
  ['an address in a list', `- ${YT}`],
  ['an address in a quote', `> ${YT}`],
  ['two links in one paragraph', `[एक](${YT}) [दो](${YT})`],
  ['an unknown address', 'https://evil.example/watch?v=Jw4iBndh2Gt'],
  ['an image link', `[![चित्र](/images/a.jpg)](${YT})`],
];
for (const [name, md] of LINKS)
  test(`stays a link: ${name}`, () => {
    const html = renderMarkdown(md);
    assert.not.ok(hasEmbed(html), html);
    assert.match(html, '<a href="');
  });
test.run();
