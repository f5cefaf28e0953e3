import { normalizeText } from '../hindi/normalize.ts';
import { romanKey } from '../hindi/roman-key.ts';

/** Edit distance (Levenshtein) with an early exit once it passes `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The closest known value to what the editor typed, if it is close enough to be a typo:
 * `rajnit` → `rajniti`. Ties go to the earlier candidate, so the hint is stable. `limit` is the
 * largest distance taken (default: a third of the input, at least 2).
 */
export function closest(input: string, candidates: readonly string[], limit?: number): string | undefined {
  const needle = input.toLowerCase();
  const max = limit ?? Math.max(2, Math.floor(needle.length / 3));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    const lower = c.toLowerCase();
    // `krishi` for `krishi-mandi`: a typed prefix of at least 3 letters is the likeliest meaning,
    // closer than any typo, and the shortest such candidate wins.
    if (needle.length >= 3 && (lower.startsWith(needle) || needle.startsWith(lower))) {
      const d = Math.abs(lower.length - needle.length) / 100;
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
      continue;
    }
    const d = editDistance(needle, lower, max);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** A declared category, district, author or source, with the other words editors use for it. */
export interface Suggestable {
  slug: string;
  name: string;
  /** Words an editor may write for it (`खेती`, `किसान` for कृषि-मंडी), declared in the data file. */
  synonyms?: readonly string[];
}

const DEVANAGARI = /[\u0900-\u097F]/;

/** Whether text is written in Devanagari (then it is compared with names, never with slugs). */
export function isDevanagari(text: string): boolean {
  return DEVANAGARI.test(text);
}

/**
 * The entry an unknown value most likely meant, comparing like with like: Hindi text with the
 * Hindi names and synonyms (the same word, then the same sound: `जालौर` → जालोर through
 * hindi/roman-key.ts, then a one-letter typo), Latin text with how the names, synonyms and slugs
 * sound (`kheti` → खेती → krishi-mandi), then with the slugs (a typo or a prefix). Hindi text is never
 * measured against slugs or Latin against names letter by letter: `खेती` is one letter from `खेल`
 * but means farming, which a synonym says and a letter count cannot.
 */
export function suggestEntry<T extends Suggestable>(value: string, entries: readonly T[]): T | undefined {
  const v = normalizeText(value).trim();
  if (v === '') return undefined;
  const words = (e: T) => [e.name, ...(e.synonyms ?? [])].map((w) => normalizeText(w));
  const key = romanKey(v);
  const sameSound = (e: T) => key !== '' && words(e).some((w) => romanKey(w) === key);
  if (isDevanagari(v)) {
    const exact = entries.find((e) => words(e).includes(v));
    if (exact) return exact;
    const sounds = entries.find(sameSound);
    if (sounds) return sounds;
    // Devanagari letters carry more than Latin ones (a vowel sign is a letter): one edit, two for long words.
    const limit = [...v].length >= 6 ? 2 : 1;
    const all = entries.flatMap((e) => words(e).map((w) => [w, e] as const));
    const hit = closest(
      v,
      all.map(([w]) => w),
      limit,
    );
    return hit === undefined ? undefined : all.find(([w]) => w === hit)?.[1];
  }
  // The same sound first (`kheti` is खेती, a synonym, though `khel` is two letters away), then a typo of
  // a slug: one letter in a short word, two in a long one (`jaipur` is not a typo of `udaipur`).
  const sounds = entries.find(sameSound) ?? entries.find((e) => romanKey(e.slug) === key);
  if (sounds) return sounds;
  const slug = closest(
    v,
    entries.map((e) => e.slug),
    v.length >= 8 ? 2 : 1,
  );
  return entries.find((e) => e.slug === slug);
}
