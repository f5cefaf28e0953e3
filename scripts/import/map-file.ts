import { existsSync, readFileSync } from 'node:fs';
import { ContentError } from '../content/errors.ts';
import { displayPath, lineOfOffset } from '../content/lines.ts';
import { msg } from '../content/messages.ts';
import { SLUG_PATTERN } from '../content/schema.ts';
import { MapError, mapBases } from './bases.ts';
import type { ImportMap } from './import-map.ts';

const SECTIONS = ['categories', 'tags', 'authors', 'defaults'] as const;

/** The line of the last of `keys` ("bases", then "category"), each found after the one before; 0 when one is missing. */
function lineOfKeys(text: string, keys: readonly string[]): number {
  let at = 0;
  for (const key of keys) {
    at = text.indexOf(`${JSON.stringify(key)}:`, at);
    if (at < 0) return 0;
  }
  return lineOfOffset(text, at);
}

/**
 * The line JSON.parse stopped at. Node 20 names a position for some errors and only quotes the text
 * around the bad token for others (`Unexpected token ',', ..."rajniti": ," is not valid JSON`).
 */
export function jsonErrorLine(text: string, message: string): number {
  const at = /position (\d+)/.exec(message);
  if (at) return lineOfOffset(text, Number(at[1]));
  if (/end of JSON input/.test(message)) return lineOfOffset(text, text.trimEnd().length);
  const around = /^Unexpected token '?(.)'?, (?:\.\.\.)?"(.*?)"(?:\.\.\.)? is not valid JSON$/s.exec(message);
  const start = around ? text.indexOf(around[2]!) : -1;
  return start < 0 ? 0 : lineOfOffset(text, start + Math.max(0, around![2]!.indexOf(around![1]!)));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a reviewed `map.json` and reports every problem an editor can make in it at once, each at its
 * line: not JSON, a section missing, a slug that is not one (`category`, `district`, an author's
 * `slug`, `defaults`), a base the import cannot follow. The map is returned only when it has none.
 */
export function readMap(path: string): { map?: ImportMap; errors: ContentError[] } {
  const file = displayPath(path);
  if (!existsSync(path)) return { errors: [new ContentError(file, 0, msg('import.mapMissing'), msg('import.mapMissingHint'))] };
  const text = readFileSync(path, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const line = jsonErrorLine(text, (e as Error).message);
    return {
      errors: [new ContentError(file, line, msg('import.mapNotJson'), msg('import.mapNotJsonHint'), undefined, (e as Error).message)],
    };
  }
  const errors: ContentError[] = [];
  const map = isObject(parsed) ? parsed : {};
  for (const field of SECTIONS)
    if (!isObject(map[field]))
      errors.push(
        new ContentError(file, lineOfKeys(text, [field]) || 1, msg('import.mapSection', { field }), msg('import.mapSectionHint'), field),
      );
  if (errors.length) return { errors };
  const slug = (keys: string[], value: unknown, nullable: boolean) => {
    if ((nullable && value === null) || (typeof value === 'string' && SLUG_PATTERN.test(value))) return;
    const field = keys.join('.');
    errors.push(
      new ContentError(
        file,
        lineOfKeys(text, keys),
        msg('import.mapSlug', { field, value: JSON.stringify(value) ?? '—' }),
        msg('import.mapSlugHint'),
        field,
      ),
    );
  };
  for (const [key, m] of Object.entries(map.categories as Record<string, Record<string, unknown>>)) {
    slug(['categories', key, 'category'], m?.category, true);
    slug(['categories', key, 'district'], m?.district, true);
  }
  for (const [key, m] of Object.entries(map.tags as Record<string, Record<string, unknown>>))
    slug(['tags', key, 'district'], m?.district, true);
  for (const [key, m] of Object.entries(map.authors as Record<string, Record<string, unknown>>))
    slug(['authors', key, 'slug'], m?.slug, false);
  const defaults = map.defaults as Record<string, unknown>;
  slug(['defaults', 'category'], defaults.category, true);
  slug(['defaults', 'district'], defaults.district, true);
  // One base at a time, so that every wrong one is named.
  for (const kind of ['category', 'tag', 'author'])
    try {
      if (isObject(map.bases)) mapBases({ bases: { [kind]: map.bases[kind] } });
    } catch (e) {
      if (!(e instanceof MapError)) throw e;
      errors.push(new ContentError(file, lineOfKeys(text, e.field.split('.')), e.what, e.fix, e.field));
    }
  return errors.length ? { errors } : { map: map as unknown as ImportMap, errors };
}
