import { closest } from './suggest.ts';

/** A declared category, district or author. */
export interface Named {
  slug: string;
  name: string;
}

/**
 * Finds the declared entry an editor meant. Front-matter may use the ASCII slug (`rajniti`) or the
 * Hindi name (`राजनीति`); anything else is an error with the nearest slug as a suggestion.
 */
export function resolveReference<T extends Named>(value: string, entries: readonly T[]): { entry?: T; hint: string } {
  const v = value.trim();
  const entry = entries.find((e) => e.slug === v) ?? entries.find((e) => e.name === v) ?? entries.find((e) => e.slug === v.toLowerCase());
  if (entry) return { entry, hint: '' };
  const bySlug = closest(
    v,
    entries.map((e) => e.slug),
  );
  const byName = bySlug
    ? undefined
    : closest(
        v,
        entries.map((e) => e.name),
      );
  const guess = bySlug ?? entries.find((e) => e.name === byName)?.slug;
  const list = entries
    .slice(0, 12)
    .map((e) => e.slug)
    .join(', ');
  return { hint: guess ? `did you mean "${guess}"?` : `use one of: ${list}${entries.length > 12 ? ', …' : ''}` };
}
