import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { transformSync } from 'esbuild';
import { prefixCssUrls } from './css-prefix.ts';
import type { ThemeConfig } from '../content/theme-config.ts';
import { fallbackFaces, fontStack } from './font-fallbacks.ts';
import { themeCss } from './theme-css.ts';

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

/** The stylesheet's fonts: files to publish, @font-face rules, the one file to preload, the font stack. */
export interface FontAssets {
  assets: Asset[];
  css: string;
  /** The regular Devanagari file, which the first screen's text needs; undefined with `font: "system"`. */
  preload?: string;
  stack: string;
}

/**
 * The self-hosted Noto Sans Devanagari files and the @font-face rules that point at them.
 *
 * - `local()` first: Android, where most readers are, ships Noto Sans Devanagari as its system
 *   Devanagari font, so those readers download no font at all (50–54 KB a weight).
 * - `font-display: swap`: text is drawn at once in a stand-in and never waits for the file. With
 *   `optional` and no preload, a first visit from a device without a Devanagari font showed boxes.
 *   The stand-ins are metric-matched (font-fallbacks.ts), so the swap does not move lines; that is
 *   what made plain `swap` shift the layout by 0.08–0.10 before.
 * - The regular Devanagari file is preloaded (base.njk): it is what the first screen's text needs;
 *   bold and Latin come when used.
 */
export function fontAssets(font: 'noto' | 'system' = 'noto'): FontAssets {
  if (font === 'system') return { assets: [], css: '', stack: fontStack(false) };
  const dir = join(dirname(require.resolve('@fontsource/noto-sans-devanagari/package.json')), 'files');
  const assets: Asset[] = [];
  let css = '';
  let preload: string | undefined;
  for (const weight of FONT_WEIGHTS) {
    for (const { subset, range } of FONT_SUBSETS) {
      const contents = readFileSync(join(dir, `noto-sans-devanagari-${subset}-${weight}-normal.woff2`));
      const url = `/assets/fonts/noto-${subset}-${weight}.${fingerprint(contents)}.woff2`;
      assets.push({ url, contents });
      if (weight === 400 && subset === 'devanagari') preload = url;
      const local = LOCAL_NAMES[weight].map((name) => `local('${name}')`).join(',');
      css += `@font-face{font-family:'Noto Sans Devanagari';font-style:normal;font-weight:${weight};font-display:swap;src:${local},url(${url}) format('woff2');unicode-range:${range}}\n`;
    }
  }
  return { assets, css: css + fallbackFaces(), preload, stack: fontStack(true) };
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
 * The site's stylesheet (site.json's theme, fonts, layouts/assets/*.css) as one fingerprinted file. Under a `pathPrefix`
 * its root-relative `url(/…)`s (the fonts) gain the prefix: the HTML transform never sees a stylesheet.
 */
export function buildStyles(
  cssFiles: readonly string[],
  pathPrefix = '/',
  theme: Pick<ThemeConfig, 'colors' | 'dark' | 'font'> = { colors: {}, dark: {}, font: 'noto' },
): { assets: Asset[]; cssUrl: string; fontPreload?: string } {
  const fonts = fontAssets(theme.font);
  const sources = themeCss(theme, fonts.stack) + fonts.css + cssFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
  const css = prefixCssUrls(minifyCss(sources), pathPrefix);
  const cssUrl = `/assets/site.${fingerprint(css)}.css`;
  return { assets: [...fonts.assets, { url: cssUrl, contents: css }], cssUrl, ...(fonts.preload ? { fontPreload: fonts.preload } : {}) };
}

/** Writes assets below `outDir`. */
export function writeAssets(outDir: string, assets: readonly Asset[]): void {
  for (const a of assets) {
    const path = join(outDir, a.url);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, a.contents);
  }
}
