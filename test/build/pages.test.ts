import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { copyArchive, FIXTURES, NOW, tempDir } from '../helpers/archive.ts';

/** Issue 19: static pages at /<slug>/, linked from every page's footer, in the sitemap; root/ files at the site root. */
const SITE = JSON.parse(readFileSync(join(FIXTURES, 'archive/_data/site.json'), 'utf8')) as Record<string, unknown>;
const ADS = 'google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0\n';
const GOOGLE = 'google0123456789abcdef.html';
const out = join(tempDir(), '_site');
const read = (path: string) => readFileSync(join(out, path), 'utf8');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !join(e.parentPath, e.name).includes('/admin/'))
    .map((e) => join(e.parentPath, e.name));
}

const site = suite('buildSite: static pages and root files');
site.before(async () => {
  const content = copyArchive({
    '_data/site.json': JSON.stringify({ ...SITE, footer: { pages: ['hamare-bare-men', 'sampark'] } }),
    'pages/hamare-bare-men.md':
      '---\ntitle: हमारे बारे में\nsummary: परीक्षण समाचार कौन चलाता है\nupdated: 2026-11-01\n---\nहम ज़िले की ख़बरें छापते हैं।\n',
    'pages/sampark.md': '---\ntitle: संपर्क\n---\nहमें **चिट्ठी** लिखें।\n',
    'pages/chhupa.md': '---\ntitle: फ़ुटर में नहीं\n---\nयह पन्ना फ़ुटर में नहीं है।\n',
    'root/ads.txt': ADS,
    [`root/${GOOGLE}`]: `google-site-verification: ${GOOGLE}\n`,
  });
  await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: NOW }, out);
});

site('each page is at /<slug>/ with the site layout, its title, text and description', () => {
  const html = read('hamare-bare-men/index.html');
  assert.match(html, '<h1>हमारे बारे में</h1>');
  assert.match(html, '<title>हमारे बारे में | परीक्षण समाचार</title>');
  assert.match(html, '<meta name="description" content="परीक्षण समाचार कौन चलाता है">');
  assert.match(html, '<link rel="canonical" href="https://test.example/hamare-bare-men/">');
  assert.match(html, 'हम ज़िले की ख़बरें छापते हैं।');
  assert.match(read('sampark/index.html'), '<strong>चिट्ठी</strong>');
  assert.match(read('chhupa/index.html'), '<h1>फ़ुटर में नहीं</h1>');
});

site("every page's footer links the pages footer.pages names, in its order, and no other", () => {
  const files = htmlFiles(out);
  assert.ok(files.length > 20, `only ${files.length} pages`);
  for (const f of files) {
    const html = readFileSync(f, 'utf8');
    // Redirect stubs of aliases and the verification file have no layout.
    if (html.includes('http-equiv="refresh"') || f.endsWith(GOOGLE)) continue;
    // On its own page a link carries aria-current="page".
    const cur = '(?: aria-current="page")?';
    assert.match(
      html,
      new RegExp(`<footer[\\s\\S]*<a href="/hamare-bare-men/"${cur}>हमारे बारे में</a></li><li><a href="/sampark/"${cur}>संपर्क</a>`),
      f,
    );
    assert.not.match(html, 'href="/chhupa/"', f);
  }
});

site('the sitemap lists every page, with lastmod from updated:', () => {
  const xml = read('sitemaps/pages-1.xml');
  assert.match(xml, '<url><loc>https://test.example/hamare-bare-men/</loc><lastmod>2026-11-01T00:00:00+05:30</lastmod></url>');
  assert.match(xml, '<url><loc>https://test.example/sampark/</loc></url>');
  assert.match(xml, '<url><loc>https://test.example/chhupa/</loc></url>');
  assert.is(xml.split('/sampark/').length, 2, 'listed once');
});

site('pages are in no listing, feed or search index', () => {
  for (const f of ['index.html', 'feed.xml', 'archive/index.html']) assert.not.match(read(f), 'हमारे बारे में</a></h', f);
  assert.not.match(read('feed.xml'), '/sampark/');
});

site('root/ files are at the site root, byte for byte', () => {
  assert.is(read('ads.txt'), ADS);
  assert.is(read(GOOGLE), `google-site-verification: ${GOOGLE}\n`);
  assert.match(read('robots.txt'), 'Sitemap: https://test.example/sitemap.xml');
});

site.run();
