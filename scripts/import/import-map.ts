import { normalizeText } from '../hindi/normalize.ts';
import { slugify } from '../hindi/slug.ts';

/** A WordPress category as mapped: to a samachar category, to a district, or both (null: undecided). */
export interface CategoryMapping {
  name: string;
  posts: number;
  category: string | null;
  district: string | null;
}

/** A WordPress tag: kept as a tag (its Hindi name), and a district when it names one. */
export interface TagMapping {
  name: string;
  posts: number;
  district: string | null;
}

/** A WordPress user: the samachar author slug and the name shown in bylines; `nicename` names their old archive. */
export interface AuthorMapping {
  name: string;
  posts: number;
  slug: string;
  /** WordPress's `user_nicename` (`/author/<nicename>/`): proposed from the login, editable. */
  nicename?: string;
}

/**
 * `map.json`: written by `--plan`, reviewed by an editor, followed by the import. Keys are
 * WordPress nicenames and logins as the export spells them (percent-encoded ones decoded).
 * `defaults` fill a post whose categories give no category or district.
 */
export interface ImportMap {
  categories: Record<string, CategoryMapping>;
  tags: Record<string, TagMapping>;
  authors: Record<string, AuthorMapping>;
  defaults: { category: string | null; district: string | null };
  /** Where the old site served its archives (Settings → Permalinks); WordPress's defaults when absent (bases.ts). */
  bases?: { category: string; tag: string; author: string };
}

/** A vocabulary entry of the content folder (`_data/*.json`). */
export interface Vocab {
  slug: string;
  name: string;
}

/** A percent-encoded nicename (`%e0%a4%96…`) as text; a broken escape stays as it is. */
export function decodeName(s: string): string {
  try {
    return normalizeText(decodeURIComponent(s));
  } catch {
    return normalizeText(s);
  }
}

/** The entry of `vocab` a WordPress term names, by its slug or its Hindi name. */
export function matchVocab(vocab: readonly Vocab[], nicename: string, name: string): string | null {
  const n = normalizeText(name);
  const slug = decodeName(nicename);
  return vocab.find((v) => v.slug === slug || normalizeText(v.name) === n || v.slug === slugify(n))?.slug ?? null;
}

/**
 * The first proposal for a map: a category that names a district becomes that district (with no
 * category); one that names a samachar category maps to it; any other gets a new transliterated
 * slug, added to categories.json by the import. A tag that names a district maps to it. Authors get
 * their display name and a transliterated slug, or the existing author of that name.
 */
export function proposeMap(
  counts: { categories: Map<string, [string, number]>; tags: Map<string, [string, number]>; authors: Map<string, [string, number]> },
  vocab: { categories: readonly Vocab[]; districts: readonly Vocab[]; authors: readonly Vocab[] },
): ImportMap {
  const map: ImportMap = { categories: {}, tags: {}, authors: {}, defaults: { category: null, district: null } };
  for (const [nicename, [name, posts]] of counts.categories) {
    const district = matchVocab(vocab.districts, nicename, name);
    const category = district ? null : (matchVocab(vocab.categories, nicename, name) ?? slugify(name || decodeName(nicename)));
    map.categories[decodeName(nicename)] = { name, posts, category, district };
  }
  for (const [nicename, [name, posts]] of counts.tags) {
    map.tags[decodeName(nicename)] = { name, posts, district: matchVocab(vocab.districts, nicename, name) };
  }
  for (const [login, [name, posts]] of counts.authors) {
    const known = vocab.authors.find((a) => normalizeText(a.name) === normalizeText(name));
    map.authors[login] = { name, posts, slug: known?.slug ?? slugify(name || login) };
  }
  return map;
}
