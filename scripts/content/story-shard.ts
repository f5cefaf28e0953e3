import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
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

/** A story's front-matter text and Markdown body: the tail of its folder's file, read only when asked for. */
export type StoryText = [matter: string, body: string];

/** What a build reads of a folder's file: its stories without their text, and where the text is. */
export interface ShardHead {
  stories: Map<string, Stored>;
  /** Where the tail starts, and the digest of its bytes (a tail read later must be this one). */
  tailAt: number;
  tail: string;
}

const sha = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

/**
 * A folder's stories, as v8.serialize writes them (it keeps every value as it is): first their
 * length (4 bytes), then the head, the stories with their data-file entries as indexes
 * (story-refs.ts) and without what `lookup` knows again (`kept`) or their text, then the tail, each
 * story's front-matter text and body. A build reads the head of every folder and the tail of
 * those whose text it needs: the text is three quarters of the bytes, and a merge renders, indexes
 * and relates again a few stories of a 100,000-story archive.
 */
export function packShard(stamp: string, stories: ReadonlyMap<string, Stored>, index: RefIndex): Uint8Array {
  const out = new Map<string, Stored>();
  const texts = new Map<string, StoryText>();
  for (const [id, s] of stories) {
    const valid = toIndexes(s.valid, index);
    if (!valid) continue;
    out.set(id, { ...s, valid: { ...valid, raw: kept(valid.raw) } });
    texts.set(id, [valid.raw.matter, valid.raw.body]);
  }
  const tail = serialize(texts);
  const head = serialize({ stamp, tail: sha(tail), stories: out });
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  return Buffer.concat([length, head, tail]);
}

/** Reads `length` bytes of `file` from `at`, or to its end (fewer at its end: a length read from a file may be wrong). */
function readPart(file: string, at: number, length = Number.POSITIVE_INFINITY): Buffer {
  const fd = openSync(file, 'r');
  try {
    const n = Math.max(0, Math.min(length, fstatSync(fd).size - at));
    const buf = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const r = readSync(fd, buf, got, n - got, at + got);
      if (r === 0) break;
      got += r;
    }
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** The head of a folder's file, or undefined when it was written for another stamp; throws when there is none. */
export function readShardHead(file: string, stamp: string): ShardHead | undefined {
  const length = readPart(file, 0, 4).readUInt32LE(0);
  const saved = deserialize(readPart(file, 4, length)) as { stamp?: string; tail?: string; stories?: Map<string, Stored> };
  if (saved?.stamp !== stamp || !(saved.stories instanceof Map) || typeof saved.tail !== 'string') return undefined;
  return { stories: saved.stories, tailAt: 4 + length, tail: saved.tail };
}

/** The text of a folder's stories, when the file still holds the tail its head was read with. */
export function readShardText(file: string, head: ShardHead): Map<string, StoryText> | undefined {
  try {
    const bytes = readPart(file, head.tailAt);
    return sha(bytes) === head.tail ? (deserialize(bytes) as Map<string, StoryText>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What is kept of a story's file: its path is known again when it is looked up, and its fields as
 * written were needed only to validate it (what the build uses of them is in `fm`). A fifth of the
 * bytes, and most of the objects, each build would read back for every story. Its text goes to the tail.
 */
function kept(raw: RawArticle): RawArticle {
  const { id, sourcePath, file, data, matter, body, ...rest } = raw;
  // Filled in again by StoryCache.lookup, the only reader of what is kept.
  return rest as RawArticle;
}
