import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { convertBody, PLACEHOLDER_ALT } from '../../scripts/import/body.ts';

const local = (url: string) => (url.includes('/uploads/') ? `/images/wordpress/${url.split('/uploads/')[1]}` : null);
const md = (html: string) => convertBody(html, local, 'https://marudhar.example').markdown;

const body = suite('convertBody');

const CASES: Array<[string, string, string]> = [
  ['auto-paragraphs without <p>', 'पहली पंक्ति।\n\nदूसरा अनुच्छेद।', 'पहली पंक्ति।\n\nदूसरा अनुच्छेद।\n'],
  ['a single newline is a line break', 'पहली पंक्ति\nदूसरी पंक्ति', 'पहली पंक्ति  \nदूसरी पंक्ति\n'],
  ['block-editor comments and <!--more--> removed', '<!-- wp:paragraph --><p>मंडी खुली।</p><!-- /wp:paragraph --><!--more-->', 'मंडी खुली।\n'],
  [
    'headings and lists beside loose text',
    'शुरुआत<h2>मांगें</h2><ul><li>पानी</li><li>बिजली</li></ul>अंत',
    'शुरुआत\n\n## मांगें\n\n- पानी\n- बिजली\n\nअंत\n',
  ],
  ['a link into the old site becomes a path', '<a href="https://marudhar.example/2025/02/mela/">मेला</a>', '[मेला](/2025/02/mela/)\n'],
  [
    '[caption] becomes a picture with its caption',
    '[caption id="attachment_9" width="800"]<img src="https://marudhar.example/wp-content/uploads/2025/03/ut.jpg" alt="ऊँट मेला" /> मेले में सजे ऊँट[/caption]',
    '![ऊँट मेला](/images/wordpress/2025/03/ut.jpg "मेले में सजे ऊँट")\n',
  ],
  [
    'a lone <img> becomes a picture',
    '<p><img src="https://marudhar.example/wp-content/uploads/a.jpg" alt="बाज़ार"></p>',
    '![बाज़ार](/images/wordpress/a.jpg)\n',
  ],
  [
    'a YouTube iframe becomes an address line',
    '<iframe src="https://www.youtube.com/embed/ABCDEFGHIJK"></iframe>',
    'https://www.youtube.com/watch?v=ABCDEFGHIJK\n',
  ],
  [
    "an X/Twitter blockquote becomes the post's address; its script is dropped",
    '<blockquote class="twitter-tweet" data-width="500"><p lang="hi" dir="ltr">नहर में पानी आया <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; मरुधर (@marudhar) <a href="https://twitter.com/marudhar/status/1790000000000000001?ref_src=twsrc%5Etfw">May 12, 2024</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
    'https://x.com/marudhar/status/1790000000000000001\n',
  ],
  [
    "an Instagram blockquote becomes the post's address",
    '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cx1AbCdEf/?utm_source=ig_embed"><a href="https://www.instagram.com/p/Cx1AbCdEf/">देखें</a></blockquote>',
    'https://www.instagram.com/p/Cx1AbCdEf/\n',
  ],
  ['a quotation stays a quotation', '<blockquote>सरपंच ने कहा, पानी सबको मिलेगा।</blockquote>', '> सरपंच ने कहा, पानी सबको मिलेगा।\n'],
  [
    "Facebook's video plugin becomes the video's address",
    '<iframe src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fmarudhar%2Fvideos%2F123456789%2F&show_text=0"></iframe>',
    'https://www.facebook.com/marudhar/videos/123456789/\n',
  ],
  [
    'any other iframe becomes a plain link to its address',
    '<iframe title="जालोर का नक्शा" src="https://maps.example/embed?q=jalore (raj)"></iframe>',
    '[जालोर का नक्शा](https://maps.example/embed?q=jalore%20%28raj%29)\n',
  ],
  [
    '[embed] becomes an address line',
    'देखें:\n\n[embed]https://x.com/marudhar/status/123[/embed]',
    'देखें:\n\nhttps://x.com/marudhar/status/123\n',
  ],
  [
    'an oEmbed address on its own line stays alone',
    'वीडियो:\nhttps://youtu.be/ABCDEFGHIJK\nअंत',
    'वीडियो:\n\nhttps://youtu.be/ABCDEFGHIJK\n\nअंत\n',
  ],
];

for (const [name, html, expected] of CASES) {
  body(name, () => assert.is(md(html), expected));
}

body('unknown shortcodes are dropped and named; pictures not copied stay links and are listed', () => {
  const out = convertBody('[contact-form-7 id="1"]\n\n[gallery ids="1,2"]\n\n<img src="https://elsewhere.example/b.jpg" alt="पुल">', local);
  assert.equal(out.unknownShortcodes, ['gallery', 'contact-form-7']);
  assert.equal(out.missingPictures, ['https://elsewhere.example/b.jpg']);
  assert.is(out.markdown, '[पुल](https://elsewhere.example/b.jpg)\n');
});

body('[gallery] becomes its pictures on consecutive lines, captions and alt text from the attachments', () => {
  const attachments: Record<string, { url: string; alt: string; caption: string }> = {
    '7': { url: 'https://marudhar.example/wp-content/uploads/m1.jpg', alt: 'मेले का मैदान', caption: 'सुबह का मेला' },
    '8': { url: 'https://marudhar.example/wp-content/uploads/m2.jpg', alt: '', caption: 'ऊँटों की दौड़' },
  };
  const out = convertBody('[gallery ids="7, 8, 99"]', local, '', (id) => attachments[id]);
  assert.is(out.markdown, '![मेले का मैदान](/images/wordpress/m1.jpg "सुबह का मेला")\n![ऊँटों की दौड़](/images/wordpress/m2.jpg "ऊँटों की दौड़")\n');
  assert.equal(out.unknownShortcodes, []);
});

body('a picture with neither alt text nor caption gets the placeholder, counted', () => {
  const out = convertBody('<img src="https://marudhar.example/wp-content/uploads/x.jpg">', local);
  assert.is(out.markdown, `![${PLACEHOLDER_ALT}](/images/wordpress/x.jpg)\n`);
  assert.is(out.withoutAlt, 1);
  assert.is(convertBody('<img src="https://marudhar.example/wp-content/uploads/x.jpg" alt="कुआँ">', local).withoutAlt, 0);
});

body.run();
