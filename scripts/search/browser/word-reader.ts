import type { WordIndexInfo } from '../manifest.ts';
import { decodeCbor } from '../cbor.ts';
import { payload } from '../pagefind-format.ts';
import { compareKeys, type WordEntry } from './index-format.ts';
import { foldWord, indexKey } from './index-key.ts';
import { gunzip, remember, type FetchBytes, type ShardMatch, type ShardReader } from './shard-reader.ts';
import { decodeWordDir, decodeWordFile, positionsFileName, wordFileName, type ShardEntry, type WordFile } from './word-format.ts';

/** The last of `starts` (ascending) not after `n`. */
function lastNotAfterNumber(starts: readonly number[], n: number): number {
  let at = 0;
  while (at + 1 < starts.length && starts[at + 1]! <= n) at++;
  return at;
}

/** The last of `keys` (sorted) not after `key`, or 0 when all are. */
function lastNotAfter(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length - 1;
  let at = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys(keys[mid]!, key) <= 0) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}

/**
 * Looks words up in the word index (`../word-index.ts`) for the shards it covers at once: the
 * directory file of the word's key, then the word file (or the few) that holds it; the newer shards
 * it leaves out (the tail) are looked up in their own chunks. A shard's answer is what
 * `ShardReader.lookup` gives from that shard's own chunks, entry for entry and in the same order:
 * the chunk of a key is the chunk of the shard's last key not after it (or the file's `carry`),
 * and only entries of the word's chunks count.
 */
export class WordIndexReader {
  private readonly files = new Map<string, Promise<WordFile>>();
  private readonly dirs = new Map<string, Promise<{ keys: string[]; names: string[] }>>();
  /** Number of the first word file of each directory. */
  private readonly starts: number[] = [];

  /** `outside`: the shards it does not cover (the manifest's first, before the `info.covers` last), opened with their metadata. */
  constructor(
    private readonly info: WordIndexInfo,
    private readonly base: string,
    private readonly fetch: FetchBytes,
    private readonly outside: readonly ShardReader[] = [],
  ) {
    let n = 0;
    for (const [, , count] of info.dirs) [this.starts.push(n), (n += count)];
  }

  /** A word or directory file's bytes after its signature. */
  private async load(name: string) {
    const url = `${this.base}${wordFileName(name)}`;
    return payload(await gunzip(await this.fetch(url)), url);
  }

  private dir(d: number) {
    return remember(this.dirs, String(d), async () => decodeWordDir(decodeCbor(await this.load(this.info.dirs[d]![1]))));
  }

  /** Directory of word file `n`. */
  private dirOf(n: number): number {
    return lastNotAfterNumber(this.starts, n);
  }

  private file(n: number): Promise<WordFile> {
    return remember(this.files, String(n), async () => {
      const d = this.dirOf(n);
      const name = (await this.dir(d)).names[n - this.starts[d]!]!;
      const url = `${this.base}${positionsFileName(name)}`;
      // An empty block (postings without positions) is not a range a server can answer.
      return decodeWordFile(await this.load(name), (start, end) =>
        start === end ? Promise.resolve(new Uint8Array()) : this.fetch(url, [start, end]),
      );
    });
  }

  /** Number of the file whose keys `key` falls among. */
  private async locate(key: string): Promise<number> {
    const d = lastNotAfter(
      this.info.dirs.map((x) => x[0]),
      key,
    );
    return this.starts[d]! + lastNotAfter((await this.dir(d)).keys, key);
  }

  /** First key of file `n`, or undefined past the last file. */
  private async firstKey(n: number): Promise<string | undefined> {
    if (n >= this.info.files) return undefined;
    const d = this.dirOf(n);
    return (await this.dir(d)).keys[n - this.starts[d]!];
  }

  /**
   * Files `from`, `from + 1`, … as long as their first key starts with `key` (a key's longer words
   * spill over) and some shard's chunk there may still be one of `last` (per shard, the last chunk
   * whose entries count). A shard's chunk numbers only grow along the key order, so once every
   * shard has passed its `last`, later files hold nothing the lookup keeps: at 100,000 stories a
   * common stem's run was 20–40 files, of which one to three held entries it kept.
   */
  private async run(from: number, key: string, last: readonly number[], files: Map<number, WordFile>): Promise<void> {
    for (let n = from; ; n++) {
      const file = files.get(n) ?? (await this.file(n));
      files.set(n, file);
      const ends = [...file.carry];
      for (const w of file.words) for (const p of w.parts) ends[p.shard] = p.chunk;
      if (last.every((c, shard) => (ends[shard] ?? 0) > c)) return;
      if (!(await this.firstKey(n + 1))?.startsWith(key)) return;
    }
  }

  /** Per shard (manifest order), what `ShardReader.lookup(word)` answers there. */
  async lookup(word: string): Promise<ShardMatch[]> {
    const [outside, covered] = await Promise.all([Promise.all(this.outside.map((r) => r.lookup(word))), this.covered(word)]);
    return [...outside, ...covered.reverse()];
  }

  /** Per covered shard, oldest first (the word files' numbering), what `ShardReader.lookup(word)` answers there. */
  private async covered(word: string): Promise<ShardMatch[]> {
    const key = indexKey(word);
    const none = Array.from({ length: this.info.covers }, () => ({ entries: [], key }));
    if (key === '') return none;
    const folded = foldWord(word);
    const at = await this.locate(key);
    const atFolded = await this.locate(folded);
    const files = new Map(await Promise.all([at, atFolded].map(async (n) => [n, await this.file(n)] as const)));
    // Each shard's chunks of the key and of the unstemmed word (`chunkFor` in each shard).
    const chunkOf = (n: number, k: string, shard: number) => {
      let chunk = files.get(n)!.carry[shard] ?? 0;
      for (const w of files.get(n)!.words) {
        if (compareKeys(w.key, k) > 0) break;
        for (const p of w.parts) if (p.shard === shard) chunk = p.chunk;
      }
      return chunk;
    };
    const last = none.map((_, shard) => Math.max(chunkOf(at, key, shard), chunkOf(atFolded, folded, shard)));
    await this.run(at, key, last, files);
    // In file order, as the entries stand in the key order.
    const parts = [...files].sort((a, b) => a[0] - b[0]).flatMap(([, f]) => f.words.flatMap((w) => w.parts));
    const needPrefix: number[] = [];
    const matches = none.map((m, shard) => {
      const chunks = [...new Set([chunkOf(at, key, shard), chunkOf(atFolded, folded, shard)])];
      // In the shard's chunk order: the key's chunk, then the unstemmed word's.
      const entries = chunks.flatMap((c) =>
        parts.flatMap((p) => (p.shard === shard && p.chunk === c && p.entry?.key.startsWith(key) ? [p.entry] : [])),
      );
      if (entries.length === 0) needPrefix.push(shard);
      return { chunks, entries, key };
    });
    if (needPrefix.length > 0) await this.prefixes(key, needPrefix, matches);
    return matches.map(({ entries, key: k }) => ({ entries, key: k }));
  }

  /** For shards with no key that starts with `key` in its chunks: the longest key there that `key` starts with. */
  private async prefixes(key: string, shards: readonly number[], matches: Array<{ chunks: number[]; entries: WordEntry[] }>) {
    const letters = [...key];
    const shorter = letters.slice(1).map((_, i) => letters.slice(0, i + 1).join(''));
    const found: Array<Required<ShardEntry>> = [];
    for (const prefix of shorter) {
      const file = await this.file(await this.locate(prefix));
      for (const w of file.words) if (w.key === prefix) for (const p of w.parts) if (p.entry) found.push({ ...p, entry: p.entry });
    }
    for (const shard of shards) {
      const m = matches[shard]!;
      // Longest wins; within one chunk a key is listed once.
      const best = found
        .filter((p) => p.shard === shard && m.chunks.includes(p.chunk))
        .sort((a, b) => b.entry.key.length - a.entry.key.length)[0];
      if (best) m.entries.push(best.entry);
    }
  }
}
