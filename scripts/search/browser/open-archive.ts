import type { SearchManifest } from '../manifest.ts';
import { ArchiveIndex } from './archive-index.ts';
import { fetchBytes, ShardReader, type FetchBytes } from './shard-reader.ts';
import { spellingMatches } from './spelling-rule.ts';
import { WordIndexReader } from './word-reader.ts';
import { RANKING } from './word-score.ts';

/**
 * Opens the shards a manifest lists (newest first). With a word index (and `shardByShard` not
 * set) only the metadata of the shards it leaves out (the tail) is fetched now, the rest at a
 * search, and a filtered search opens the shards' metadata then; without one, every shard's
 * metadata is fetched now, in parallel.
 */
export async function openArchive(
  manifest: SearchManifest,
  siteBase: string,
  fetch: FetchBytes = fetchBytes,
  shardByShard = false,
): Promise<ArchiveIndex> {
  const base = (path: string) => new URL(path, siteBase).href;
  const opened = async () =>
    new ArchiveIndex(
      await Promise.all(manifest.shards.map((s) => ShardReader.open(base(s.path), s.meta, fetch, manifest.baseUrl, s.names))),
    );
  const w = manifest.words;
  if (!w || shardByShard) return opened();
  // Shards the word index leaves out (the tail) are read through their metadata, fetched now.
  const out = manifest.shards.length - w.covers;
  const outside = await Promise.all(
    manifest.shards.slice(0, out).map((s) => ShardReader.open(base(s.path), s.meta, fetch, manifest.baseUrl, s.names)),
  );
  const shards = [
    ...outside,
    ...manifest.shards
      .slice(out)
      .map((s, i) =>
        ShardReader.derived(
          base(s.path),
          s.names,
          s.articles,
          w.shards[i]?.listed ?? [],
          w.shards[i]?.fields ?? [],
          fetch,
          manifest.baseUrl,
        ),
      ),
  ];
  let full: Promise<ArchiveIndex> | undefined;
  return new ArchiveIndex(shards, RANKING, spellingMatches, {
    reader: new WordIndexReader(w, base(w.path), fetch, outside),
    pages: w.pages,
    words: w.words,
    opened: () => (full ??= opened()),
  });
}
