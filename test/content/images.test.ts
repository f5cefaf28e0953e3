import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { pictureSize } from '../../scripts/content/images.ts';
import { ContentCache, loadContent } from '../../scripts/content/index.ts';
import { copyArchive, FIXTURES, tempDir } from '../helpers/archive.ts';

const dir = tempDir();
const pic = (name: string) => join(dir, name);
const story = (name: string, frontMatter: string, body = 'मंडी में आज भाव स्थिर रहे।') => ({
  [`articles/2026/11/${name}.md`]: `---\ntitle: मंडी के भाव ${name}\ndate: 2026-11-20\ncategory: khel\nauthor: asha-meena\ndistrict: jalore\n${frontMatter}---\n${body}\n`,
});
const withImage = (name: string, src: string) => story(name, `image: ${src}\nimage_alt: मंडी का दृश्य\n`);

/** A JPEG whose size comes after 300 KB of comment segments, as a camera's metadata can push it. */
async function lateSofJpeg(): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#c84' } })
    .jpeg()
    .toBuffer();
  const comment = Buffer.alloc(65_533 + 2, 0x20);
  comment[0] = 0xff;
  comment[1] = 0xfe;
  comment.writeUInt16BE(65_533, 2);
  return Buffer.concat([jpeg.subarray(0, 2), ...Array(5).fill(comment), jpeg.subarray(2)]);
}

const size = suite('pictureSize: from the header, by the bytes');
size.before(async () => {
  const base = sharp({ create: { width: 300, height: 200, channels: 3, background: '#48c' } });
  for (const f of ['png', 'jpeg', 'webp', 'avif', 'gif'] as const) writeFileSync(pic(`a.${f}`), await base.clone().toFormat(f).toBuffer());
  writeFileSync(pic('late.jpg'), await lateSofJpeg());
  writeFileSync(pic('a.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"></svg>');
  writeFileSync(pic('text.jpg'), 'यह तस्वीर नहीं है');
  writeFileSync(pic('empty.png'), '');
});
for (const f of ['png', 'jpeg', 'webp', 'avif', 'gif'])
  size(`${f}: 300 × 200`, () => assert.equal([pictureSize(pic(`a.${f}`))?.width, pictureSize(pic(`a.${f}`))?.height], [300, 200]));
size('a JPEG whose size comes after 300 KB of metadata', () => assert.equal(pictureSize(pic('late.jpg'))?.width, 640));
size('the bomb of the hostile fixtures declares 100000 × 100000', () =>
  assert.equal(pictureSize(join(FIXTURES, 'hostile/images/2026/11/bam.png')), { width: 100_000, height: 100_000, type: 'png' }),
);
for (const name of ['a.svg', 'text.jpg', 'empty.png'])
  size(`${name} is not a picture the site takes`, () => assert.is(pictureSize(pic(name)), undefined));
size('a symbolic link is not opened', () => {
  symlinkSync(pic('a.png'), pic('link.png'));
  assert.throws(() => pictureSize(pic('link.png')), /ELOOP/);
});

const check = suite('loadContent: pictures of every article');
let png: Buffer;
check.before(async () => {
  png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#48c' } })
    .png()
    .toBuffer();
});
const CASES: Array<[string, Record<string, string | Uint8Array>, string]> = [
  [
    'missing',
    withImage('a', '/images/nahin.jpg'),
    'a.md:7: the picture /images/nahin.jpg was not found — put the picture at content/images/nahin.jpg',
  ],
  [
    'a folder',
    { ...withImage('a', '/images/2026'), 'images/2026/x.png': 'PNG' },
    'a.md:7: the picture /images/2026 is a folder, not a picture',
  ],
  [
    'text named .jpg',
    { ...withImage('a', '/images/nakli.jpg'), 'images/nakli.jpg': 'नकली' },
    'a.md:7: the picture /images/nakli.jpg is not a picture: its bytes are not JPEG, PNG, WebP, AVIF or GIF',
  ],
  [
    'an SVG named .png',
    {
      ...withImage('a', '/images/x.png'),
      'images/x.png': '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><script>1</script></svg>',
    },
    'is not a picture',
  ],
  [
    'a bomb',
    { ...withImage('a', '/images/bam.png'), 'images/bam.png': readFileSync(join(FIXTURES, 'hostile/images/2026/11/bam.png')) },
    'a.md:7: the picture /images/bam.png is 100000 × 100000 pixels (10,000 MP), more than the 50 MP a picture may have',
  ],
  [
    'outside',
    withImage('a', '/images/../_data/site.json'),
    'a.md:7: the picture path /images/../_data/site.json has an empty, "." or ".." part',
  ],
  [
    'a file images/ may not hold',
    { ...withImage('a', '/images/x.txt'), 'images/x.txt': 'पाठ' },
    'a.md:7: the picture /images/x.txt cannot be used — see the problem reported for content/images/x.txt',
  ],
  [
    'remote in the body',
    story('a', '', 'पाठ।\n\n![तालाब](https://photos.example/t.jpg)'),
    'a.md:10: the picture https://photos.example/t.jpg is on another site',
  ],
  [
    'missing in the body, Devanagari name',
    story('a', '', 'पाठ।\n\nऔर\n![तालाब](/images/तालाब.jpg)'),
    'a.md:11: the picture /images/तालाब.jpg was not found',
  ],
  [
    'a body picture without alt text',
    story('a', '', 'पाठ।\n\n![](/images/nahin.jpg "मंडी | फ़ोटो: र")'),
    'a.md:10: the picture /images/nahin.jpg has no description — write what it shows between the brackets',
  ],
  [
    'a body picture whose alt is only spaces',
    story('a', '', '![  ](/images/nahin.jpg)'),
    'a.md:8: the picture /images/nahin.jpg has no description',
  ],
  [
    'an invalid article still has its pictures checked',
    story('a', 'sumary: x\n', '![क](/images/nahin.jpg)'),
    'a.md:9: the picture /images/nahin.jpg was not found',
  ],
];
for (const [name, files, message] of CASES) {
  check(name, () => {
    const errors = loadContent(copyArchive(files)).errors.map((e) => e.format({ lang: 'en' }));
    assert.ok(
      errors.some((e) => e.includes(message)),
      `expected "${message}" in:\n${errors.join('\n')}`,
    );
  });
}
check('good pictures pass: front-matter and body, any allowed type by its bytes', () => {
  const content = copyArchive({
    ...withImage('a', '/images/2026/mandi.png'),
    ...story('b', '', '![क](/images/2026/%E0%A4%95.png)'),
    'images/2026/mandi.png': png,
    'images/2026/क.png': png,
  });
  assert.equal(
    loadContent(content).errors.map((e) => e.format({ lang: 'en' })),
    [],
  );
});
check('a symbolic link in images/ is refused and the article says why it cannot use it', () => {
  const content = copyArchive(withImage('a', '/images/link.png'));
  mkdirSync(join(content, 'images'));
  writeFileSync(pic('outside.png'), png);
  symlinkSync(pic('outside.png'), join(content, 'images/link.png'));
  const errors = loadContent(content).errors.map((e) => e.format({ lang: 'en' }));
  assert.ok(errors.some((e) => e.includes('images/link.png: is a symbolic link')));
  assert.ok(errors.some((e) => e.includes('a.md:7: the picture /images/link.png cannot be used')));
});
check('a picture used by many stories is examined once per load, and again only when it changes', () => {
  const files: Record<string, string | Uint8Array> = { 'images/bad.jpg': 'नकली' };
  for (let i = 0; i < 5; i++) Object.assign(files, withImage(`s${i}`, '/images/bad.jpg'));
  const content = copyArchive(files);
  const cache = new ContentCache();
  assert.is(loadContent(content, cache).errors.filter((e) => e.message.includes('is not a picture')).length, 5);
  assert.equal([...cache.pictures.keys()], ['images/bad.jpg']);
  writeFileSync(join(content, 'images/bad.jpg'), png);
  utimesSync(join(content, 'images/bad.jpg'), new Date(), new Date(Date.now() + 5000));
  assert.equal(
    loadContent(content, cache).errors.map((e) => e.format({ lang: 'en' })),
    [],
  );
});

size.run();
check.run();
