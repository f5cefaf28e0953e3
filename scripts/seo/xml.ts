const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Escapes text for XML character data and double-quoted attributes. */
export function escapeXml(text: string): string {
  // Most text (every URL of a sitemap: 120,000 at 100,000 stories) has nothing to escape: one test, not five replaces.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Control characters other than tab/newline/CR make an XML file not well-formed; a stray one
      // pasted into a title must not break a whole feed.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

/**
 * An article time in W3C/RFC 3339 form for feeds, sitemaps and structured data:
 * `2026-11-23T00:00:00.000+05:30` → `2026-11-23T00:00:00+05:30`. The offset is kept as written
 * (India time); only the milliseconds, which no reader uses, are dropped.
 */
export function w3cDateTime(iso: string): string {
  return iso.replace(/\.\d+(?=(?:[+-]\d\d:\d\d|Z)$)/, '');
}

/** The later of two ISO times with the same offset (plain string order is time order then). */
export function laterOf(a: string | undefined, b: string): string {
  return a !== undefined && a > b ? a : b;
}
