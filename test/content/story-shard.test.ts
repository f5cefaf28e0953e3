import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packShard, readShardHead, readShardText, type Stored } from '../../scripts/content/story-shard.ts';
import { refIndex } from '../../scripts/content/story-refs.ts';
import { loadContent } from '../../scripts/content/index.ts';
import { copyArchive, tempDir } from '../helpers/archive.ts';

const shard = suite('story-shard: a folder’s stories as a head, and their text as a tail read on demand');

let content = '';
let dir = '';
shard.before.each(() => {
  content = copyArchive();
  dir = tempDir('samachar-shard-');
});
shard.after.each(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

/** The fixture's stories as the story cache keeps them, packed into one file. */
function packed() {
  const loaded = loadContent(content);
  const stories = new Map<string, Stored>(loaded.records.map((v) => [v.raw.id, { digest: 'd', valid: v }] as const));
  const file = join(dir, 'shard.bin');
  writeFileSync(file, packShard('stamp-1', stories, refIndex(loaded.data)));
  return { file, records: loaded.records };
}

shard('the head holds no text; the tail holds every story’s front-matter text and body', () => {
  const { file, records } = packed();
  const head = readShardHead(file, 'stamp-1')!;
  assert.is(head.stories.size, records.length);
  for (const s of head.stories.values()) {
    assert.is(s.valid.raw.body, undefined);
    assert.is(s.valid.raw.matter, undefined);
  }
  const text = readShardText(file, head)!;
  for (const r of records) assert.equal(text.get(r.raw.id), [r.raw.matter, r.raw.body]);
});

shard('the head is read without the tail; a tail that is not the head’s is refused', () => {
  const { file } = packed();
  const bytes = readFileSync(file);
  const head = readShardHead(file, 'stamp-1')!;
  writeFileSync(file, bytes.subarray(0, head.tailAt));
  assert.is(readShardHead(file, 'stamp-1')!.stories.size, head.stories.size);
  assert.is(readShardText(file, head), undefined);
  const other = Buffer.from(bytes);
  other[other.length - 2]! ^= 1;
  writeFileSync(file, other);
  assert.is(readShardText(file, head), undefined);
});

shard('a file written for another stamp is not read', () => {
  assert.is(readShardHead(packed().file, 'stamp-2'), undefined);
});

shard.run();
