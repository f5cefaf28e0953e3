import { toLatinDigits } from './numerals.ts';

/**
 * Characters that are never wanted in stored text: BOM / zero-width no-break space, zero-width
 * space, word joiner, soft hyphen. They arrive from Word, WhatsApp forwards and web copy-paste,
 * are invisible, and break slugs, search and duplicate detection.
 */
const INVISIBLE = /[\uFEFF\u200B\u2060\u00AD]/g;

/** Devanagari block (U+0900–U+097F) plus the Devanagari Extended block used by some fonts. */
const DEVANAGARI = /[\u0900-\u097F\uA8E0-\uA8FF]/;

/**
 * Cleans text for storage and display: Unicode NFC, CRLF/CR → LF, invisible characters removed.
 * ZWJ (U+200D) and ZWNJ (U+200C) are kept only between two Devanagari characters, where they
 * choose a half form or stop a conjunct (क्‍ष vs क्ष); anywhere else they are noise.
 */
export function normalizeText(s: string): string {
  const text = s.normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
  // Whole article bodies pass through here; skip the per-character walk when there is nothing to judge.
  if (!/[\u200C\u200D]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\u200C' || ch === '\u200D') {
      const prev = out[out.length - 1] ?? '';
      const next = text[i + 1] ?? '';
      if (!DEVANAGARI.test(prev) || !DEVANAGARI.test(next)) continue;
    }
    out += ch;
  }
  return out;
}

/**
 * A matching form, never for display: `normalizeText`, then ZWJ/ZWNJ dropped (they do not change
 * the word), Latin lowercased and Devanagari digits made Latin, so `२०२६` matches `2026` and
 * `BJP` matches `bjp`. Devanagari itself is left alone (nukta and nasal folding is romanKey's job).
 */
export function normalizeForMatch(s: string): string {
  return toLatinDigits(normalizeText(s).replace(/[\u200C\u200D]/g, '')).toLowerCase();
}
