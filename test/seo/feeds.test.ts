import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { FEED_SIZE, feedPath, feedSpecs, renderAtom } from '../../scripts/seo/feeds.ts';
import { article, articles, SITE } from './helpers/article.ts';

const CATS = [
  { slug: 'rajniti', name: 'राजनीति' },
  { slug: 'khel', name: 'खेल' },
  { slug: 'mausam', name: 'मौसम', description: 'मौसम का हाल' },
];

const specs = suite('feedSpecs');
specs('the site feed and one per category, each the 50 newest, newest first', () => {
  const list = articles(130, (n) => ({ category: n % 2 ? CATS[0]! : CATS[1]! }));
  const [site, rajniti, khel, mausam] = feedSpecs(list, CATS, SITE);
  assert.equal(
    [site!.path, rajniti!.path, khel!.path, mausam!.path],
    ['/feed.xml', '/rajniti/feed.xml', '/khel/feed.xml', '/mausam/feed.xml'],
  );
  assert.is(site!.articles.length, FEED_SIZE);
  assert.is(site!.articles[0]!.title, 'ख़बर 130');
  assert.is(rajniti!.articles.length, 50);
  assert.ok(rajniti!.articles.every((a) => a.category.slug === 'rajniti'));
  assert.is(rajniti!.articles[0]!.title, 'ख़बर 129');
  assert.is(mausam!.articles.length, 0, 'an empty category still has its feed');
  assert.is(mausam!.subtitle, 'मौसम का हाल');
});
specs('drafts (preview builds) stay out of feeds', () => {
  const [site] = feedSpecs(
    articles(5, (n) => ({ draft: n === 5 })),
    CATS,
    SITE,
  );
  assert.equal(
    site!.articles.map((a) => a.title),
    ['ख़बर 4', 'ख़बर 3', 'ख़बर 2', 'ख़बर 1'],
  );
});
specs('feedPath', () => {
  assert.is(feedPath(), '/feed.xml');
  assert.is(feedPath('krishi-mandi'), '/krishi-mandi/feed.xml');
});
specs.run();

const atom = suite('renderAtom');
const a = article(2, { title: '"जीरे" के भाव <ऊँचे> & स्थिर', summary: 'भाव ₹२४,५०० <b>', updated: '2026-11-22T09:30:00.000+05:30' });
const xml = renderAtom(
  { path: '/feed.xml', title: SITE.title, subtitle: SITE.description, pageUrl: '/', articles: [a, article(1)] },
  SITE,
  '2000-01-01T00:00:00+05:30',
);
atom('an Atom 1.0 feed in Hindi with self and alternate links', () => {
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="hi">'));
  assert.match(xml, '<title>परीक्षण &lt;समाचार&gt;</title>');
  assert.match(xml, '<link rel="self" type="application/atom+xml" href="https://news.example/feed.xml"/>');
  assert.match(xml, '<link rel="alternate" type="text/html" href="https://news.example/"/>');
  assert.ok(xml.endsWith('</feed>\n'));
});
atom('entries: escaped full title and summary, times in +05:30, author, category', () => {
  assert.match(xml, '<title>&quot;जीरे&quot; के भाव &lt;ऊँचे&gt; &amp; स्थिर</title>');
  assert.match(xml, '<summary type="text">भाव ₹२४,५०० &lt;b&gt;</summary>');
  assert.match(xml, '<published>2026-11-20T02:00:00+05:30</published><updated>2026-11-22T09:30:00+05:30</updated>');
  assert.match(xml, '<author><name>रवि</name><uri>https://news.example/lekhak/ravi/</uri></author>');
  assert.match(xml, '<category term="rajniti" label="राजनीति"/>');
  assert.is(xml.split('<entry>').length - 1, 2);
});
atom('the feed is updated at its newest change, never at build time', () => {
  assert.match(xml, '<id>https://news.example/feed.xml</id>\n<updated>2026-11-22T09:30:00+05:30</updated>');
  const empty = renderAtom(
    { path: '/khel/feed.xml', title: 'खेल', subtitle: '', pageUrl: '/khel/', articles: [] },
    SITE,
    '2026-11-23T00:00:00.000+05:30',
  );
  assert.match(empty, '<updated>2026-11-23T00:00:00+05:30</updated>');
  assert.not.match(empty, '<subtitle>');
});
atom.run();
