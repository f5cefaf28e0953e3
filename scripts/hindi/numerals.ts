/**
 * Devanagari digits (०-९, U+0966–U+096F) and Latin digits (0-9) map one to one; the
 * code points are contiguous in both scripts, so an offset is enough.
 */

const DEVANAGARI_ZERO = 0x0966;
const LATIN_ZERO = 0x30;

/** Replaces every Devanagari digit (०-९) with its Latin digit (0-9); everything else is kept. */
export function toLatinDigits(s: string): string {
  return s.replace(/[०-९]/g, (d) => String.fromCharCode(d.charCodeAt(0) - DEVANAGARI_ZERO + LATIN_ZERO));
}

/** Replaces every Latin digit (0-9) with its Devanagari digit (०-९); everything else is kept. */
export function toDevanagariDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - LATIN_ZERO + DEVANAGARI_ZERO));
}
