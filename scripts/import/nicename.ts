/**
 * WordPress's `user_nicename`, which author archives use (`/author/<nicename>/`) and the export leaves
 * out. WordPress makes it when a user is created: the login's first 50 characters through
 * `sanitize_title` (the "save" context), and if another user already has it, `-2`, `-3`… appended
 * (the base cut so the whole stays within 50). The steps below follow that behaviour as documented;
 * a site where a user edited the nicename later needs `nicename` in map.json.
 */

// remove_accents: the Latin letters a login may carry, by their base letter.
const ACCENTS: ReadonlyArray<[RegExp, string]> = [
  [/ß/g, 'ss'],
  [/[æÆ]/g, 'ae'],
  [/[œŒ]/g, 'oe'],
  [/[øØ]/g, 'o'],
  [/[đĐðÐ]/g, 'd'],
  [/[łŁ]/g, 'l'],
  [/[þÞ]/g, 'th'],
];

function removeAccents(s: string): string {
  let out = s.normalize('NFD').replace(/[\u0300-\u036f]/g, (m, i: number, all: string) =>
    // Only marks on Latin letters go; a mark in another script belongs to its letter.
    /[A-Za-z]/.test(all[i - 1] ?? '') ? '' : m,
  );
  for (const [re, to] of ACCENTS) out = out.replace(re, to);
  return out.normalize('NFC');
}

// Characters the "save" context turns into a hyphen, or drops (typographic quotes, zero-width marks…).
const AS_HYPHEN = /[\u00a0\u2013\u2014/]/g;
const DROPPED = /[\u00a1\u00bf\u00ab\u00bb\u2039\u203a\u2018-\u201f\u00a9\u00ae\u00b0\u2026\u2122\u00b4\u02ca\u200b-\u200d\u2060\ufeff]/g;

/** `sanitize_title($s)` as WordPress saves a slug: lower case ASCII, hyphens, other letters percent-encoded. */
export function sanitizeTitle(s: string): string {
  const t = removeAccents(s.replace(/<[^>]*>/g, ''))
    .replace(/%(?![0-9a-fA-F]{2})/g, '')
    .replace(/&[^\s;]+;/g, '')
    .replace(AS_HYPHEN, '-')
    .replace(DROPPED, '')
    .replace(/×/g, 'x')
    .toLowerCase()
    .replace(/\./g, '-');
  // Non-ASCII letters become their UTF-8 bytes in lower-case %xx, as utf8_uri_encode writes them.
  const encoded = [...t].map((c) => (c.charCodeAt(0) < 0x80 ? c : encodeURIComponent(c).toLowerCase())).join('');
  return encoded
    .replace(/[^%a-z0-9 _-]/g, '')
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A login's nicename before any collision suffix: its first 50 characters, sanitised. */
export function loginNicename(login: string): string {
  return sanitizeTitle([...login].slice(0, 50).join(''));
}

/**
 * Every author's nicename, as WordPress gave them out: in the order the users were created (their id),
 * a nicename already taken gets `-2`, `-3`… Returns login → nicename.
 */
export function authorNicenames(authors: ReadonlyArray<{ id: string; login: string }>): Map<string, string> {
  const byAge = [...authors].sort((a, b) => Number(a.id) - Number(b.id) || (a.login < b.login ? -1 : 1));
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const { login } of byAge) {
    if (out.has(login)) continue;
    const base = loginNicename(login);
    let nicename = base;
    for (let n = 2; taken.has(nicename); n++) nicename = `${[...base].slice(0, 49 - String(n).length).join('')}-${n}`;
    taken.add(nicename);
    out.set(login, nicename);
  }
  return out;
}
