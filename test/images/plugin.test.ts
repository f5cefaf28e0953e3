import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lstatSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { copyAssets, imagesPlugin } from '../../scripts/images/plugin.ts';
import { bodyPictureRenderer } from '../../scripts/eleventy/body-pictures.ts';
import type { SiteModel } from '../../scripts/eleventy/model.ts';
import { CARD_SIZES, GALLERY_SIZES, LEAD_SIZES } from '../../scripts/images/picture.ts';
import { renderMarkdown } from '../../scripts/content/markdown.ts';
import { ContentErrors } from '../../scripts/content/errors.ts';
import { tempDir } from '../helpers/archive.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const copy = suite('copyAssets: only inert files of the allowed types, never a link');
copy('the allow-list is copied; HTML, SVG, CSS, scripts, dot files and links are not', () => {
  const content = tempDir();
  const secret = join(tempDir(), 'passwd');
  writeFileSync(secret, 'root:x:0:0');
  const files: Record<string, string> = {
    'logo.png': 'png',
    'social-card.jpg': 'jpg',
    'fonts/x.woff2': 'font',
    'notices/suchna.pdf': 'pdf',
    'ads.txt': 'txt',
    'favicon.ico': 'ico',
    'evil.svg': '<svg><script>1</script></svg>',
    'page.html': '<script>1</script>',
    'style.css': 'x',
    'app.js': 'x',
    '.htaccess': 'x',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(content, 'assets', name, '..'), { recursive: true });
    writeFileSync(join(content, 'assets', name), text);
  }
  symlinkSync(secret, join(content, 'assets/passwd.txt'));
  symlinkSync(join(secret, '..'), join(content, 'assets/bahar'));
  const out = tempDir();
  assert.is(copyAssets(content, out), 6);
  const copied = filesUnder(join(out, 'assets'));
  assert.equal(copied, ['ads.txt', 'favicon.ico', 'fonts/x.woff2', 'logo.png', 'notices/suchna.pdf', 'social-card.jpg']);
  for (const f of copied) assert.ok(lstatSync(join(out, 'assets', f)).isFile(), f);
});
copy('no assets folder, nothing copied', () => assert.is(copyAssets(tempDir(), tempDir()), 0));
copy.run();

/** The plugin on a stand-in config: its filters, its `eleventy.before` handler, and what it provided. */
function runPlugin(contentDir: string, articles: Array<{ sourcePath: string; body: string; image?: { src: string; alt: string } }>) {
  const config = {
    filters: {} as Record<string, (...a: never[]) => unknown>,
    before: undefined as unknown,
    addFilter(name: string, fn: (...a: never[]) => unknown) {
      this.filters[name] = fn;
    },
    on(_e: string, fn: unknown) {
      this.before = fn;
    },
  };
  const model = {
    input: { contentDir },
    site: { url: 'https://example.org', title: 'स', defaultImage: '/assets/none.png', images: { maxPixels: 50_000_000 } },
    catalog: { articles },
  } as unknown as SiteModel;
  imagesPlugin(config, () => model);
  const out = tempDir();
  const before = () => (config.before as (a: { directories: { output: string } }) => Promise<void>)({ directories: { output: out } });
  return { config, out, before };
}

const body = suite('imagesPlugin: body pictures processed and published');
body('each distinct picture is processed once; the body and the lead draw from the same set', async () => {
  const content = tempDir();
  mkdirSync(join(content, 'images/2026/11'), { recursive: true });
  const jpeg = (color: string) =>
    sharp({ create: { width: 900, height: 600, channels: 3, background: color } })
      .jpeg()
      .toBuffer();
  writeFileSync(join(content, 'images/2026/11/mela.jpg'), await jpeg('#c84'));
  writeFileSync(join(content, 'images/2026/11/ऊँट.jpg'), await jpeg('#48c'));
  const text = '![मेला](/images/2026/11/mela.jpg "मेले में भीड़ | फ़ोटो: र")\n![ऊँट](/images/2026/11/ऊँट.jpg)';
  const { config, out, before } = runPlugin(content, [
    { sourcePath: 'a.md', body: text, image: { src: '/images/2026/11/mela.jpg', alt: 'मेला' } },
    { sourcePath: 'b.md', body: 'पाठ।\n\n![मेला](/images/2026/11/mela.jpg)' },
  ]);
  await before();
  const files = filesUnder(join(out, 'img'));
  // Two pictures, each at 480 and 800 wide (the source is 900) in three formats: twelve files, two hashes.
  assert.is(files.length, 12, files.join(' '));
  assert.is(new Set(files.map((f) => f.replace(/-\d+\.\w+$/, ''))).size, 2);
  const html = renderMarkdown(text, bodyPictureRenderer(config));
  assert.is(html.match(/<picture>/g)?.length, 2);
  assert.match(html, `sizes="${GALLERY_SIZES}"`);
  assert.match(html, 'width="800" height="533"');
  assert.match(html, 'loading="lazy" decoding="async"');
  for (const url of html.match(/\/img\/[^ "]+/g)!) assert.ok(files.includes(url.slice(5)), url);
  const lead = (config.filters.picture as (i: unknown, e: boolean) => string)({ src: '/images/2026/11/mela.jpg', alt: 'मेला' }, true);
  assert.is(lead.match(/\/img\/[^-]+/)![0], html.match(/\/img\/[^-]+/)![0]);
});
body("cardPicture: a card's thumbnail lazy, the lead card's at once, nothing for a story without a picture (#20)", async () => {
  const content = tempDir();
  mkdirSync(join(content, 'images'), { recursive: true });
  writeFileSync(
    join(content, 'images/khet.jpg'),
    await sharp({ create: { width: 900, height: 600, channels: 3, background: '#6a3' } })
      .jpeg()
      .toBuffer(),
  );
  const image = { src: '/images/khet.jpg', alt: 'खेत' };
  const { config, before } = runPlugin(content, [{ sourcePath: 'a.md', body: '', image }]);
  await before();
  const card = config.filters.cardPicture as (i: unknown, lead?: boolean) => string;
  const thumb = card(image);
  assert.match(thumb, '<picture class="card-pic">');
  assert.match(thumb, `sizes="${CARD_SIZES}"`);
  assert.match(thumb, 'width="800" height="533" alt="खेत" loading="lazy"');
  const lead = card(image, true);
  assert.match(lead, `sizes="${LEAD_SIZES}"`);
  assert.match(lead, 'loading="eager" fetchpriority="high"');
  assert.is(card(undefined), '');
  assert.is(card({ src: '/images/nahin.jpg', alt: 'न' }), '');
});
body('a missing body picture stops the build, naming the article', async () => {
  const { before } = runPlugin(tempDir(), [{ sourcePath: join(process.cwd(), 'lekh.md'), body: '![क](/images/nahin.jpg)' }]);
  try {
    await before();
    assert.unreachable('no error');
  } catch (e) {
    assert.instance(e, ContentErrors);
    const error = (e as ContentErrors).errors[0]!;
    assert.match(error.format({ lang: 'en' }), 'lekh.md: the picture /images/nahin.jpg was not found');
    assert.match(error.format({ lang: 'hi' }), 'lekh.md: तस्वीर /images/nahin.jpg: नहीं मिली — तस्वीर content/images/nahin.jpg पर रखें');
  }
});
body.run();
