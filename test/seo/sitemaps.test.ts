import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ListingPage } from '../../scripts/catalog/group.ts';
import {
  chunk,
  newsArticles,
  renderNewsSitemap,
  renderRobots,
  renderSitemapIndex,
  renderUrlset,
  sitemapEntries,
  SITEMAP_LIMIT,
} from '../../scripts/seo/sitemaps.ts';
import { article, articles, SITE } from './helpers/article.ts';

const listing = (url: string, items: ListingPage['items']) => ({ url, items }) as ListingPage;

const entries = suite('sitemapEntries');
entries('home first, other pages sorted, listings, then articles newest first; drafts left out', () => {
  const list = articles(3, (n) => ({ draft: n === 2 }));
  const e = sitemapEntries(list, [listing('/rajniti/', list), listing('/khel/', [])], ['/lekhak/', '/', '/archive/']);
  assert.equal(
    e.map((x) => x.path),
    ['/', '/archive/', '/lekhak/', '/rajniti/', '/khel/', '/2026/11/a-3/', '/2026/11/a-1/'],
  );
  assert.is(e[0]!.lastmod, list[0]!.date);
  assert.is(e[3]!.lastmod, list[0]!.date, 'a listing changes when its newest item does');
  assert.is(e[4]!.lastmod, undefined);
});
entries('an article lastmod is its correction time', () => {
  const e = sitemapEntries([article(1, { updated: '2026-12-01T10:00:00.000+05:30' })], [], []);
  assert.is(e[0]!.lastmod, '2026-12-01T10:00:00.000+05:30');
});
entries.run();

const split = suite('chunk (sitemap files of at most 50,000 URLs)');
for (const [count, limit, sizes] of [
  [0, 3, [0]],
  [3, 3, [3]],
  [7, 3, [3, 3, 1]],
  [100_001, SITEMAP_LIMIT, [50_000, 50_000, 1]],
] as const) {
  split(`${count} URLs, limit ${limit}`, () =>
    assert.equal(
      chunk(
        Array.from({ length: count }, (_, i) => i),
        limit,
      ).map((c) => c.length),
      [...sizes],
    ),
  );
}
split.run();

const render = suite('sitemap XML');
render('urlset: absolute escaped locations, lastmod in +05:30', () => {
  const xml = renderUrlset([{ path: '/a/?x=1&y=2' }, { path: '/b/', lastmod: '2026-11-20T00:00:00.000+05:30' }], SITE);
  assert.match(xml, '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  assert.match(xml, '<url><loc>https://news.example/a/?x=1&amp;y=2</loc></url>');
  assert.match(xml, '<url><loc>https://news.example/b/</loc><lastmod>2026-11-20T00:00:00+05:30</lastmod></url>');
});
render('index lists each file', () => {
  const xml = renderSitemapIndex(
    [{ path: '/sitemaps/pages-1.xml', lastmod: '2026-11-20T00:00:00+05:30' }, { path: '/sitemaps/news.xml' }],
    SITE,
  );
  assert.match(xml, '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  assert.match(xml, '<sitemap><loc>https://news.example/sitemaps/pages-1.xml</loc><lastmod>2026-11-20T00:00:00+05:30</lastmod></sitemap>');
  assert.match(xml, '<sitemap><loc>https://news.example/sitemaps/news.xml</loc></sitemap>');
});
render('robots.txt names both sitemaps and keeps the CMS out', () => {
  assert.is(
    renderRobots(SITE),
    'User-agent: *\nDisallow: /admin/\n\nSitemap: https://news.example/sitemap.xml\nSitemap: https://news.example/sitemaps/news.xml\n',
  );
});
render('robots.txt of a site in a folder keeps its CMS out, and names the sitemaps in it', () => {
  const inFolder = renderRobots({ ...SITE, url: `${SITE.url}/repo`, pathPrefix: '/repo/' });
  assert.match(inFolder, 'Disallow: /repo/admin/\n');
  assert.match(inFolder, `Sitemap: ${SITE.url}/repo/sitemap.xml\n`);
});
render.run();

const news = suite('news sitemap: the 48 hours before the build');
const now = Date.parse('2026-11-22T12:00:00+05:30');
const list = articles(72); // one an hour from 2026-11-20 01:00 to 2026-11-23 00:00 IST
for (const [label, n, inside] of [
  ['47 h before now', 13, true],
  ['exactly 48 h before', 12, true],
  ['49 h before', 11, false],
  ['at now', 60, true],
  ['an hour after now (future)', 61, false],
] as const) {
  news(`${label}: ${inside ? 'in' : 'out'}`, () =>
    assert.is(
      newsArticles(list, now).some((a) => a.title === `ख़बर ${n}`),
      inside,
    ),
  );
}
news('Google News fields, escaped', () => {
  const xml = renderNewsSitemap([article(1, { title: 'A & <B>' })], SITE);
  assert.match(xml, 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  assert.match(xml, '<news:publication><news:name>परीक्षण &lt;समाचार&gt;</news:name><news:language>hi</news:language></news:publication>');
  assert.match(xml, '<news:publication_date>2026-11-20T01:00:00+05:30</news:publication_date><news:title>A &amp; &lt;B&gt;</news:title>');
});
news('drafts stay out', () => assert.is(newsArticles([article(50, { draft: true })], now).length, 0));
news.run();
