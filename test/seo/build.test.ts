import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { buildSite, type BuildResult } from '../../scripts/build/pipeline.ts';
import { ContentErrors } from '../../scripts/content/errors.ts';
import { checkLinks, listSiteFiles } from '../../scripts/seo/links.ts';
import { NEWS_WINDOW_MS } from '../../scripts/seo/sitemaps.ts';
import { copyArchive, NOW, tempDir } from '../helpers/archive.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const sample = suite('SEO of the sample archive, built with buildSite');
const out = join(tempDir(), '_site');
let built: BuildResult;
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const page = (url: string) => read(url.endsWith('.html') ? url : `${url}index.html`);
const attr = (html: string, re: RegExp) => html.match(re)?.[1];

sample.before(async () => {
  built = await buildSite({ contentDir: join(ROOT, 'content'), includeDrafts: false, includeFuture: false, now: NOW }, out);
});

sample('stage times are reported under their own keys', () => {
  for (const k of ['images', 'feeds', 'sitemaps']) assert.type(built.seconds[k], 'number', k);
});

sample('every indexable page: one canonical to itself, description, Open Graph and Twitter card', () => {
  const { url } = built.model.site;
  const pages = listSiteFiles(out)
    .filter((f) => f.endsWith('.html') && !f.startsWith('/admin/'))
    .filter((f) => !read(f).includes('http-equiv="refresh"') && f !== '/404.html');
  assert.ok(pages.length > 50);
  for (const f of pages) {
    const html = read(f);
    const path = f.replace(/index\.html$/, '');
    assert.is(html.split('rel="canonical"').length - 1, 1, f);
    assert.is(attr(html, /<link rel="canonical" href="([^"]+)">/), url + path, f);
    assert.ok(attr(html, /<meta name="description" content="([^"]+)">/), `${f}: description`);
    assert.is(attr(html, /<meta property="og:url" content="([^"]+)">/), url + path, f);
    for (const tag of ['og:title', 'og:description', 'og:image', 'og:type', 'og:site_name'])
      assert.match(html, `<meta property="${tag}" content="`, `${f}: ${tag}`);
    assert.match(html, '<meta name="twitter:card" content="summary_large_image">', f);
    assert.match(html, '<link rel="alternate" type="application/atom+xml" title="मरुधर समाचार" href="/feed.xml">', f);
  }
});

sample('the 404 page asks not to be indexed and names no canonical', () => {
  const html = page('/404.html');
  assert.match(html, '<meta name="robots" content="noindex">');
  assert.not.match(html, 'rel="canonical"');
});

sample('an article with a picture: responsive <picture>, picture as social card, JSON-LD that agrees', () => {
  const a = built.model.catalog.articles.find((x) => x.image)!;
  const html = page(a.url);
  assert.match(html, /<figure class="lead-image"><picture><source type="image\/avif" srcset="[^"]+480w[^"]+800w[^"]+1200w"/);
  assert.match(html, /<img src="\/img\/[^"]+-800\.jpeg"[^>]+width="1200" height="675" alt="[^"]+" loading="eager" fetchpriority="high"/);
  const og = attr(html, /<meta property="og:image" content="([^"]+)">/)!;
  assert.match(og, /^https:\/\/marudhar-samachar\.example\/img\/[\w-]+-1200\.jpeg$/);
  assert.ok(existsSync(join(out, new URL(og).pathname)));
  const ld = JSON.parse(attr(html, /<script type="application\/ld\+json">(.*?)<\/script>/)!);
  const news = ld['@graph'][0];
  assert.is(news['@type'], 'NewsArticle');
  assert.is(news.image[0].url, og);
  assert.is(news.headline, a.title);
  assert.match(news.datePublished, /\+05:30$/);
  assert.is(news.contentLocation.name, a.district.name);
  assert.is(news.publisher.logo.url, 'https://marudhar-samachar.example/assets/logo.png');
  assert.is(ld['@graph'][1]['@type'], 'BreadcrumbList');
  assert.ok(existsSync(join(out, 'assets/logo.png')));
});

sample('an article without a picture falls back to the site social card; share links need no script', () => {
  const a = built.model.catalog.articles.find((x) => !x.image)!;
  const html = page(a.url);
  assert.match(html, '<meta property="og:image" content="https://marudhar-samachar.example/assets/social-card.png">');
  assert.match(html, '<meta property="og:image:width" content="1200">');
  assert.ok(existsSync(join(out, 'assets/social-card.png')));
  for (const host of ['https://wa.me/?text=', 'https://www.facebook.com/sharer/sharer.php?u=', 'https://x.com/intent/post?text='])
    assert.match(html, `href="${host}`);
  assert.match(html, `<a class="share-copy" href="https://marudhar-samachar.example${a.url}" data-copy-link="share-status">`);
  assert.not.match(html, /<script src="https?:/);
});

sample('feeds: the site and each category, 50 newest at most, linked from their pages', () => {
  const feed = read('/feed.xml');
  const entries = feed.split('<entry>').length - 1;
  assert.is(entries, Math.min(50, built.model.catalog.articles.length));
  assert.match(feed, `<title>${built.model.catalog.articles[0]!.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</title>`);
  for (const c of built.model.catalog.categories) {
    const xml = read(`/${c.slug}/feed.xml`);
    assert.ok(xml.split('<entry>').length - 1 <= 50);
    assert.match(page(`/${c.slug}/`), `href="/${c.slug}/feed.xml"`);
  }
  assert.match(feed, /<published>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:30<\/published>/);
});

sample('sitemaps list every article once; the news sitemap holds the 48 hours before the build', () => {
  assert.match(read('/sitemap.xml'), '<loc>https://marudhar-samachar.example/sitemaps/pages-1.xml</loc>');
  const pages = read('/sitemaps/pages-1.xml');
  for (const a of built.model.catalog.articles)
    assert.is(pages.split(`<loc>https://marudhar-samachar.example${a.url}</loc>`).length - 1, 1, a.url);
  assert.match(pages, '<loc>https://marudhar-samachar.example/</loc>');
  assert.not.match(pages, '404');
  const news = read('/sitemaps/news.xml');
  const recent = built.model.catalog.articles.filter((a) => a.timestamp >= NOW - NEWS_WINDOW_MS && a.timestamp <= NOW);
  assert.is(news.split('<url>').length - 1, recent.length);
  assert.match(read('/robots.txt'), 'Sitemap: https://marudhar-samachar.example/sitemap.xml');
});

sample('no broken internal link anywhere', () => {
  const broken = checkLinks(out, built.model.site.url).broken;
  assert.equal(broken.slice(0, 5), []);
});
sample.run();

const hostile = suite('a hostile title and a missing picture (fixture archive)');
const ARTICLE = (extra: string) =>
  `---\ntitle: "बैठक </script><script>alert(1)</script> & हंगामा"\ndate: 2026-11-24 09:00\ncategory: rajniti\nauthor: ravi-joshi\ndistrict: barmer\n${extra}---\nपाठ।\n`;

hostile('</script> in a title cannot break out of the JSON-LD; the picture becomes the card', async () => {
  const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#a3261b' } })
    .png()
    .toBuffer();
  const dir = copyArchive({
    'articles/2026/11/hungama.md': ARTICLE('image: /images/baithak.png\nimage_alt: "सभा कक्ष"\n'),
    'images/baithak.png': png,
  });
  const site = join(tempDir(), '_site');
  const r = await buildSite({ contentDir: dir, includeDrafts: false, includeFuture: false, now: NOW }, site);
  const a = r.model.catalog.articles.find((x) => x.id.endsWith('hungama.md'))!;
  const html = readFileSync(join(site, a.url, 'index.html'), 'utf8');
  const script = attr(html, /<script type="application\/ld\+json">(.*?)<\/script>/s)!;
  assert.not.match(script, '<');
  assert.is(JSON.parse(script)['@graph'][0].headline, 'बैठक </script><script>alert(1)</script> & हंगामा');
  assert.not.match(html, '<script>alert(1)</script>');
  assert.match(html, /<meta property="og:image" content="https:\/\/test\.example\/img\/[\w-]+-800\.jpeg">/);
  assert.match(html, 'width="800" height="533"', 'eleventy-img makes no 900 rendition, 800 is the widest');
  assert.match(
    readFileSync(join(site, 'feed.xml'), 'utf8'),
    '<title>बैठक &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; हंगामा</title>',
  );
});

hostile('a picture path that leads nowhere stops the build with the article path and a hint', async () => {
  const dir = copyArchive({ 'articles/2026/11/hungama.md': ARTICLE('image: /images/nahin-hai.jpg\nimage_alt: "कुछ"\n') });
  const site = join(tempDir(), '_site');
  try {
    await buildSite({ contentDir: dir, includeDrafts: false, includeFuture: false, now: NOW }, site);
    assert.unreachable('the build should fail');
  } catch (e) {
    assert.instance(e, ContentErrors);
    assert.match(
      (e as Error).message,
      /hungama\.md:\d+: तस्वीर \/images\/nahin-hai\.jpg: नहीं मिली — तस्वीर content\/images\/nahin-hai\.jpg पर रखें/,
    );
  }
  assert.not.ok(existsSync(site));
});
hostile.run();
