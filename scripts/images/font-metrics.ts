import { woffToSfnt } from './woff-to-sfnt.ts';

/** The vertical metrics and average Devanagari advance of a font, in ems. */
export interface FontMetrics {
  /** What the font calls itself (name table, full name), for checking the right file was read. */
  fullName: string;
  ascent: number;
  descent: number;
  lineGap: number;
  /** Mean advance width of the characters of a Hindi text, weighted by how often each occurs. */
  avgAdvance: number;
}

/**
 * Written for this purpose (fictional): a paragraph of ordinary Hindi news prose, so the mean
 * advance is weighted by how often each letter and sign occurs in what the site prints.
 */
export const SAMPLE_TEXT =
  'जालोर ज़िले के सायला कस्बे में मंगलवार को किसानों ने मंडी में सरसों की खरीद जल्दी शुरू करने की माँग को लेकर प्रदर्शन किया। ' +
  'किसान संघ के अध्यक्ष ने कहा कि पिछले साल भी भुगतान में देरी हुई थी और इस बार फ़सल अच्छी होने के बावजूद भाव गिर रहे हैं। ' +
  'उपखंड अधिकारी ने ज्ञापन लेकर आश्वासन दिया कि अगले सप्ताह से तौल शुरू हो जाएगी और पानी, छाया व बैठने की व्यवस्था की जाएगी।';

function tables(font: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const row = 12 + 16 * i;
    const offset = font.readUInt32BE(row + 8);
    out.set(font.toString('latin1', row, row + 4), font.subarray(offset, offset + font.readUInt32BE(row + 12)));
  }
  return out;
}

/** Glyph id of a code point through a format 4 (BMP) cmap subtable. */
function cmapLookup(cmap: Buffer): (cp: number) => number {
  const n = cmap.readUInt16BE(2);
  for (let i = 0; i < n; i++) {
    const offset = cmap.readUInt32BE(4 + 8 * i + 4);
    const sub = cmap.subarray(offset);
    if (sub.readUInt16BE(0) !== 4) continue;
    const segs = sub.readUInt16BE(6) / 2;
    const at = (base: number, k: number) => sub.readUInt16BE(base + 2 * k);
    const ends = 14;
    const starts = ends + 2 * segs + 2;
    const deltas = starts + 2 * segs;
    const ranges = deltas + 2 * segs;
    return (cp) => {
      for (let k = 0; k < segs; k++) {
        if (cp > at(ends, k)) continue;
        if (cp < at(starts, k)) return 0;
        const range = at(ranges, k);
        if (range === 0) return (cp + at(deltas, k)) & 0xffff;
        const glyph = sub.readUInt16BE(ranges + 2 * k + range + 2 * (cp - at(starts, k)));
        return glyph === 0 ? 0 : (glyph + at(deltas, k)) & 0xffff;
      }
      return 0;
    };
  }
  throw new Error('the font has no format 4 cmap');
}

function fullName(name: Buffer): string {
  const count = name.readUInt16BE(2);
  const strings = name.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const r = 6 + 12 * i;
    if (name.readUInt16BE(r + 6) !== 4 || name.readUInt16BE(r) !== 3) continue;
    const bytes = name.subarray(strings + name.readUInt16BE(r + 10), strings + name.readUInt16BE(r + 10) + name.readUInt16BE(r + 8));
    return Buffer.from(bytes).swap16().toString('utf16le');
  }
  return '';
}

/**
 * Reads a TrueType/OpenType or WOFF 1.0 file. Vertical metrics are hhea's, as Chrome uses them on
 * Android, macOS and Linux, or OS/2's typographic ones when the font sets USE_TYPO_METRICS.
 */
export function fontMetrics(file: Buffer, text = SAMPLE_TEXT): FontMetrics {
  const t = tables(file.toString('latin1', 0, 4) === 'wOFF' ? woffToSfnt(file) : file);
  const need = (tag: string) => {
    const b = t.get(tag);
    if (!b) throw new Error(`the font has no ${tag} table`);
    return b;
  };
  const unitsPerEm = need('head').readUInt16BE(18);
  const hhea = need('hhea');
  const os2 = t.get('OS/2');
  const typo = os2 !== undefined && (os2.readUInt16BE(62) & 0x80) !== 0;
  const [ascent, descent, lineGap] = typo
    ? [os2.readInt16BE(68), os2.readInt16BE(70), os2.readInt16BE(72)]
    : [hhea.readInt16BE(4), hhea.readInt16BE(6), hhea.readInt16BE(8)];
  const longMetrics = hhea.readUInt16BE(34);
  const hmtx = need('hmtx');
  const advance = (glyph: number) => hmtx.readUInt16BE(4 * Math.min(glyph, longMetrics - 1));
  const glyphOf = cmapLookup(need('cmap'));
  let sum = 0;
  let n = 0;
  for (const ch of text) {
    if (ch === ' ') continue;
    sum += advance(glyphOf(ch.codePointAt(0)!));
    n++;
  }
  return {
    fullName: t.has('name') ? fullName(t.get('name')!) : '',
    ascent: ascent / unitsPerEm,
    descent: Math.abs(descent) / unitsPerEm,
    lineGap: lineGap / unitsPerEm,
    avgAdvance: sum / n / unitsPerEm,
  };
}

/** The @font-face overrides that make `fallback` take the space `web` will: same line widths, same line box. */
export function fallbackOverrides(web: FontMetrics, fallback: FontMetrics) {
  const sizeAdjust = web.avgAdvance / fallback.avgAdvance;
  const pct = (v: number) => Number((v * 100).toFixed(2));
  return {
    sizeAdjust: pct(sizeAdjust),
    ascentOverride: pct(web.ascent / sizeAdjust),
    descentOverride: pct(web.descent / sizeAdjust),
    lineGapOverride: pct(web.lineGap / sizeAdjust),
  };
}
