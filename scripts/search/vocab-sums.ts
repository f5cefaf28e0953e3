import { keyHash, type UnitCache } from './cache.ts';
import { readPart, storePart, unitParts, unitVocabulary, type VocabularyUnit } from './vocab-cache.ts';
import { mergeParts, type ArchiveVocabulary, type VocabularyPart } from './vocab-parts.ts';

/**
 * Kept sums of the vocabulary after the first shard and after the second: a merge publishes or
 * edits stories of the newest shards, so one of these still holds, and a third would be another
 * archive-sized file written for the rare edit further back.
 */
const SUMS = 2;

/**
 * The archive's vocabulary from its units grouped by shard, newest first (`shards[i]`: shard i's
 * units in order), as `unitVocabulary` of all of them, but from the kept sum of every shard after
 * the first (or after the second) and the parts of the shards before it. At 100,000 stories
 * summing every unit's part was about 400 files and 60 MB of JSON read in each build, on the main
 * thread while pages render; now it is one archive-sized part and the newest shard's. Exact:
 * `mergeParts` is associative (counts add, a title word anywhere is one, the spelling is the first
 * part's that has the word), so a sum of later parts stands in for those parts (tested against a
 * full sum). A sum is kept under a key of every unit key it covers, so an edit anywhere in it
 * makes another key.
 */
export function shardedVocabulary(shards: ReadonlyArray<readonly VocabularyUnit[]>, cache?: UnitCache): ArchiveVocabulary {
  const last = Math.min(SUMS, shards.length - 1);
  if (!cache || last < 1) return unitVocabulary(shards.flat(), cache);
  const keyOf = (from: number) => {
    const h = keyHash({ vocabularyAfter: from });
    for (const units of shards.slice(from)) for (const u of units) h.update(`${u.key}\n`);
    return h.digest('hex').slice(0, 32);
  };
  let from = 1;
  let rest: VocabularyPart | undefined;
  for (; from <= last && !rest; from++) rest = readPart(cache, keyOf(from));
  from--;
  if (!rest) {
    rest = asPart(mergeParts(unitParts(shards.slice(last).flat(), cache)));
    storePart(cache, keyOf(last), rest);
  }
  for (let k = from - 1; k >= 1; k--) {
    rest = asPart(mergeParts([...unitParts(shards[k]!, cache), rest]));
    storePart(cache, keyOf(k), rest);
  }
  keepForLater(shards, cache, keyOf, last);
  return mergeParts([...unitParts(shards[0]!, cache), rest]);
}

/**
 * Stamps as used the entries a later build needs when it edits an older shard: every unit's part
 * after the first shard, and the kept sums. A build that finds a sum reads none of them, and the
 * cache deletes what a build did not use (`staleEntries`): the edit after a publication then
 * scanned the whole text of the newest full shard again (6.3 CPU-s at 100,000 stories, on the main
 * thread), and an edit further back the text of every older shard. Touching is a system call per
 * unit (about 400 at 100,000 stories).
 */
function keepForLater(
  shards: ReadonlyArray<readonly VocabularyUnit[]>,
  cache: UnitCache,
  keyOf: (from: number) => string,
  last: number,
): void {
  const sums = Array.from({ length: last }, (_, k) => keyOf(k + 1));
  cache.touch([...sums, ...shards.slice(1).flatMap((units) => units.map((u) => `${u.key}-v`))]);
}

/** A vocabulary as one part: what `mergeParts` of it alone gives back. */
export function asPart(v: ArchiveVocabulary): VocabularyPart {
  const part: VocabularyPart = { words: [...v.df.keys()], df: [...v.df.values()], title: [], written: [] };
  part.words.forEach((w, i) => {
    if (v.inTitle.has(w)) part.title.push(i);
    const s = v.written.get(w);
    if (s !== undefined) part.written.push([i, s]);
  });
  return part;
}
