import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encodeCbor, type CborValue } from './cbor.ts';
import {
  chunkFile,
  decodeMeta,
  ENTRY_FILE,
  fragmentFile,
  knownVersion,
  metaFile,
  PagefindFormatError,
  unwrap,
  withSignature,
} from './pagefind-format.ts';

/** One file of a Pagefind bundle, as `index.getFiles()` returns it. */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

const text = new TextDecoder();

/**
 * A shard's metadata file (`raw`: signed CBOR) as gzip, zlib's level 9: deterministic (no time in
 * the header). It was Zopfli, 13 % smaller (a 5,000-story shard's: 6,082 against 7,013 bytes), for
 * about 1 CPU-s per shard (7 ms here): 2–4 CPU-s of a cold build at 10,000 stories, and a second on
 * the search's critical path whenever a merge joins a large shard again. Readers load the metadata
 * for filtered searches, and for every query only in archives without a word index (small ones).
 */
export function packMeta(raw: Uint8Array): Uint8Array {
  return gzipSync(raw, { level: 9 });
}

/** `n` rounded to a power of two (673 → 512, 800 → 1024, 1234 → 1024), within a third of it; 0 stays 0. */
export function roundCount(n: number): number {
  if (n <= 0) return 0;
  const low = 2 ** Math.floor(Math.log2(n));
  return n - low < low / 2 ? low : 2 * low;
}

/**
 * Gives a shard's pages and index chunks short sequential names, so the metadata file every
 * reader downloads first compresses far better.
 *
 * Pagefind names each page's data file (`fragment/<hash>.pf_fragment`) and each index chunk
 * (`index/<hash>.pf_index`) by a 7-digit content hash, and lists every page's hash in the
 * metadata (`pagefind.<lang>_<hash>.pf_meta`): about 16 bytes a page, half of it hash digits that
 * gzip cannot shrink. Index chunks and filters refer to pages by number, never by hash, so renaming
 * touches only the metadata and the file names. New names are `<tag>_<n>` (n in base 36), where
 * `<tag>` is Pagefind's own hash of the original metadata, which covers every page and chunk of the
 * shard: a name still always means the same content, so hashed files may be cached for good. The
 * metadata gets a new hash of its own, and `pagefind-entry.json` points to it.
 *
 * Word counts are rounded to a power of two (`roundCount`): Pagefind uses them only to weigh page
 * length in its BM25 score. Exact counts cost about 1.8 bytes a page after gzip, counts rounded to 5
 * significant bits about 1.1, powers of two about 0.1 (5.0 KB less per 5,000-story shard). Search
 * quality did not move: MRR@10 over 1,200 derived queries 0.914 → 0.915 on jagran, 0.957 → 0.958 on
 * bbc (`npm run eval:search`); with no length signal at all (every count equal) question queries
 * lost 0.01–0.02. The metadata is gzipped at zlib's level 9 (`packMeta`).
 *
 * With `derivedNames` the metadata lists no names at all (empty strings): the search's own reader
 * derives them from the position and `names` (the tag), which the manifest carries. That is about
 * half of the file, 10 KB per 5,000-story shard. Nor the end of each chunk's range, which that
 * reader does not need (the next chunk's start bounds it): 3.5 KB more. Pagefind's runtime cannot
 * read such metadata, so builds that ship it (the eval's baseline) keep both.
 *
 * Bundled fragments (`maxFragments`) keep their page names, since their bundle files are keyed by
 * them; the chunks are renamed all the same. Rejects with `PagefindFormatError`, before changing
 * anything, when the bundle is not the layout of `PAGEFIND_VERSION` (pagefind-format.ts).
 */
export async function compactNames(files: readonly BundleFile[], derivedNames = false): Promise<{ files: BundleFile[]; names?: string }> {
  const entryFile = files.find((f) => f.path === ENTRY_FILE);
  if (!entryFile) throw new PagefindFormatError(`no ${ENTRY_FILE}`);
  const entry = JSON.parse(text.decode(entryFile.content)) as { version?: string; languages?: Record<string, { hash?: string }> };
  if (!entry.version || !knownVersion(entry.version)) throw new PagefindFormatError(`bundle written by Pagefind ${entry.version}`);
  const languages = Object.entries(entry.languages ?? {});
  if (languages.length !== 1) throw new PagefindFormatError(`${languages.length} languages in one shard`);
  const [language, info] = languages[0]!;
  const oldHash = info.hash ?? '';
  const metaPath = metaFile(oldHash);
  const metaEntry = files.find((f) => f.path === metaPath);
  if (!metaEntry || !oldHash.startsWith(`${language}_`)) throw new PagefindFormatError(`no ${metaPath}`);

  const raw = gunzipSync(metaEntry.content);
  const meta = unwrap(raw, metaPath);
  // Re-encoding must give back Pagefind's bytes exactly: proof that nothing in the file was missed.
  if (Buffer.compare(Buffer.from(withSignature(encodeCbor(meta))), raw) !== 0)
    throw new PagefindFormatError('metadata does not re-encode to the same bytes');
  const { version, pages, chunks } = decodeMeta(meta);
  if (version !== entry.version) throw new PagefindFormatError(`metadata of version ${version} in a ${entry.version} bundle`);
  const [, , , filters, sorts, fields] = meta as CborValue[];

  const tag = oldHash.slice(language.length + 1, language.length + 9);
  const rename = new Map<string, string>();
  const paths = new Set(files.map((f) => f.path));
  const renameFile = (path: (name: string) => string, oldName: string, n: number): string => {
    const name = `${tag}_${n.toString(36)}`;
    const from = path(oldName);
    if (!paths.has(from)) throw new PagefindFormatError(`metadata names ${from}, which is not in the bundle`);
    if (rename.has(from)) throw new PagefindFormatError(`${from} is named twice in the metadata`);
    rename.set(from, path(name));
    return name;
  };
  const grouped = pages.some((p) => p.group !== '');
  const listed = (name: string) => (derivedNames ? '' : name);
  const newPages = pages.map((p, i) => [grouped ? p.hash : listed(renameFile(fragmentFile, p.hash, i)), roundCount(p.wordCount), p.group]);
  const newChunks = chunks.map((c, i) => [c.from, listed(c.to), listed(renameFile(chunkFile, c.hash, i))]);
  const newCbor = encodeCbor([version, newPages, newChunks, filters!, sorts!, fields!]);
  const newHash = `${language}_${createHash('sha256').update(newCbor).digest('hex').slice(0, 10)}`;
  rename.set(metaPath, metaFile(newHash));
  const newEntry = { ...entry, languages: { [language]: { ...info, hash: newHash } } };

  const packed = packMeta(withSignature(newCbor));
  const renamed = files.map((f) => {
    if (f === metaEntry) return { path: rename.get(metaPath)!, content: packed };
    if (f === entryFile) return { path: f.path, content: new TextEncoder().encode(JSON.stringify(newEntry)) };
    const to = rename.get(f.path);
    return to ? { path: to, content: f.content } : f;
  });
  return derivedNames ? { files: renamed, names: tag } : { files: renamed };
}
