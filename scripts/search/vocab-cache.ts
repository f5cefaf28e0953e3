import type { Article } from '../catalog/types.ts';
import { romanKey } from '../hindi/roman-key.ts';
import { typoShelf } from '../hindi/typo-distance.ts';
import { keyHash, type UnitCache } from './cache.ts';
import { mergeParts, vocabularyParts, type ArchiveVocabulary, type VocabularyPart } from './vocab-parts.ts';

/** One search unit: its cache key (`shardKeys`) and its stories. */
export interface VocabularyUnit {
  readonly key: string;
  readonly articles: readonly Article[];
}

const PART_FILE = 'vocabulary.json';

/**
 * The archive's vocabulary from its units (in the archive's order), each unit's part from the
 * cache where it is there (entry `<unit key>-v`, beside the unit's Pagefind files) and scanned
 * otherwise: a merge reads the text of its changed units only. Equal to `archiveVocabulary` of
 * all the stories (tested), since the unit key covers the title and text it is made from.
 */
export function unitVocabulary(units: readonly VocabularyUnit[], cache?: UnitCache): ArchiveVocabulary {
  return mergeParts(unitParts(units, cache));
}

/** The vocabulary parts of `units`, in order: cached ones read, the others scanned and cached (see `unitVocabulary`). */
export function unitParts(units: readonly VocabularyUnit[], cache?: UnitCache): VocabularyPart[] {
  const parts: Array<VocabularyPart | undefined> = units.map((u) => readPart(cache, `${u.key}-v`));
  const missing = parts.flatMap((p, i) => (p ? [] : [i]));
  vocabularyParts(missing.map((i) => units[i]!.articles)).forEach((part, k) => {
    const i = missing[k]!;
    parts[i] = part;
    storePart(cache, `${units[i]!.key}-v`, part);
  });
  return parts as VocabularyPart[];
}

/** A vocabulary part kept under `key`, or undefined when there is none. */
export function readPart(cache: UnitCache | undefined, key: string): VocabularyPart | undefined {
  const file = cache?.readFiles(key)?.find((f) => f.path === PART_FILE);
  return file ? (JSON.parse(Buffer.from(file.content).toString('utf8')) as VocabularyPart) : undefined;
}

/** Keeps a vocabulary part under `key`; never fails a build. */
export function storePart(cache: UnitCache | undefined, key: string, part: VocabularyPart): void {
  cache?.storeFiles(key, [{ path: PART_FILE, content: Buffer.from(JSON.stringify(part)) }]);
}

/**
 * `romanKey` and `typoShelf` of the archive's words, remembered between builds (one cache entry
 * under the code stamp): transliterating every word again was most of the romanised map's time.
 * `save` keeps the words asked for in this build, so words that left the archive leave the memo.
 */
export class WordKeys {
  private readonly known: Map<string, readonly [string, string]>;
  private readonly used = new Map<string, readonly [string, string]>();
  private readonly key = keyHash({ wordKeys: 1 }).digest('hex').slice(0, 32);
  private added = 0;

  constructor(private readonly cache?: UnitCache) {
    const file = cache?.readFiles(this.key)?.[0];
    const list = file ? (JSON.parse(Buffer.from(file.content).toString('utf8')) as Array<[string, string, string]>) : [];
    this.known = new Map(list.map(([w, r, s]) => [w, [r, s] as const]));
  }

  private keys(word: string): readonly [string, string] {
    let k = this.used.get(word);
    if (!k) {
      k = this.known.get(word);
      if (!k) {
        k = [romanKey(word), typoShelf(word)];
        this.added++;
      }
      this.used.set(word, k);
    }
    return k;
  }

  readonly roman = (word: string): string => this.keys(word)[0];
  readonly shelf = (word: string): string => this.keys(word)[1];

  /** Writes the memo when this build computed new words or left some out; never fails a build. */
  save(): void {
    if (!this.cache || (this.added === 0 && this.used.size === this.known.size)) return;
    const list = [...this.used].map(([w, [r, s]]) => [w, r, s]);
    this.cache.storeFiles(this.key, [{ path: 'words.json', content: Buffer.from(JSON.stringify(list)) }]);
  }
}
