/**
 * Small indexes built by Pagefind itself, read back with the search's own decoder: the tests of
 * the reader compare what it understands with what Pagefind wrote.
 */
import type { CustomRecord } from 'pagefind';
import { gunzipSync } from 'node:zlib';
import { decodeChunk, type WordEntry } from '../../scripts/search/browser/index-format.ts';
import { chunkFile, decodeMeta, isMetaFile, unwrap, type ShardMeta } from '../../scripts/search/pagefind-format.ts';

export interface BuiltIndex {
  meta: ShardMeta;
  chunks: WordEntry[][];
  files: Map<string, Uint8Array>;
}

/** Indexes `records` (language hi) with Pagefind's Node API and decodes the metadata and every chunk. */
export async function pagefindIndex(records: ReadonlyArray<Omit<CustomRecord, 'language'>>): Promise<BuiltIndex> {
  const pagefind = await import('pagefind');
  const { index } = await pagefind.createIndex({ forceLanguage: 'hi', writePlayground: false });
  try {
    for (const r of records) {
      const { errors } = await index!.addCustomRecord({ ...r, language: 'hi' });
      if (errors.length > 0) throw new Error(errors.join('\n'));
    }
    const { files } = await index!.getFiles();
    const byPath = new Map(files.map((f) => [f.path, f.content]));
    const metaPath = files.find((f) => isMetaFile(f.path))!.path;
    const meta = decodeMeta(unwrap(gunzipSync(byPath.get(metaPath)!), metaPath));
    const chunks = meta.chunks.map((c) => decodeChunk(unwrap(gunzipSync(byPath.get(chunkFile(c.hash))!), c.hash)));
    return { meta, chunks, files: byPath };
  } finally {
    await index!.deleteIndex();
  }
}

/** Every spelling Pagefind indexed from `texts` (one page each), with the key it filed it under. */
export async function pagefindWords(texts: readonly string[]): Promise<Array<{ key: string; form: string }>> {
  const { chunks } = await pagefindIndex(texts.map((content, i) => ({ url: `/${i}/`, content, meta: { title: `t${i}` } })));
  return chunks
    .flat()
    .flatMap((e) => e.spellings.map((s) => ({ key: e.key, form: s.form })))
    .filter((w) => !/^t\d+$/.test(w.form));
}
