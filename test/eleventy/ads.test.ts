import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { insertAfterParagraph, readRawAd } from '../../scripts/eleventy/ads.ts';
import { renderMarkdown } from '../../scripts/content/markdown.ts';
import { tempDir } from '../helpers/archive.ts';

const AD = '<aside>AD</aside>';
const insert = suite('insertAfterParagraph');
// [case, Markdown, n, the HTML with the ad]
const CASES: Array<[string, string, number, string]> = [
  ['after the second paragraph', 'एक\n\nदो\n\nतीन', 2, `<p>एक</p>\n<p>दो</p>\n${AD}\n<p>तीन</p>\n`],
  ['paragraphs in a quote or a list do not count', '> उद्धरण\n>\n> दूसरा\n\nएक\n\n- सूची\n\n  पैरा\n\nदो', 1, `<p>एक</p>\n${AD}`],
  ['at the end of a shorter story', 'एक', 3, `<p>एक</p>\n\n${AD}`],
  ['text that looks like a tag is escaped, so it never counts', 'एक &lt;/p&gt; </p>\n\nदो', 1, `</p>\n${AD}\n<p>दो</p>`],
];
for (const [name, md, n, expected] of CASES) insert(name, () => assert.match(insertAfterParagraph(renderMarkdown(md), n, AD), expected));
insert.run();

const raw = suite('readRawAd');
const dir = tempDir('samachar-ads-');
const file = (name: string, html: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.html`), html);
};
raw('reads code with an external script', () => {
  file('ok', '<script async src="https://ads.example.net/ad.js"></script>\n<div class="ad-unit" data-zone="7"></div>\n');
  assert.is(readRawAd('ok', dir), '<script async src="https://ads.example.net/ad.js"></script>\n<div class="ad-unit" data-zone="7"></div>');
});
// [case, code, part of the message]
const REFUSED: Array<[string, string, string]> = [
  ['inline script', '<script>window.ads = 1</script>', 'inline <script>'],
  ['event attribute', '<img src="https://ads.example.net/p.gif" onload="x()">', 'on…='],
  ['style attribute', '<div style="height:250px"></div>', 'style attribute'],
];
for (const [name, code, message] of REFUSED)
  raw(`refuses ${name}, naming the file`, () => {
    file('bad', code);
    assert.throws(
      () => readRawAd('bad', dir),
      (e: Error) => e.message.includes(join(dir, 'bad.html')) && e.message.includes(message),
    );
  });
raw('refuses a name that is a path', () => assert.throws(() => readRawAd('../secret', dir), /not a file name/));
raw.run();
