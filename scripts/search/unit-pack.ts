import type { BundleFile } from './compact-names.ts';

/** The one file a unit's bundle is kept in by the search cache (`unit-shard.ts`). */
export const PACK_FILE = 'unit.pack';

const text = new TextEncoder();
const untext = new TextDecoder();

/**
 * A unit's bundle as one file: a unit is about 300 small files (one per story, the chunks, the
 * metadata), so a cold build of 10,000 stories wrote some 12,000 files into the cache and a
 * re-joined shard read back 300 per unit; as one file each, a file per unit. Layout: the length of
 * a JSON list of `[path, bytes]` (4 bytes, big-endian), the list, then the contents in its order.
 */
export function packBundle(files: readonly BundleFile[]): Uint8Array {
  const head = text.encode(JSON.stringify(files.map((f) => [f.path, f.content.length])));
  const out = new Uint8Array(4 + head.length + files.reduce((sum, f) => sum + f.content.length, 0));
  new DataView(out.buffer).setUint32(0, head.length);
  out.set(head, 4);
  let at = 4 + head.length;
  for (const f of files) {
    out.set(f.content, at);
    at += f.content.length;
  }
  return out;
}

/**
 * The files `packBundle` packed. The contents are views into `bytes`, not copies. Throws on bytes
 * that are not a whole pack (a cache entry cut short is a build error, not a wrong index).
 */
export function unpackBundle(bytes: Uint8Array): BundleFile[] {
  const fail = (why: string) => new Error(`search cache: a unit pack ${why}`);
  if (bytes.length < 4) throw fail('shorter than its header');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  if (4 + length > bytes.length) throw fail('shorter than its list of files');
  const list = JSON.parse(untext.decode(bytes.subarray(4, 4 + length))) as unknown;
  if (!Array.isArray(list)) throw fail('without a list of files');
  const files: BundleFile[] = [];
  let at = 4 + length;
  for (const item of list as unknown[]) {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || !Number.isInteger(item[1]) || item[1] < 0) throw fail('with a bad entry');
    const [path, size] = item as [string, number];
    if (at + size > bytes.length) throw fail(`cut short in ${path}`);
    files.push({ path, content: bytes.subarray(at, at + size) });
    at += size;
  }
  if (at !== bytes.length) throw fail('longer than its files');
  return files;
}
