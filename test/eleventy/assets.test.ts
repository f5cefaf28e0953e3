import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildStyles, fingerprint, fontAssets, minifyCss } from '../../scripts/eleventy/assets.ts';

const fonts = suite('fontAssets');
const { assets, css } = fontAssets();
const faces = css.trim().split('\n');

fonts('Devanagari and Latin at 400 and 700: four files with content-hashed names', () => {
  assert.is(assets.length, 4);
  for (const a of assets) assert.match(a.url, /^\/assets\/fonts\/noto-(devanagari|latin)-(400|700)\.[0-9a-f]{10}\.woff2$/);
  for (const a of assets) assert.ok(a.url.includes(fingerprint(a.contents)));
  assert.is(faces.length, 4);
});
fonts('an installed Noto Sans Devanagari is used before any download, by full and PostScript name', () => {
  for (const face of faces) {
    const bold = face.includes('font-weight:700');
    assert.match(
      face,
      bold
        ? /src:local\('Noto Sans Devanagari Bold'\),local\('NotoSansDevanagari-Bold'\),url\(/
        : /src:local\('Noto Sans Devanagari Regular'\),local\('NotoSansDevanagari-Regular'\),url\(/,
    );
  }
});
fonts('no second layout when the font comes late (font-display: optional), and each file covers its script only', () => {
  for (const face of faces) assert.match(face, /font-display:optional;/);
  assert.ok(faces.some((f) => f.includes('noto-devanagari-400') && /unicode-range:U\+0900-097F/.test(f)));
  assert.ok(faces.some((f) => f.includes('noto-latin-400') && /unicode-range:U\+0000-00FF/.test(f)));
});

const styles = suite('buildStyles and minifyCss');
styles('comments and needless white space go; rules stay', () => {
  assert.is(minifyCss('/* टिप्पणी */\na {\n  color: red;\n  margin: 0 ;\n}\n'), 'a{color:red;margin:0}');
});
styles('selectors keep their meaning (issue 18: the old minifier joined a descendant combinator)', () => {
  const table: Array<[string, string]> = [
    ['.a :first-child { color: red }', '.a :first-child{color:red}'],
    ['.a > b , .c  .d { margin: 0 }', '.a>b,.c .d{margin:0}'],
    ['a::after { content: " : " }', 'a:after{content:" : "}'],
  ];
  for (const [input, expected] of table) assert.is(minifyCss(input), expected);
});
styles('one stylesheet named by its content, fonts first', () => {
  const built = buildStyles([]);
  assert.match(built.cssUrl, /^\/assets\/site\.[0-9a-f]{10}\.css$/);
  const sheet = built.assets.find((a) => a.url === built.cssUrl)!;
  assert.ok(String(sheet.contents).startsWith('@font-face'));
  assert.is(built.assets.length, 5);
});

fonts.run();
styles.run();
