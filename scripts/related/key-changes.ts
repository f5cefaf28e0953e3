import type { Keys } from './keys.ts';

/** What `keyChanges` compares. Story ids are the new archive's unless named old. */
export interface KeyChangeInput {
  readonly tags: readonly (readonly string[])[];
  readonly keys: Keys;
  readonly toOld: Int32Array;
  readonly toNew: Int32Array;
  readonly metaChanged: Uint8Array;
  /** Stories offered now and not before, or the reverse (their tags reach their holders' search). */
  readonly flipped: Uint8Array;
  /** The previous archive's meta signatures (state.ts `metaSignature`), by old id. */
  readonly oldMetas: readonly string[];
  /** Most stories an indexed tag may be on (keys.ts), the same before and after. */
  readonly cap: number;
}

/** Which stories' keys changed, and which stories hold an indexed tag whose story list may have changed. */
export interface KeyChanges {
  readonly keyChanged: Uint8Array;
  readonly tagReaders: Uint8Array;
}

const norm = (tag: string): string => tag.trim().toLowerCase();
const namesOf = (tags: readonly string[]): Set<string> => new Set(tags.map(norm));

/**
 * Key changes from the few stories that are new, removed or whose meta signature moved, without
 * interning the previous archive's keys (at 100,000 stories, parsing every stored signature cost
 * more than the rest of the check). A tag held by none of those stories, before or after, is on
 * the same stories as before: same count, so indexed or not as before, and the same list (stories
 * keep their order through renumbering). So the tags that can have changed are those the changed
 * stories hold; of them, those indexed before or after reach their holders' nearest-story search,
 * and those whose indexing flipped (a story count crossing 2 or the cap) change their holders' keys.
 */
export function keyChanges(c: KeyChangeInput): KeyChanges {
  const n = c.toOld.length;
  const delta = new Map<string, number>();
  const count = (names: Iterable<string>, by: number) => {
    for (const x of names) delta.set(x, (delta.get(x) ?? 0) + by);
  };
  const keyChanged = new Uint8Array(n);
  for (let d = 0; d < n; d++) {
    const o = c.toOld[d]!;
    if (o >= 0 && !c.metaChanged[d]) {
      if (c.flipped[d]) count(namesOf(c.tags[d]!), 0);
      continue;
    }
    keyChanged[d] = 1;
    count(namesOf(c.tags[d]!), 1);
    if (o >= 0) count(namesOf(oldTags(c.oldMetas[o]!)), -1);
  }
  c.toNew.forEach((d, o) => d < 0 && count(namesOf(oldTags(c.oldMetas[o]!)), -1));
  if (delta.size === 0) return { keyChanged, tagReaders: new Uint8Array(n) };
  const id = new Map(c.keys.tagNames.map((name, t) => [name, t]));
  const indexed = (df: number) => df >= 2 && df <= c.cap;
  // Per touched tag: 1 when indexed before or after, 2 when also indexed on one side only.
  const reach = new Map<string, number>();
  for (const [x, by] of delta) {
    const t = id.get(x);
    const now = t === undefined ? 0 : c.keys.tagDf[t]!;
    const [after, before] = [indexed(now), indexed(now - by)];
    if (after || before) reach.set(x, after !== before ? 2 : 1);
  }
  const tagReaders = new Uint8Array(n);
  if (reach.size === 0) return { keyChanged, tagReaders };
  for (let d = 0; d < n; d++) {
    for (const tag of c.tags[d]!) {
      const r = reach.get(norm(tag));
      if (r === undefined) continue;
      tagReaders[d] = 1;
      if (r === 2) keyChanged[d] = 1;
    }
  }
  return { keyChanged, tagReaders };
}

/** The tags a meta signature recorded (state.ts `metaSignature`: they are its second field). */
function oldTags(meta: string): string[] {
  return (JSON.parse(meta) as [number, string[]])[1];
}
