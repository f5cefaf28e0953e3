/**
 * Characters that are never wanted in stored text: BOM / zero-width no-break space, zero-width
 * space, word joiner, soft hyphen. They arrive from Word, WhatsApp forwards and web copy-paste,
 * are invisible, and break slugs, search and duplicate detection.
 */
const INVISIBLE = /[\uFEFF\u200B\u2060\u00AD]/g;

/**
 * Control characters: C0 except tab and newline (CR is made a newline first), DEL and C1. They come
 * from pasted PDFs and old systems or from escapes like "\u0007" in YAML and JSON, mean nothing on a
 * page, and some (ESC) rewrite an editor's terminal when printed in a message.
 */
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/g;

/** Half a surrogate pair (only a "\uD800" escape makes one): not a character, and not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Devanagari block (U+0900–U+097F) plus the Devanagari Extended block used by some fonts. */
const DEVANAGARI = /[\u0900-\u097F\uA8E0-\uA8FF]/;

/**
 * Cleans text for storage and display: Unicode NFC, CRLF/CR → LF, invisible and control characters
 * and lone surrogates removed.
 * ZWJ (U+200D) and ZWNJ (U+200C) are kept only between two Devanagari characters, where they
 * choose a half form or stop a conjunct (क्‍ष vs क्ष); anywhere else they are noise.
 */
export function normalizeText(s: string): string {
  const text = s.replace(LONE_SURROGATE, '').normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(CONTROL, '');
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

/** The deepest nesting `normalizeValue` walks; parsed content (front-matter, data files) is far shallower. */
export const MAX_VALUE_DEPTH = 64;

/**
 * `normalizeText` on every string and key of a parsed YAML or JSON value, as a fresh copy: escapes
 * such as "\u0007" make characters only after parsing, so the raw text's normalisation misses them.
 * Refuses (`ok: false`) a value that reaches one object twice (a YAML alias: walking those expands
 * exponentially) or nests deeper than MAX_VALUE_DEPTH. Keys like `__proto__` stay plain own keys.
 */
export function normalizeValue(value: unknown): { ok: true; value: unknown } | { ok: false; reason: 'repeated' | 'deep' } {
  const seen = new Set<object>();
  let failure: 'repeated' | 'deep' | undefined;
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return normalizeText(v);
    if (typeof v !== 'object' || v === null || failure) return v;
    if (seen.has(v)) {
      failure = 'repeated';
      return v;
    }
    if (depth >= MAX_VALUE_DEPTH) {
      failure = 'deep';
      return v;
    }
    seen.add(v);
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    // fromEntries defines own properties, so a `__proto__` key never reaches the prototype setter.
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [normalizeText(k), walk(x, depth + 1)]));
  };
  const out = walk(value, 0);
  return failure ? { ok: false, reason: failure } : { ok: true, value: out };
}
