import { gunzipSync } from 'node:zlib';
import { CborFormatError, type CborValue } from './cbor.ts';
import { CborReader } from './cbor-stream.ts';
import type { BundleFile } from './compact-names.ts';
import {
  chunkFile,
  decodeMeta,
  ENTRY_FILE,
  filterFile,
  fragmentFile,
  knownVersion,
  list,
  metaFile,
  num,
  PagefindFormatError,
  payload,
  str,
  unwrap,
  type PageInfo,
} from './pagefind-format.ts';

/**
 * A word's postings on one spelling: `[page, contentLocations, metaLocations]`, the page absolute,
 * the content locations as their CBOR bytes (copied, never changed, when units are joined).
 */
export type Postings = Array<[number, Uint8Array, number[]]>;

/** One word of a joined index: the postings of the spelling equal to its key, and of other spellings by form. */
export interface JoinedWord {
  readonly own: Postings;
  readonly variants: Map<string, Postings>;
}

/**
 * Where a unit's words go as they are read: the joined words by key, the number of the unit's
 * first page in the shard, and the shard's number for a metadata field (so postings are read
 * straight into their final form, not copied again).
 */
export interface WordSink {
  readonly words: Map<string, JoinedWord>;
  readonly offset: number;
  readonly field: (name: string) => number;
}

/** A unit's Pagefind bundle, decoded as far as merging needs (`merge-units.ts`); locations stay as Pagefind wrote them. */
export interface UnitIndex {
  readonly version: string;
  readonly language: string;
  readonly pages: readonly PageInfo[];
  readonly fields: readonly string[];
  /** Filter name → value → pages. */
  readonly filters: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  /** Page data by page hash, as written (gzip). */
  readonly fragments: ReadonlyMap<string, Uint8Array>;
}

const text = new TextDecoder();

/**
 * Reads a bundle as Pagefind's `getFiles` returns it (names listed in the metadata, nothing
 * rewritten), its words into `sink`. Layouts in pagefind-format.ts and browser/index-format.ts;
 * throws `PagefindFormatError` on anything else.
 */
export function readUnit(files: readonly BundleFile[], sink: WordSink): UnitIndex {
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const entryBytes = byPath.get(ENTRY_FILE);
  if (!entryBytes) throw new PagefindFormatError(`no ${ENTRY_FILE}`);
  const entry = JSON.parse(text.decode(entryBytes)) as { version?: string; languages?: Record<string, { hash?: string }> };
  if (!entry.version || !knownVersion(entry.version)) throw new PagefindFormatError(`bundle written by Pagefind ${entry.version}`);
  const languages = Object.entries(entry.languages ?? {});
  if (languages.length !== 1) throw new PagefindFormatError(`${languages.length} languages in one unit`);
  const [language, info] = languages[0]!;
  const load = (path: string): CborValue => {
    const bytes = byPath.get(path);
    if (!bytes) throw new PagefindFormatError(`no ${path}`);
    return unwrap(gunzipSync(bytes), path);
  };
  const rawMeta = load(metaFile(info.hash ?? ''));
  const meta = decodeMeta(rawMeta);
  if (list((rawMeta as CborValue[])[4], 'sorts').length > 0) throw new PagefindFormatError('sort keys are not merged');
  if (meta.pages.some((p) => p.group !== '')) throw new PagefindFormatError('bundled page data is not merged');
  const remap = meta.metaFields.map(sink.field);
  const read = (r: CborReader, to: Postings) => postings(r, sink.offset, remap, to);
  for (const c of meta.chunks) {
    const path = chunkFile(c.hash);
    const bytes = byPath.get(path);
    if (!bytes) throw new PagefindFormatError(`no ${path}`);
    try {
      // A plain view, not the Buffer gunzip returns: a Buffer's subarray (one per posting, `raw`) goes
      // through Buffer's own constructor, a third of the decoding's time.
      const raw = payload(gunzipSync(bytes), path);
      const r = new CborReader(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
      if (r.array() !== 1) throw new PagefindFormatError(`${path} is not a list of 1`);
      for (let n = r.array(); n > 0; n--) {
        if (r.array() !== 3) throw new PagefindFormatError(`a word of ${path} is not a list of 3`);
        const key = r.text();
        let word = sink.words.get(key);
        if (!word) sink.words.set(key, (word = { own: [], variants: new Map() }));
        read(r, word.own);
        for (let v = r.array(); v > 0; v--) {
          if (r.array() !== 2) throw new PagefindFormatError(`a variant of ${path} is not a list of 2`);
          const form = r.text();
          const to = word.variants.get(form);
          if (to) read(r, to);
          else word.variants.set(form, read(r, []));
        }
      }
    } catch (e) {
      throw e instanceof CborFormatError ? new PagefindFormatError(`${path}: ${e.message}`) : e;
    }
  }
  const filters = new Map<string, Map<string, number[]>>();
  for (const [name, hash] of meta.filters) {
    const [, values] = list(load(filterFile(hash)), 'filter', 2);
    const byValue = new Map<string, number[]>();
    for (const v of list(values, 'filter values')) {
      const [value, pages] = list(v, 'filter value', 2);
      byValue.set(
        str(value, 'filter value'),
        list(pages, 'filter pages').map((p) => num(p, 'filter page')),
      );
    }
    filters.set(name, byValue);
  }
  const fragments = new Map<string, Uint8Array>();
  for (const p of meta.pages) {
    const bytes = byPath.get(fragmentFile(p.hash));
    if (!bytes) throw new PagefindFormatError(`no ${fragmentFile(p.hash)}`);
    fragments.set(p.hash, bytes);
  }
  return { version: meta.version, language, pages: meta.pages, fields: meta.metaFields, filters, fragments };
}

const NO_FIELDS: number[] = [];

/** Postings with page steps turned into page numbers from `offset`, metadata fields renumbered by `remap`, added to `out` (no list in between: a shard has about a million). */
function postings(r: CborReader, offset: number, remap: readonly number[], out: Postings): Postings {
  let page = offset;
  for (let n = r.array(); n > 0; n--) {
    if (r.array() !== 3) throw new PagefindFormatError('a posting is not a list of 3');
    page += r.int();
    const locs = r.raw();
    let metaLocs = NO_FIELDS;
    const m = r.array();
    if (m > 0) {
      metaLocs = [];
      for (let k = 0; k < m; k++) {
        const x = r.int();
        metaLocs.push(x < 0 ? -(remap[-x - 1]! + 1) : x);
      }
    }
    out.push([page, locs, metaLocs]);
  }
  return out;
}
