import type { ResultView } from './engine.ts';

/** Interface text of the search page, in one place. */
export const TEXT = {
  loading: 'खोज रहे हैं…',
  empty: 'खोजने के लिए कोई शब्द लिखें या फ़िल्टर चुनें।',
  failed: 'खोज अभी नहीं चल पाई। थोड़ी देर बाद फिर कोशिश करें।',
  /** A browser without `DecompressionStream` (before Chrome 80, Firefox 113, Safari 16.4) cannot read the index. */
  unsupported: 'यह ब्राउज़र बहुत पुराना है, इसमें खोज नहीं चल सकती। ब्राउज़र अपडेट करें, या पुरालेख, श्रेणियों और ज़िलों के पन्नों से ख़बरें ढूँढें।',
  more: 'और नतीजे',
} as const;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The status line read out by screen readers after each search: how many stories were found for
 * what, and, when filters are on, that they narrowed it.
 */
export function statusText(query: string, total: number, filtered: boolean): string {
  if (query.trim() === '') return `चुने हुए फ़िल्टर की ${total} ${total === 1 ? 'ख़बर मिली' : 'ख़बरें मिलीं'}, सबसे नई पहले।`;
  const q = `“${query.trim()}”`;
  const where = filtered ? ' (चुने हुए फ़िल्टर के साथ)' : '';
  if (total === 0) return `${q} के लिए कोई ख़बर नहीं मिली${where}। दूसरे या कम शब्दों से खोजें, या फ़िल्टर हटाएँ।`;
  return `${q} के लिए ${total} ${total === 1 ? 'ख़बर मिली' : 'ख़बरें मिलीं'}${where}।`;
}

/**
 * A note on how the query was read: romanised words and the Devanagari words they were matched
 * to, so a reader who typed `jalore` sees that जालोर was searched. Empty when there is nothing to say.
 */
export function readingNote(concepts: ReadonlyArray<{ word: string; latin: boolean; forms: readonly string[] }>): string {
  const romanised = concepts
    .filter((c) => c.latin)
    .map((c) => {
      const deva = c.forms.filter((f) => /[\u0900-\u097f]/.test(f) && !f.includes('\u093c') && !f.includes('ँ')).slice(0, 2);
      return deva.length > 0 ? `${c.word} → ${deva.join(', ')}` : '';
    })
    .filter((s) => s !== '');
  return romanised.length > 0 ? `इन शब्दों को देवनागरी में भी खोजा: ${romanised.join('; ')}` : '';
}

/**
 * The line that says a query was corrected, with a link that searches what was typed, exactly:
 * "डेंगू के नतीजे दिखाए जा रहे हैं · डेंगु खोजें" (“…” around queries of several words). `exactHref`
 * is that search's URL. Empty when nothing was corrected.
 */
export function correctionHtml(
  query: string,
  corrections: ReadonlyArray<{ typed: string; shown: string; kept: boolean }>,
  exactHref: string,
): string {
  if (corrections.length === 0) return '';
  let shown = query.trim().normalize('NFC');
  for (const c of corrections)
    shown = shown.replace(new RegExp(`(^|[^\\p{L}\\p{M}])${escapeRegExp(c.typed)}(?![\\p{L}\\p{M}])`, 'iu'), `$1${c.shown}`);
  const typed = query.trim();
  const quote = (s: string) => (/\s/.test(s) ? `“${s}”` : s);
  const also = corrections.some((c) => c.kept) ? ' भी' : '';
  return (
    `<span lang="hi">${escapeHtml(quote(shown))} के नतीजे${also} दिखाए जा रहे हैं</span> · ` +
    `<a href="${escapeHtml(exactHref)}" data-exact="">${escapeHtml(quote(typed))} खोजें</a>`
  );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One result as a list item: linked title, date, category and district, highlighted excerpt. */
export function resultHtml(r: ResultView): string {
  const meta = [r.date, r.category, r.district]
    .filter((s) => s !== '' && s !== '—')
    .map(escapeHtml)
    .join(' · ');
  return (
    `<li class="khoj-result"><h2 class="khoj-title"><a href="${escapeHtml(r.url)}">${escapeHtml(r.title)}</a></h2>` +
    `${meta ? `<p class="meta">${meta}</p>` : ''}<p class="khoj-excerpt">${r.excerpt}</p></li>`
  );
}

/** Search state in the page URL (`?q=…&district=…`), so results can be linked and bookmarked. */
export function searchUrl(base: string, query: string, filters: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams();
  if (query.trim() !== '') params.set('q', query.trim());
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}
