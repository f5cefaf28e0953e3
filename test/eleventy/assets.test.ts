import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildStyles, fingerprint, fontAssets, minifyCss } from '../../scripts/eleventy/assets.ts';
import { FONT_FALLBACKS } from '../../scripts/eleventy/font-fallbacks.ts';

const fonts = suite('fontAssets');
const { assets, css, preload, stack } = fontAssets();
const faces = css
  .trim()
  .split('\n')
  .filter((f) => f.includes("font-family:'Noto Sans Devanagari'"));

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
fonts('text is drawn at once in a stand-in (font-display: swap), and each file covers its script only', () => {
  for (const face of faces) assert.match(face, /font-display:swap;/);
  assert.ok(faces.some((f) => f.includes('noto-devanagari-400') && /unicode-range:U\+0900-097F/.test(f)));
  assert.ok(faces.some((f) => f.includes('noto-latin-400') && /unicode-range:U\+0000-00FF/.test(f)));
});
fonts('the regular Devanagari file is the one preloaded; the stand-ins follow Noto in the stack', () => {
  assert.match(preload ?? '', /^\/assets\/fonts\/noto-devanagari-400\.[0-9a-f]{10}\.woff2$/);
  assert.ok(stack.startsWith("'Noto Sans Devanagari',"));
  for (const f of FONT_FALLBACKS) {
    assert.ok(stack.indexOf(f.family) > 0, f.family);
    assert.match(css, `@font-face{font-family:'${f.family}';src:local('${f.local[0]}')`);
    assert.match(css, `size-adjust:${f.sizeAdjust}%;ascent-override:${f.ascentOverride}%`);
  }
});
fonts('font "system": no files, no preload, no @font-face', () => {
  const system = fontAssets('system');
  assert.equal([system.assets.length, system.css, system.preload], [0, '', undefined]);
  assert.match(system.stack, /^'Noto Sans Devanagari','Nirmala UI'/);
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
styles('one stylesheet named by its content: the theme first, then the fonts', () => {
  const built = buildStyles([]);
  assert.match(built.cssUrl, /^\/assets\/site\.[0-9a-f]{10}\.css$/);
  const sheet = String(built.assets.find((a) => a.url === built.cssUrl)!.contents);
  assert.ok(sheet.startsWith(':root{--bg:#fdfcf9;'), sheet.slice(0, 80));
  assert.ok(sheet.indexOf('@font-face') > sheet.indexOf('prefers-color-scheme'));
  assert.is(built.assets.length, 5);
  assert.is(built.fontPreload, fontAssets().preload);
});
styles("a theme's colours and font change the sheet", () => {
  const sheet = (theme: Parameters<typeof buildStyles>[2]) => String(buildStyles([], '/', theme).assets.at(-1)!.contents);
  assert.match(sheet({ colors: { accent: '#0a5c36' }, dark: {}, font: 'noto' }), '--accent:#0a5c36');
  const system = buildStyles([], '/', { colors: {}, dark: {}, font: 'system' });
  assert.is(system.assets.length, 1);
  assert.is(system.fontPreload, undefined);
});

fonts.run();
styles.run();
