import { normalizeText } from '../hindi/normalize.ts';
import { fieldName } from './field-names.ts';
import { msg, type Msg } from './messages.ts';
import { suggestEntry, type Suggestable } from './suggest.ts';

/** A declared category, district or author (with the other words editors use for it). */
export type Named = Suggestable;

/** How many slugs a "use one of" hint lists before it stops. */
const LISTED = 12;

/**
 * Finds the declared entry an editor meant. Front-matter may use the ASCII slug (`rajniti`) or the
 * Hindi name (`राजनीति`); anything else is not found, and `guess` is the entry it most likely
 * meant (suggest.ts: Hindi against names and synonyms, Latin against slugs).
 */
export function resolveReference<T extends Named>(value: string, entries: readonly T[]): { entry?: T; guess?: T } {
  const v = normalizeText(value).trim();
  const entry = entries.find((e) => e.slug === v) ?? entries.find((e) => e.name === v) ?? entries.find((e) => e.slug === v.toLowerCase());
  if (entry) return { entry };
  const guess = suggestEntry(v, entries);
  return guess ? { guess } : {};
}

/**
 * What to write instead of an unknown reference: the exact line with the guessed slug
 * (`category: krishi-mandi`), or the slugs there are. `field` is the front-matter key, `file`
 * the data file's name (`categories`); `lineOf` writes the line (`--category krishi-mandi` for `new`).
 */
export function referenceHint(
  field: string,
  file: string,
  guess: Named | undefined,
  entries: readonly Named[],
  lineOf = (slug: string) => `${field}: ${slug}`,
): Msg {
  if (guess) return msg('ref.guess', { slug: guess.slug, name: guess.name, line: lineOf(guess.slug), file });
  const list = entries.slice(0, LISTED).map((e) => e.slug);
  return msg('ref.list', { list: `${list.join(', ')}${entries.length > LISTED ? ', …' : ''}`, file });
}

/** "श्रेणी (category) "खेती" हमारी सूची में नहीं है" / `unknown category "खेती"`. */
export function unknownReference(field: string, value: string): Msg {
  return msg('ref.unknown', { field: fieldName(field), value });
}
