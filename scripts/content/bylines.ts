import type { RawArticle } from './load.ts';
import type { SiteData } from './data-files.ts';
import type { Author, Source } from './schema.ts';
import { referenceHint, resolveReference, unknownReference } from './references.ts';
import { msg, type Msg } from './messages.ts';
import { yamlKeyOf } from './lines.ts';

/** Reports one problem of a field, at `line` when given, else at the field's own line. */
export type AddProblem = (field: string, message: Msg | string, hint?: Msg | string, line?: number) => void;

/**
 * 1-based line of item `index` of a list field written as a block (`author:` then `- a` lines); the
 * field's own line for a one-line value (`author: [a, b]`, `author: a`) or when the item is not found.
 */
export function itemLine(raw: RawArticle, field: string, index: number): number | undefined {
  const lines = raw.matter.split('\n');
  const at = lines.findIndex((l) => yamlKeyOf(l) === field);
  if (at < 0) return undefined;
  if (lines[at]!.slice(lines[at]!.indexOf(':') + 1).trim() !== '') return at + 1;
  let seen = -1;
  let indent = -1;
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.trimStart();
    if (t === '' || t.startsWith('#')) continue;
    // The next field ends the list; an item's own lines (`  text: …` of a mapping) are indented.
    if (t.length === l.length && !t.startsWith('-')) break;
    if (!t.startsWith('-')) continue;
    if (indent < 0) indent = l.length - t.length;
    if (l.length - t.length === indent && ++seen === index) return i + 1;
  }
  return at + 1;
}

/** The people and the agency a story is by, resolved against the data files. */
export interface Byline {
  authors: Author[];
  source?: Source;
}

/**
 * Resolves `author` (one or a list) against authors.json and `source` against sources.json, each
 * unknown or repeated name at its own line. A story needs at least one of the two.
 */
export function resolveByline(
  raw: RawArticle,
  fm: { author?: string[]; source?: string },
  site: SiteData,
  add: AddProblem,
): Byline | undefined {
  const authorGiven = Object.hasOwn(raw.data, 'author');
  if (!authorGiven && !Object.hasOwn(raw.data, 'source')) {
    add('author', msg('byline.missing'), msg('byline.missingHint'));
    return undefined;
  }
  let ok = true;
  const authors: Author[] = [];
  (fm.author ?? []).forEach((value, i) => {
    const line = itemLine(raw, 'author', i);
    const r = resolveReference(value, site.authors);
    if (!r.entry) {
      add('author', unknownReference('author', value), referenceHint('author', 'authors', r.guess, site.authors), line);
      ok = false;
    } else if (authors.includes(r.entry)) {
      add('author', msg('ref.twice', { value }), msg('ref.twiceHint'), line);
      ok = false;
    } else authors.push(r.entry);
  });
  let source: Source | undefined;
  if (fm.source !== undefined) {
    const r = resolveReference(fm.source, site.sources);
    if (r.entry) source = r.entry;
    else {
      const hint = site.sources.length ? referenceHint('source', 'sources', r.guess, site.sources) : msg('byline.noSources');
      add('source', unknownReference('source', fm.source), hint);
      ok = false;
    }
  }
  if (!ok || (fm.author === undefined && fm.source === undefined)) return undefined;
  return source ? { authors, source } : { authors };
}
