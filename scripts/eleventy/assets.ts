import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { transformSync } from 'esbuild';
import { prefixCssUrls } from './css-prefix.ts';

const require = createRequire(import.meta.url);

/** A file the build writes under the output folder, with a content-hashed name. */
export interface Asset {
  url: string;
  contents: Buffer | string;
}

/** Content hash for file names: 10 hex characters of SHA-256 are plenty for a site's assets. */
export function fingerprint(contents: Buffer | string): string {
  return createHash('sha256').update(contents).digest('hex').slice(0, 10);
}

// Devanagari and basic Latin at two weights cover Hindi news text, English names and digits;
// latin-ext, Cyrillic and the rest of Fontsource's subsets would only add bytes.
const FONT_SUBSETS = [
  { subset: 'devanagari', range: 'U+0900-097F,U+1CD0-1CF9,U+200C-200D,U+20A8,U+20B9,U+20F0,U+25CC,U+A830-A839,U+A8E0-A8FF' },
  {
    subset: 'latin',
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
] as const;
const FONT_WEIGHTS = [400, 700] as const;

/** The names an installed copy of each weight goes by (full name, PostScript name), for `local()`. */
const LOCAL_NAMES: Record<(typeof FONT_WEIGHTS)[number], readonly string[]> = {
  400: ['Noto Sans Devanagari Regular', 'NotoSansDevanagari-Regular'],
  700: ['Noto Sans Devanagari Bold', 'NotoSansDevanagari-Bold'],
};

/**
 * The self-hosted Noto Sans Devanagari files and the @font-face rules that point at them.
 *
 * - `local()` first: Android, where most readers are, ships Noto Sans Devanagari as its system
 *   Devanagari font, so those readers download no font at all (50–54 KB a weight).
 * - `font-display: optional`: text waits at most ~100 ms for the font and otherwise stays in the
 *   reader's own Devanagari font for that page (the file is cached for the next). With `swap` the
 *   text was laid out twice, and lines that wrap differently moved the page: Lighthouse measured a
 *   cumulative layout shift of 0.08–0.10 (the search page's filters, the menu, story cards).
 */
export function fontAssets(): { assets: Asset[]; css: string } {
  const dir = join(dirname(require.resolve('@fontsource/noto-sans-devanagari/package.json')), 'files');
  const assets: Asset[] = [];
  let css = '';
  for (const weight of FONT_WEIGHTS) {
    for (const { subset, range } of FONT_SUBSETS) {
      const contents = readFileSync(join(dir, `noto-sans-devanagari-${subset}-${weight}-normal.woff2`));
      const url = `/assets/fonts/noto-${subset}-${weight}.${fingerprint(contents)}.woff2`;
      assets.push({ url, contents });
      const local = LOCAL_NAMES[weight].map((name) => `local('${name}')`).join(',');
      css += `@font-face{font-family:'Noto Sans Devanagari';font-style:normal;font-weight:${weight};font-display:optional;src:${local},url(${url}) format('woff2');unicode-range:${range}}\n`;
    }
  }
  return { assets, css };
}

/**
 * Minifies with esbuild's CSS parser (already the bundler of the browser code). A regular-expression
 * minifier cannot tell a descendant combinator from white space (`.a :first-child` became
 * `.a:first-child`, another selector); a real parser can.
 */
export function minifyCss(css: string): string {
  return transformSync(css, { loader: 'css', minify: true, logLevel: 'silent' }).code.trim();
}

/**
 * The site's stylesheet (fonts + layouts/assets/*.css) as one fingerprinted file. Under a `pathPrefix`
 * its root-relative `url(/…)`s (the fonts) gain the prefix: the HTML transform never sees a stylesheet.
 */
export function buildStyles(cssFiles: readonly string[], pathPrefix = '/'): { assets: Asset[]; cssUrl: string } {
  const fonts = fontAssets();
  const css = prefixCssUrls(minifyCss(fonts.css + cssFiles.map((f) => readFileSync(f, 'utf8')).join('\n')), pathPrefix);
  const cssUrl = `/assets/site.${fingerprint(css)}.css`;
  return { assets: [...fonts.assets, { url: cssUrl, contents: css }], cssUrl };
}

/** Writes assets below `outDir`. */
export function writeAssets(outDir: string, assets: readonly Asset[]): void {
  for (const a of assets) {
    const path = join(outDir, a.url);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, a.contents);
  }
}
