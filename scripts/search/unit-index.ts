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
 * A run of one unit's postings of one spelling, kept as the CBOR bytes Pagefind wrote (`src`, a
 * chunk's payload): the postings after the first one's page step, `from` to `to`. A shard has about
 * a million postings and decoding each into arrays and views (then encoding it again) was most of
 * joining's time and garbage; a run needs only its first page rewritten to join the shard's
 * numbering. `first` and `last` are absolute pages, `size` the chunk-cutting measure of its postings
 * (one per posting plus its location bytes), `remap` the unit's metadata fields as the shard's.
 */
export interface Span {
  readonly src: Uint8Array;
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly first: number;
  readonly last: number;
  readonly size: number;
  readonly remap: readonly number[];
}

/** A word's postings on one spelling, runs of consecutive units in page order. */
export type Postings = Span[];

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
  const read = (r: CborReader, src: Uint8Array, to: Postings) => postings(r, src, sink.offset, remap, to);
  for (const c of meta.chunks) {
    const path = chunkFile(c.hash);
    const bytes = byPath.get(path);
    if (!bytes) throw new PagefindFormatError(`no ${path}`);
    try {
      // A plain view, not the Buffer gunzip returns: a Buffer's subarray (one per posting, `raw`) goes
      // through Buffer's own constructor, a third of the decoding's time.
      const raw = payload(gunzipSync(bytes), path);
      const src = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
      const r = new CborReader(src);
      if (r.array() !== 1) throw new PagefindFormatError(`${path} is not a list of 1`);
      for (let n = r.array(); n > 0; n--) {
        if (r.array() !== 3) throw new PagefindFormatError(`a word of ${path} is not a list of 3`);
        const key = r.text();
        let word = sink.words.get(key);
        if (!word) sink.words.set(key, (word = { own: [], variants: new Map() }));
        read(r, src, word.own);
        for (let v = r.array(); v > 0; v--) {
          if (r.array() !== 2) throw new PagefindFormatError(`a variant of ${path} is not a list of 2`);
          const form = r.text();
          const to = word.variants.get(form);
          if (to) read(r, src, to);
          else word.variants.set(form, read(r, src, []));
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

/**
 * A spelling's postings in a unit as one `Span` added to `out` (none when it has none), checked as
 * far as joining relies on: each a list of 3, page steps and field numbers integers.
 */
function postings(r: CborReader, src: Uint8Array, offset: number, remap: readonly number[], out: Postings): Postings {
  const count = r.array();
  if (count === 0) return out;
  let page = offset;
  let first = 0;
  let from = 0;
  let size = 0;
  for (let n = 0; n < count; n++) {
    if (r.array() !== 3) throw new PagefindFormatError('a posting is not a list of 3');
    page += r.int();
    if (n === 0) {
      first = page;
      from = r.position;
    }
    const locs = r.position;
    r.skip();
    size += 1 + r.position - locs;
    for (let m = r.array(); m > 0; m--) {
      const x = r.int();
      if (x < 0 && remap[-x - 1] === undefined)
        throw new PagefindFormatError(`a posting names metadata field ${-x - 1} of ${remap.length}`);
    }
  }
  out.push({ src, from, to: r.position, count, first, last: page, size, remap });
  return out;
}
