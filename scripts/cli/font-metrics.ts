/**
 * `npm run font-metrics -- <font file>…`: the @font-face overrides that make each local Devanagari
 * font (TTF, OTF or WOFF 1.0) stand in for Noto Sans Devanagari without reflow, as rows for
 * scripts/eleventy/font-fallbacks.ts. Run it on a machine that has the font (Windows for Nirmala UI,
 * a Mac for Kohinoor Devanagari); the fonts themselves are never copied into the project.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fallbackOverrides, fontMetrics } from '../images/font-metrics.ts';

const require = createRequire(import.meta.url);
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run font-metrics -- <font file>… (TTF, OTF or WOFF 1.0)');
  process.exit(2);
}
const dir = join(dirname(require.resolve('@fontsource/noto-sans-devanagari/package.json')), 'files');
const web = fontMetrics(readFileSync(join(dir, 'noto-sans-devanagari-devanagari-400-normal.woff')));
for (const file of files) {
  const m = fontMetrics(readFileSync(file));
  const o = fallbackOverrides(web, m);
  console.log(`${file}: ${m.fullName}`);
  console.log(
    `  { family: 'Devanagari Fallback …', local: ['${m.fullName}'], sizeAdjust: ${o.sizeAdjust}, ascentOverride: ${o.ascentOverride}, descentOverride: ${o.descentOverride}, lineGapOverride: ${o.lineGapOverride} },`,
  );
}
