import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fallbackOverrides, fontMetrics } from '../../scripts/images/font-metrics.ts';
import { FONT_FALLBACKS } from '../../scripts/eleventy/font-fallbacks.ts';

const require = createRequire(import.meta.url);
const files = join(dirname(require.resolve('@fontsource/noto-sans-devanagari/package.json')), 'files');
const noto = fontMetrics(readFileSync(join(files, 'noto-sans-devanagari-devanagari-400-normal.woff')));

const f = suite('fontMetrics');
f("Noto Sans Devanagari (Fontsource's WOFF): its name, hhea metrics and mean Hindi advance", () => {
  assert.is(noto.fullName, 'Noto Sans Devanagari Regular');
  assert.equal([noto.ascent, noto.descent, noto.lineGap], [0.896, 0.408, 0]);
  assert.ok(noto.avgAdvance > 0.4 && noto.avgAdvance < 0.45, String(noto.avgAdvance));
});
f('overrides: a font that is its own fallback needs none', () => {
  assert.equal(fallbackOverrides(noto, noto), { sizeAdjust: 100, ascentOverride: 89.6, descentOverride: 40.8, lineGapOverride: 0 });
});
f('overrides: a narrower fallback is scaled up, and its line box scaled back to the web font', () => {
  const narrow = { ...noto, avgAdvance: noto.avgAdvance / 1.1, ascent: 1, descent: 0.2, lineGap: 0.1 };
  const o = fallbackOverrides(noto, narrow);
  assert.is(o.sizeAdjust, 110);
  assert.is(o.ascentOverride, Number(((0.896 / 1.1) * 100).toFixed(2)));
});
f('the table in font-fallbacks.ts agrees with the formula on the measured figures', () => {
  // Lohit Devanagari 2.95.4 (Debian fonts-lohit-deva), as measured by npm run font-metrics.
  const lohit = { fullName: 'Lohit Devanagari', ascent: 0.9755859375, descent: 0.3564453125, lineGap: 0, avgAdvance: 0.42261247306034483 };
  const row = FONT_FALLBACKS.find((r) => r.family.endsWith('Lohit'))!;
  const o = fallbackOverrides(noto, lohit);
  assert.equal([row.sizeAdjust, row.ascentOverride, row.descentOverride], [o.sizeAdjust, o.ascentOverride, o.descentOverride]);
});
f.run();
