import { normalizeText } from './normalize.ts';
import { transliterate } from './transliterate.ts';
import { asciiWords } from './words.ts';

/** Options for `slugify`. */
export interface SlugOptions {
  /**
   * Longest slug in characters, default 60. Cut at a word boundary; a single longer word is cut
   * inside. Must be an integer of at least 15 so the fallback `khabar-xxxxxxxx` always fits.
   */
  maxLength?: number;
}

/** Default `maxLength`: long enough for a headline's gist, short enough for a shared link. */
const DEFAULT_SLUG_LENGTH = 60;
const FALLBACK_PREFIX = 'khabar';
const MIN_LENGTH = FALLBACK_PREFIX.length + 9;

/**
 * A URL slug from any title: transliterated to ASCII (Eleventy's own slugify drops Devanagari and
 * returns ""), only a-z and 0-9, words joined by single hyphens, trimmed at a word boundary:
 * `कांग्रेस करेगी आम सम्मेलन` → `congress-karegi-aam-sammelan`. Never empty: a title with no
 * usable letters (only emoji or punctuation) gets `khabar-` plus 8 hex digits of a hash of the
 * normalised title, so the same title always gives the same slug.
 */
export function slugify(s: string, options: SlugOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_SLUG_LENGTH;
  if (!Number.isInteger(maxLength) || maxLength < MIN_LENGTH) {
    throw new RangeError(`slugify maxLength must be a whole number of at least ${MIN_LENGTH}, got ${maxLength}`);
  }
  const words = asciiWords(transliterate(s));
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > maxLength) {
      if (slug === '') slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug !== '' ? slug : `${FALLBACK_PREFIX}-${fnv1a(normalizeText(s))}`;
}

/** FNV-1a, 32 bit, as 8 hex digits: tiny, stable across Node versions, no crypto import needed. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
