/**
 * Metric-matched stand-ins for Noto Sans Devanagari while it loads (`font-display: swap`): a
 * reader's own Devanagari font, drawn through @font-face overrides so that its lines wrap where
 * Noto's will and its line box is Noto's. When the web font arrives, text changes shape but not
 * place: no reflow, no layout shift.
 *
 * The figures are computed from the font files by `npm run font-metrics -- <font file>…`
 * (scripts/images/font-metrics.ts): size-adjust is the ratio of the mean advance of Hindi text in
 * Noto to that in the local font; the ascent, descent and line-gap overrides are Noto's, divided by
 * size-adjust (the browser scales them by it). Readers with Noto installed (Android, most Linux)
 * take the real font through `local()` and never see these. A font is listed only when its file
 * has been measured: Debian's Lohit Devanagari and FreeSans (fonts-lohit-deva, fonts-freefont-ttf).
 * Windows's Nirmala UI and Apple's Kohinoor Devanagari follow them in the stack unadjusted; to
 * adjust one, run the command on a machine that has the font and add a row here.
 */
export const FONT_FALLBACKS = [
  {
    family: 'Devanagari Fallback Lohit',
    local: ['Lohit Devanagari', 'Lohit-Devanagari'],
    sizeAdjust: 101.4,
    ascentOverride: 88.37,
    descentOverride: 40.24,
    lineGapOverride: 0,
  },
  {
    family: 'Devanagari Fallback FreeSans',
    local: ['FreeSans'],
    sizeAdjust: 105.28,
    ascentOverride: 85.11,
    descentOverride: 38.75,
    lineGapOverride: 0,
  },
] as const;

/** System Devanagari fonts after the adjusted ones, then the generic families. */
const UNADJUSTED = ["'Nirmala UI'", "'Kohinoor Devanagari'", "'Mangal'", 'system-ui', 'sans-serif'];

/** The @font-face rules of the stand-ins. */
export function fallbackFaces(): string {
  return FONT_FALLBACKS.map(
    (f) =>
      `@font-face{font-family:'${f.family}';src:${f.local.map((n) => `local('${n}')`).join(',')};` +
      `size-adjust:${f.sizeAdjust}%;ascent-override:${f.ascentOverride}%;descent-override:${f.descentOverride}%;line-gap-override:${f.lineGapOverride}%}\n`,
  ).join('');
}

/** The font-family stack: the web font (when used), its stand-ins, the rest. */
export function fontStack(webFont: boolean): string {
  const head = webFont ? ["'Noto Sans Devanagari'", ...FONT_FALLBACKS.map((f) => `'${f.family}'`)] : ["'Noto Sans Devanagari'"];
  return [...head, ...UNADJUSTED].join(',');
}
