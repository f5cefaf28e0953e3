import { deserialize, serialize } from 'node:v8';
import type { RawArticle } from './load.ts';
import type { PictureRef } from './picture-refs.ts';
import { type RefIndex, toIndexes } from './story-refs.ts';
import type { ValidArticle } from './validate.ts';

/** A story kept by the story cache: what validating its file gave, and the digest of those bytes. */
export interface Stored {
  digest: string;
  valid: ValidArticle;
  pictures?: PictureRef[];
  /** Values made from the story alone, by what they were made with (StoryCache.keep). */
  kept?: Record<string, unknown>;
}

/**
 * A folder's stories, with their data-file entries as indexes (story-refs.ts) and without what
 * `lookup` knows again (`kept`), as v8.serialize writes them (it keeps every value as it is).
 */
export function packShard(stamp: string, stories: ReadonlyMap<string, Stored>, index: RefIndex): Uint8Array {
  const out = new Map<string, Stored>();
  for (const [id, s] of stories) {
    const valid = toIndexes(s.valid, index);
    if (valid) out.set(id, { ...s, valid: { ...valid, raw: kept(valid.raw) } });
  }
  return serialize({ stamp, stories: out });
}

/** The stories of a folder's file, or undefined when it was written for another stamp. */
export function unpackShard(bytes: Uint8Array, stamp: string): Map<string, Stored> | undefined {
  const saved = deserialize(bytes) as { stamp?: string; stories?: Map<string, Stored> };
  return saved?.stamp === stamp && saved.stories instanceof Map ? saved.stories : undefined;
}

/**
 * What is kept of a story's file: its path is known again when it is looked up, and its fields as
 * written were needed only to validate it (what the build uses of them is in `fm`). A fifth of the
 * bytes, and most of the objects, each build would read back for every story.
 */
function kept(raw: RawArticle): RawArticle {
  const { id, sourcePath, file, data, ...rest } = raw;
  // Filled in again by StoryCache.lookup, the only reader of what is kept.
  return rest as RawArticle;
}
