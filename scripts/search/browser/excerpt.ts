/** Words shown in an excerpt (Pagefind's default is 30 too). */
const EXCERPT_WORDS = 30;

/**
 * How far the commonest function words are shifted to keep them out of the index (see
 * function-words.ts): each Devanagari code point U+0900–U+097F becomes the Braille pattern
 * U+2800–U+287F at the same offset. Pagefind indexes no word without a letter or digit, yet keeps
 * such a word in the page text and counts its position, so the excerpt only shifts it back.
 */
export const HIDDEN_SHIFT = 0x2800 - 0x0900;
const HIDDEN = /[\u2800-\u287f]/g;

/** `text` with hidden function words shown again (का, not ⠕⠾). */
export function revealFunctionWords(text: string): string {
  return text.replace(HIDDEN, (c) => String.fromCharCode(c.charCodeAt(0) - HIDDEN_SHIFT));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/**
 * An HTML excerpt of `content` around the matched words, each wrapped in `<mark>`. `words` are
 * Pagefind word positions (content split on white space), from every concept that matched, so
 * the window is the stretch where most of the query's words meet; Pagefind's own excerpt only
 * knows the positions of the one lookup that produced the result. Text is escaped.
 */
export function buildExcerpt(content: string, words: readonly number[], length = EXCERPT_WORDS): string {
  // Split exactly as Pagefind does, or the positions would point at the wrong words.
  const all = revealFunctionWords(content).split(/[^\S\uFEFF]+/);
  const marked = new Set(words.filter((w) => w >= 0 && w < all.length));
  const start = densestStart(
    [...marked].sort((a, b) => a - b),
    all.length,
    length,
  );
  const end = Math.min(all.length, start + length);
  const parts: string[] = [];
  for (let i = start; i < end; i++) {
    const w = escapeHtml(all[i]!);
    parts.push(marked.has(i) ? `<mark>${w}</mark>` : w);
  }
  return `${start > 0 ? '… ' : ''}${parts.join(' ')}${end < all.length ? ' …' : ''}`;
}

/** Start of the `length`-word window holding most marked positions (earliest on ties), centred a little. */
function densestStart(sorted: readonly number[], total: number, length: number): number {
  if (total <= length || sorted.length === 0) return 0;
  let best = 0;
  let bestAt = sorted[0]!;
  let j = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (sorted[j]! < sorted[i]! - length + 1) j++;
    if (i - j + 1 > best) {
      best = i - j + 1;
      bestAt = sorted[j]!;
    }
  }
  // Start a few words before the first match so the sentence has some lead-in.
  return Math.max(0, Math.min(bestAt - Math.floor(length / 5), total - length));
}
