import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { copyArchive } from '../helpers/archive.ts';

const page = (title: string, extra = '') => `---\ntitle: ${title}\n${extra}---\nपन्ने का पाठ।\n`;
const article = (extra: string) =>
  `---\ntitle: गाँव की ख़बर\ndate: 2026-11-20\ncategory: khel\nauthor: asha-meena\ndistrict: jalore\n${extra}---\nपाठ।\n`;
const errorsOf = (files: Record<string, string>) => loadArticles(copyArchive(files)).errors.map((e) => e.format({ lang: 'en' }));

const urls = suite('checkPageUrls: a page may not take a URL the site uses');
const CASES: Array<[string, Record<string, string>, string]> = [
  ['a category', { 'pages/khel.md': page('खेल') }, 'pages/khel.md:2: this page\'s URL /khel/ is the listing of the category "khel"'],
  [
    'a folder the build fills',
    { 'pages/khoj.md': page('खोज') },
    "this page's URL /khoj/ is a page of the site itself (inside /khoj/, which the build fills)",
  ],
  [
    'the CMS, by slug:',
    { 'pages/cms.md': page('सीएमएस', 'slug: admin\n') },
    "pages/cms.md:3: this page's URL /admin/ is a page of the site itself",
  ],
  [
    'a year archive still to come',
    { 'pages/2031.md': page('साल') },
    "this page's URL /2031/ is a page of the site itself (a year or month archive)",
  ],
  ['the listing pages', { 'pages/page.md': page('पन्ना') }, "this page's URL /page/ is a page of the site itself"],
  ['the sitemaps folder', { 'pages/sitemaps.md': page('साइटमैप') }, "this page's URL /sitemaps/ is a page of the site itself"],
  [
    "an article's alias",
    { 'pages/sampark.md': page('संपर्क'), 'articles/2026/11/a.md': article('aliases: [/sampark/]\n') },
    'articles/2026/11/a.md:7: the alias /sampark/ is the URL of the page',
  ],
  [
    'an alias in another case (one name on macOS and Windows)',
    { 'pages/sampark.md': page('संपर्क'), 'articles/2026/11/a.md': article('aliases: [/Sampark/]\n') },
    'the alias /Sampark/ is the URL of the page',
  ],
  [
    'an alias under a page needs its folder as a file',
    { 'pages/sampark.md': page('संपर्क'), 'articles/2026/11/a.md': article('aliases: [/sampark/index.html/x]\n') },
    'needs a folder /sampark/index.html/ where the site has the file',
  ],
];
for (const [name, files, expected] of CASES) {
  urls(name, () => {
    const errors = errorsOf(files);
    assert.ok(
      errors.some((e) => e.includes(expected)),
      `expected "${expected}" in:\n${errors.join('\n')}`,
    );
  });
}
urls('a page beside everything else is fine, and in the result', () => {
  const loaded = loadArticles(copyArchive({ 'pages/sampark.md': page('संपर्क', 'summary: हमसे बात करें\n') }));
  assert.equal(loaded.errors, []);
  assert.equal(
    loaded.pages.map((p) => [p.url, p.title, p.summary]),
    [['/sampark/', 'संपर्क', 'हमसे बात करें']],
  );
});
urls.run();
