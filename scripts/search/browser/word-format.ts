import type { CborValue } from '../cbor.ts';
import { list, num, str } from '../pagefind-format.ts';
import { decodeEntry, type WordEntry } from './index-format.ts';

/** Where the word index (`../word-index.ts`) lives, relative to the site root. */
export const WORDS_PATH = 'pagefind/words/';
/** Word files listed per directory file, about (cut where a key's hash says: `word-index.ts`). */
export const WORD_DIR_FAN = 128;
/** A word or directory file of the index, by the name the manifest or its directory gives (a hash of its content). */
export const wordFileName = (name: string): string => `${name}.pf_words`;

/** A directory file: the first keys of its word files and their names, in key order. */
export function decodeWordDir(v: CborValue): { keys: string[]; names: string[] } {
  const [keys, names] = list(v, 'directory', 2);
  return { keys: list(keys, 'keys').map((k) => str(k, 'key')), names: list(names, 'names').map((n) => str(n, 'name')) };
}

/**
 * One shard's part of a key in a word file: which shard, the chunk it sits in there, and the entry
 * itself (postings with page lengths); no entry where the key is only where one of the shard's chunks starts.
 */
export interface ShardEntry {
  readonly shard: number;
  readonly chunk: number;
  readonly entry?: WordEntry;
}

/** A decoded word file: each shard's chunk at its first key, and its keys in order with their shard entries. */
export interface WordFile {
  readonly carry: readonly number[];
  readonly words: ReadonlyArray<{ readonly key: string; readonly parts: readonly ShardEntry[] }>;
}

/** A word file's value, checked as it is read. */
export function decodeWordFile(v: CborValue): WordFile {
  const [carry, words] = list(v, 'word file', 2);
  return {
    carry: list(carry, 'carry').map((c) => num(c, 'carry')),
    words: list(words, 'words').map((w) => {
      const [key, parts] = list(w, 'word', 2);
      const k = str(key, 'word');
      return {
        key: k,
        parts: list(parts, 'parts').map((p) => {
          const [shard, chunk, own, variants] = list(p, 'part');
          const at = { shard: num(shard, 'shard'), chunk: num(chunk, 'chunk') };
          return own === undefined ? at : { ...at, entry: decodeEntry([k, own, variants ?? []]) };
        }),
      };
    }),
  };
}
