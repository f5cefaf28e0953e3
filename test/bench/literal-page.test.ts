import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Html, html, literalArticlePage } from '../../scripts/bench/literal-page.ts';
import type { Article } from '../../scripts/catalog/types.ts';

const tag = suite('html');
tag('values are escaped, Html and arrays of it are not, missing values are empty', () => {
  const title = 'जालोर <b>"बारिश"</b> & \'ओले\'';
  const out = html`<h1 title="${title}">${title}</h1>${[html`<i>${'a<b'}</i>`, 'x>y']}${undefined}${new Html('<hr>')}`;
  assert.is(
    out.text,
    '<h1 title="जालोर &#60;b&#62;&#34;बारिश&#34;&#60;/b&#62; &#38; &#39;ओले&#39;">जालोर &#60;b&#62;&#34;बारिश&#34;&#60;/b&#62; &#38; &#39;ओले&#39;</h1><i>a&#60;b</i>x&#62;y<hr>',
  );
});

const page = suite('literalArticlePage');
const story = {
  title: 'बाड़मेर में <टांका> बना',
  url: '/2026/11/tanka/',
  summary: 'गाँव में नया टांका।',
  date: '2026-11-05',
  category: { slug: 'pani-bijli', name: 'पानी-बिजली' },
  district: { slug: 'barmer', name: 'बाड़मेर' },
  byline: [{ before: '', name: 'दीपक बिश्नोई', url: '/lekhak/deepak-bishnoi/' }],
} as unknown as Article;
page('the story, escaped, with the given body, chrome and related stories', () => {
  const out = literalArticlePage(story, {
    siteTitle: 'मरुधर समाचार',
    siteUrl: 'https://marudhar.example',
    header: new Html('<header>H</header>'),
    footer: new Html('<footer>F</footer>'),
    body: new Html('<p>पाठ</p>'),
    related: [story],
  });
  assert.ok(out.includes('<h1>बाड़मेर में &#60;टांका&#62; बना</h1>'));
  assert.ok(out.includes('<div class="story-body"><p>पाठ</p></div>'));
  assert.ok(out.includes('<a href="/lekhak/deepak-bishnoi/" rel="author">दीपक बिश्नोई</a>'));
  assert.ok(out.includes('<link rel="canonical" href="https://marudhar.example/2026/11/tanka/">'));
  assert.ok(out.includes('<li class="related-item"><a href="/2026/11/tanka/">'));
  assert.ok(out.startsWith('<!doctype html>') && out.includes('<header>H</header>') && out.endsWith('<footer>F</footer></body></html>'));
});

tag.run();
page.run();
