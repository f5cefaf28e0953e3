import type { RelatedDoc } from './types.ts';

/** Stories' district, category and author as small integers, and their tags as an inverted index. */
export interface Keys {
  readonly district: Int32Array;
  readonly category: Int32Array;
  readonly author: Int32Array;
  /** Number of distinct tags per story (for the tag cosine). */
  readonly tagCount: Int32Array;
  /** Per story: ids of its indexed tags (over-common and one-story tags left out). */
  readonly tags: readonly Int32Array[];
  /** Per tag id: the stories holding it, in input order, at most `maxPostings`. */
  readonly tagPostings: readonly Int32Array[];
  /** Per tag id: the tag as compared (trimmed, lowercase). */
  readonly tagNames: readonly string[];
  /** Per tag id: how many stories hold it (indexed or not). */
  readonly tagDf: Int32Array;
}

const NONE: readonly number[] = [];
const EMPTY = new Int32Array(0);

function interner(names: string[] = []): (key: string) => number {
  const ids = new Map<string, number>();
  return (key) => {
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = ids.size));
      names.push(key);
    }
    return id;
  };
}

/**
 * Interns the keys of every story. Tags compare after trimming and lowercasing (`Kisan Andolan`
 * and `kisan andolan` are one tag). Like over-common terms, a tag on more than `maxDf` stories is
 * dropped from the index: it would make every one of them a candidate for every other.
 */
export function internKeys(docs: readonly RelatedDoc[], maxDf: number, maxPostings: number): Keys {
  const n = docs.length;
  const [district, category, author] = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
  const tagNames: string[] = [];
  const [d, c, a, t] = [interner(), interner(), interner(), interner(tagNames)];
  const tagCount = new Int32Array(n);
  const raw: (readonly number[])[] = [];
  const df: number[] = [];
  docs.forEach((doc, i) => {
    district[i] = d(doc.district.slug);
    category[i] = c(doc.category.slug);
    // A story without a person (agency copy) gets a key of its own, so it earns no author bonus.
    author[i] = doc.authors[0] ? a(doc.authors[0].slug) : -1 - i;
    // Most stories have no tags: they share one empty list (an update interns every story's keys).
    const ids = doc.tags.length === 0 ? NONE : [...new Set(doc.tags.map((tag) => t(tag.trim().toLowerCase())))].sort((x, y) => x - y);
    for (const id of ids) df[id] = (df[id] ?? 0) + 1;
    tagCount[i] = ids.length;
    raw.push(ids);
  });
  const keep = (id: number): boolean => df[id]! >= 2 && df[id]! <= maxDf;
  const tags = raw.map((ids) => (ids.length === 0 ? EMPTY : Int32Array.from(ids.filter(keep))));
  const lists: number[][] = df.map(() => []);
  tags.forEach((ids, i) => {
    for (const id of ids) if (lists[id]!.length < maxPostings) lists[id]!.push(i);
  });
  return {
    district,
    category,
    author,
    tagCount,
    tags,
    tagPostings: lists.map((l) => Int32Array.from(l)),
    tagNames,
    tagDf: Int32Array.from(df),
  };
}
