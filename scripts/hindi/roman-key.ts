import { normalizeText } from './normalize.ts';
import { latinKey } from './roman-fold.ts';
import { transliterate } from './transliterate.ts';

/** ड़/ढ़ (NFC: base + nukta) read as ड/ढ, because Latin searchers type "sadak", "ladki", "padhai". */
const FLAPS = /([डढ])\u093C/g;

/**
 * A coarse phonetic key that a Devanagari word and the ways people type it in Latin share, for
 * romanised search: `romanKey('जालोर') === romanKey('jalore') === romanKey('jalor')`,
 * `romanKey('चुनाव') === romanKey('chunaav')`, `romanKey('कांग्रेस') === romanKey('congress')`.
 *
 * Input goes through `transliterate` first (loanword dictionary included, ड़ read as d), then both
 * sides are folded the same way: vowel length ignored (aa a, ee i, oo u), ai/ae/ei → e, au/ou → o,
 * w → v, z → j (ज़िला = jila = zila), ph → f, q/ck/hard c → k, sh → s, double letters single,
 * m before a labial → n (sambandh = sanbandh), the schwa between VC and CV dropped
 * (yojana = yojna), and a final a or e dropped when at least two letters remain (ram = rama,
 * jalore = jalor).
 *
 * Deliberately coarse: vowel length is lost, so कम and काम both key to `kam`; short vowels that
 * differ are kept apart, so chunav (`chunav`) never meets chinta (`chint`). A phrase gives the
 * keys of its words joined by single spaces; input with no letters or digits gives ''.
 */
export function romanKey(word: string): string {
  const short = word.length <= 64;
  const cached = short ? inputs.get(word) : undefined;
  if (cached !== undefined) return cached;
  const latin = transliterate(normalizeText(word).replace(FLAPS, '$1'));
  const key = latinKey(latin);
  if (short) {
    if (inputs.size >= CACHE_LIMIT) inputs.clear();
    inputs.set(word, key);
  }
  return key;
}

/** Keys repeat as often as words do (search and related call this per token); bounded. */
const inputs = new Map<string, string>();
const CACHE_LIMIT = 100_000;
