import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { FIXTURES, NOW, tempDir } from '../helpers/archive.ts';

const site = suite('buildSite: the fixture archive');
const out = join(tempDir(), '_site');
const page = (url: string) => readFileSync(join(out, url, url.endsWith('.html') ? '' : 'index.html'), 'utf8');

site.before(async () => {
  await buildSite({ contentDir: join(FIXTURES, 'archive'), includeDrafts: false, includeFuture: false, now: NOW }, out);
});

site('the article page has the title, breadcrumbs, Hindi date with <time datetime> and author link', () => {
  const html = page('/2026/11/panchayat-samiti-ki-baithak-men-sarak-par-bahas/');
  assert.match(html, '<html lang="hi">');
  assert.match(html, '<h1>पंचायत समिति की बैठक में सड़क पर बहस</h1>');
  assert.match(html, /<nav class="breadcrumbs"[\s\S]*href="\/">होम<\/a>[\s\S]*href="\/rajniti\/">राजनीति<\/a>/);
  assert.match(html, '<time datetime="2026-11-11T00:00:00.000+05:30">11 नवंबर 2026</time>');
  assert.match(html, 'href="/lekhak/asha-meena/"');
  assert.match(html, 'संबंधित ख़बरें');
});

site('titles and bodies are escaped; raw HTML in Markdown is not passed through', () => {
  const html = page('/2026/11/jire-ke-bhav-unche-isabgol-sthir/');
  assert.match(html, '<h1>&quot;जीरे&quot; के भाव &lt;ऊँचे&gt; &amp; इसबगोल स्थिर</h1>');
  assert.not.match(html, '<script>alert(1)</script>');
  assert.match(html, '&lt;script&gt;alert(1)&lt;/script&gt;');
  assert.not.match(html, '<b>ज़रूरी</b>');
});

site('a correction shows the updated line with its time in India', () => {
  const html = page('/2026/11/jire-ke-bhav-unche-isabgol-sthir/');
  assert.match(html, 'अपडेट किया गया: <time datetime="2026-11-23T18:00:00.000+05:30">23 नवंबर 2026, 18:00</time>');
});

site('drafts and future articles are left out of the production build', () => {
  const all = ['/khel/', '/', '/2026/11/'].map(page).join('');
  assert.not.match(all, 'ड्राफ़्ट वाली खेल ख़बर');
  assert.not.match(all, 'भविष्य की खेल ख़बर');
  assert.not.ok(existsSync(join(out, '2099')));
});

site('listings are paginated with stable URLs, numbered from the oldest; old page URLs redirect', () => {
  // 8 stories of November in pages of 5: the newest 3 on the first page, the oldest 5 on p/1/.
  const first = page('/2026/11/');
  const oldest = page('/2026/11/p/1/');
  assert.match(first, 'rel="next" href="/2026/11/p/1/"');
  assert.match(oldest, 'rel="prev" href="/2026/11/"');
  assert.is((first.match(/class="card"/g) ?? []).length, 3);
  assert.is((oldest.match(/class="card"/g) ?? []).length, 5);
  // Before #23 the second page was /2026/11/page/2/ (stories 6 to 8, now on p/1/).
  assert.match(page('/2026/11/page/2/'), 'url=/2026/11/p/1/');
  assert.match(readFileSync(join(out, '_redirects'), 'utf8'), '/2026/11/page/2/ /2026/11/p/1/ 302');
  // 7 politics stories fit on one page (up to 5 + 3 - 1).
  assert.is((page('/rajniti/').match(/class="card"/g) ?? []).length, 7);
  assert.match(page('/rajniti/page/2/'), 'url=/rajniti/');
});

site('district, author, year, month, archive, index and 404 pages exist', () => {
  for (const url of [
    '/jila/jalore/',
    '/jila/barmer/',
    '/lekhak/ravi-joshi/',
    '/2026/',
    '/2026/11/',
    '/2025/03/',
    '/archive/',
    '/jila/',
    '/lekhak/',
    '/',
  ]) {
    assert.ok(existsSync(join(out, url, 'index.html')), url);
  }
  assert.ok(existsSync(join(out, '404.html')));
  assert.match(page('/jila/barmer/'), 'ज़िला: बाड़मेर');
  assert.match(page('/2026/11/'), 'नवंबर 2026');
});

site('tags link to topic pages; a tag named like a category links there; rare tags stay text', () => {
  const html = page('/2026/11/panchayat-samiti-ki-baithak-men-sarak-par-bahas/');
  assert.match(html, '<a class="tag" href="/vishay/sarak/" rel="tag">सड़क</a>');
  assert.match(html, '<a class="tag" href="/rajniti/" rel="tag">राजनीति</a>');
  assert.match(html, '<span class="tag">पंचायत समिति</span>');
  assert.not.ok(existsSync(join(out, 'vishay/rajniti')));
  const topic = page('/vishay/sarak/');
  assert.match(topic, '<h1>विषय: सड़क</h1>');
  assert.is((topic.match(/class="card"/g) ?? []).length, 3);
  assert.match(topic, /<nav class="breadcrumbs"[\s\S]*href="\/vishay\/">विषय<\/a>/);
  assert.match(page('/vishay/'), '<a href="/vishay/sarak/">सड़क</a> <span class="meta">(3)</span>');
  assert.match(readFileSync(join(out, 'sitemaps/pages-1.xml'), 'utf8'), '/vishay/sarak/</loc>');
});

site('a given slug wins over the transliterated title', () => {
  assert.ok(existsSync(join(out, '2025/03/kabaddi-jalore-jeeti/index.html')));
});

site('the ad slot follows the site config', () => {
  assert.not.match(page('/2025/03/kabaddi-jalore-jeeti/'), 'class="ad-slot"');
});

site('the stylesheet and fonts are self-hosted and fingerprinted', () => {
  const html = page('/');
  const css = /href="(\/assets\/site\.[0-9a-f]{10}\.css)"/.exec(html);
  assert.ok(css, 'stylesheet link');
  const text = readFileSync(join(out, css![1]!), 'utf8');
  assert.match(text, /font-display:swap/);
  assert.match(
    html,
    /<link rel="preload" href="\/assets\/fonts\/noto-devanagari-400\.[0-9a-f]{10}\.woff2" as="font" type="font\/woff2" crossorigin>/,
  );
  assert.match(text, /local\((NotoSansDevanagari-Regular|'NotoSansDevanagari-Regular'|"NotoSansDevanagari-Regular")\)/);
  const fonts = [...text.matchAll(/url\((\/assets\/fonts\/[^)]+)\)/g)].map((m) => m[1]!);
  assert.is(fonts.length, 4, 'two weights of two subsets');
  for (const f of fonts) assert.ok(existsSync(join(out, f)), f);
});

site.run();
