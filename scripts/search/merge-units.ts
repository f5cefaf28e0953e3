import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { CborValue } from './cbor.ts';
import { encodeCbor } from './cbor.ts';
import { CborReader, CborWriter } from './cbor-stream.ts';
import type { BundleFile } from './compact-names.ts';
import { packMeta, roundCount } from './compact-names.ts';
import { chunkFile, filterFile, fragmentFile, metaFile, PagefindFormatError, withSignature } from './pagefind-format.ts';
import { compareKeys } from './browser/index-format.ts';
import { readUnit, type JoinedWord, type Postings, type UnitIndex } from './unit-index.ts';

/** One unit's Pagefind bundle and the tag its page files are named by (`unit` names). */
export interface Unit {
  readonly tag: string;
  readonly files: readonly BundleFile[];
}

/**
 * How page data files are named. `unit`: `<unit tag>_<n>`, n counted within the unit; the metadata
 * lists `<unit tag>_` at a unit's first page and nothing for the others (the reader derives the
 * rest), so a page keeps its name while its unit is unchanged. `content`: a hash of the file,
 * listed per page (about 5 bytes a page): for the tail, where each build adds a story.
 */
export type PageNames = 'unit' | 'content';

/**
 * Pagefind units of index chunks (one per page a word is on plus one per occurrence), as
 * `INDEX_CHUNK_SIZE` in pagefind-shard.ts sets for Pagefind's own chunks.
 */
const CHUNK_SIZE = 3400;

/**
 * The tail's chunk size (`unit-shard.ts`): a quarter of the others. The tail holds at most one
 * unit's stories, so its metadata stays small with four times its chunks, and a reader loads one
 * chunk of it per query word on every search: about 1 KB instead of 3.4 (gzip).
 */
export const TAIL_CHUNK_SIZE = 850;

/**
 * Joins Pagefind indexes of consecutive units (newest first) into one shard's index, as Pagefind
 * would have written it for all their records at once: pages numbered across the units, each
 * word's postings joined, filters joined, metadata fields renumbered. Pagefind indexes each page
 * on its own (a word's postings on one page depend on that page only; tested against one Pagefind
 * run over all records), so only the numbering moves. Chunks are cut as Pagefind cuts them, by
 * size, and named `<tag>_<n>`: `tag` must change whenever the shard's content does (the caller
 * hashes its units' cache keys). Writes metadata for the search's own reader (no file names, as
 * `compactNames` with `derivedNames`): Pagefind's runtime cannot read it.
 */
export async function mergeUnits(
  units: ReadonlyArray<Unit | Promise<Unit>>,
  tag: string,
  pageNames: PageNames,
  chunkSize = CHUNK_SIZE,
): Promise<{ files: BundleFile[]; meta: string }> {
  const fields: string[] = [];
  const words = new Map<string, JoinedWord>();
  const field = (name: string) => {
    if (!fields.includes(name)) fields.push(name);
    return fields.indexOf(name);
  };
  const files: BundleFile[] = [];
  const pages: CborValue[] = [];
  const filters = new Map<string, Map<string, number[]>>();
  let offset = 0;
  let first: UnitIndex | undefined;
  // Each unit read as soon as it is there, in order (`unitShard` indexes the next one meanwhile).
  for (const next of units) {
    const unit = await next;
    const u = readUnit(unit.files, { words, offset, field });
    first ??= u;
    if (u.version !== first.version || u.language !== first.language)
      throw new PagefindFormatError('units of one shard written by different Pagefind versions or languages');
    u.pages.forEach((p, k) => {
      const content = u.fragments.get(p.hash);
      if (!content) throw new PagefindFormatError(`no page data ${p.hash} in a unit`);
      const name = pageNames === 'unit' ? `${unit.tag}_${k.toString(36)}` : createHash('sha256').update(content).digest('hex').slice(0, 10);
      files.push({ path: fragmentFile(name), content });
      pages.push([pageNames === 'content' ? name : k === 0 ? `${unit.tag}_` : '', roundCount(p.wordCount), '']);
    });
    for (const [name, values] of u.filters) {
      const to = filters.get(name) ?? new Map<string, number[]>();
      filters.set(name, to);
      for (const [value, ps] of values) {
        const list = to.get(value) ?? [];
        for (const p of ps) list.push(p + offset);
        to.set(value, list);
      }
    }
    offset += u.pages.length;
  }
  if (!first) throw new PagefindFormatError('a shard of no units');

  // Fields and spellings in a fixed order, whatever order Pagefind's processes listed them in.
  const sortedFields = [...fields].sort(compareKeys);
  const fieldOrder = fields.map((f) => sortedFields.indexOf(f));
  const renumbering = new Map<readonly number[], readonly number[] | undefined>();
  // Per unit, once: the unit's field numbers as the shard's, undefined when they are the same.
  const fieldsOf: FieldsOf = (remap) => {
    if (!renumbering.has(remap)) {
      const to = remap.map((f) => fieldOrder[f]!);
      renumbering.set(remap, to.every((f, i) => f === i) ? undefined : to);
    }
    return renumbering.get(remap);
  };
  const chunks: CborValue[] = [];
  const keys = [...words.keys()].sort(compareKeys);
  let from = 0;
  let size = 0;
  const close = (to: number) => {
    const out = new CborWriter().array(1).array(to - from);
    for (let k = from; k < to; k++) {
      const w = words.get(keys[k]!)!;
      writePostings(out.array(3).text(keys[k]!), w.own, fieldsOf).array(w.variants.size);
      for (const form of [...w.variants.keys()].sort(compareKeys)) writePostings(out.array(2).text(form), w.variants.get(form)!, fieldsOf);
    }
    files.push({ path: chunkFile(`${tag}_${chunks.length.toString(36)}`), content: gzipSync(withSignature(out.bytes())) });
    chunks.push([keys[from]!, '', '']);
    from = to;
    size = 0;
  };
  keys.forEach((key, k) => {
    const w = words.get(key)!;
    for (const ps of [w.own, ...w.variants.values()]) for (const span of ps) size += span.size;
    if (size >= chunkSize) close(k + 1);
  });
  if (from < keys.length) close(keys.length);

  const filterList: CborValue[] = [];
  [...filters.keys()].sort(compareKeys).forEach((name, n) => {
    const values = filters.get(name)!;
    const file = `${tag}_${n.toString(36)}`;
    files.push({ path: filterFile(file), content: pack([name, [...values.keys()].sort(compareKeys).map((v) => [v, values.get(v)!])]) });
    filterList.push([name, file]);
  });
  const cbor = encodeCbor([first.version, pages, chunks, filterList, [], sortedFields]);
  const meta = metaFile(`${first.language}_${createHash('sha256').update(cbor).digest('hex').slice(0, 10)}`);
  files.unshift({ path: meta, content: packMeta(withSignature(cbor)) });
  return { files, meta };
}

/** A unit's metadata field numbers (`Span.remap`) as the joined index numbers them; undefined when unchanged. */
type FieldsOf = (remap: readonly number[]) => readonly number[] | undefined;

/**
 * Postings with absolute page numbers written as Pagefind stores them: each page as the step from
 * the one before. A run's first step is written anew and the rest copied, unless its unit numbered
 * the metadata fields otherwise than the shard: then its postings are read and their fields renumbered.
 */
function writePostings(out: CborWriter, ps: Postings, fieldsOf: FieldsOf): CborWriter {
  out.array(ps.reduce((n, span) => n + span.count, 0));
  let at = 0;
  for (const span of ps) {
    out.array(3).int(span.first - at);
    const fields = fieldsOf(span.remap);
    if (!fields) out.raw(span.src.subarray(span.from, span.to));
    else renumbered(out, new CborReader(span.src.subarray(span.from, span.to)), span.count, fields);
    at = span.last;
  }
  return out;
}

/** A run's postings copied with their metadata field numbers mapped by `fields`; the reader starts after the first page step. */
function renumbered(out: CborWriter, r: CborReader, count: number, fields: readonly number[]): void {
  for (let n = 0; n < count; n++) {
    if (n > 0) {
      r.array();
      out.array(3).int(r.int());
    }
    out.raw(r.raw());
    const m = r.array();
    out.array(m);
    for (let k = 0; k < m; k++) {
      const x = r.int();
      out.int(x < 0 ? -(fields[-x - 1]! + 1) : x);
    }
  }
}

/**
 * A CBOR file of the index, gzipped as Pagefind writes its own (deterministic: same value, same
 * bytes). zlib's default level: level 9 took longer for 0.03 % fewer bytes.
 */
function pack(v: CborValue): Uint8Array {
  return gzipSync(withSignature(encodeCbor(v)));
}
