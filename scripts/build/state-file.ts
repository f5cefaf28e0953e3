/**
 * A cache state (plain objects whose large parts are typed arrays) kept in one file per build, written
 * and read without copying the arrays. `node:v8` serialisation copies every array into one buffer to
 * write it and out of it again to read it: at 100,000 stories the related stage's state is 325 MB, so
 * that was two passes over 325 MB in every build. Here the small rest of the object goes through
 * `node:v8`, the typed arrays are written straight from memory and read back as views of the file's bytes.
 *
 * Each build writes a new generation (`state-<n>.bin`) and only then removes the older ones: renaming a
 * freshly written file over an existing one makes ext4 flush its bytes to disk first (auto_da_alloc),
 * which cost 1-2 s of wall time for 40 MB on the shared machine. A build stopped at any point leaves
 * either the previous generation or the new one whole (written aside, renamed, checked by its length).
 */
import { closeSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

const MAGIC = 0x31535253; // "SRS1"
/** Stands for the typed array at this index among those written after the skeleton. */
const SLOT = '\u0000array';
const TYPES = { Int32Array, Float32Array, Float64Array, Uint8Array, Uint32Array, Int8Array, Int16Array, Uint16Array } as const;
type TypeName = keyof typeof TYPES;
type Slot = { readonly [SLOT]: number; readonly type: TypeName; readonly length: number };

const pad8 = (n: number): number => (n + 7) & ~7;
const NAME = /^state-(\d+)\.bin$/;

/** The generation numbers of the complete states in `dir`, newest first. */
function generations(dir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((n) => (NAME.test(n) ? [Number(NAME.exec(n)![1])] : [])).sort((a, b) => b - a);
}

/** The plain-object tree of `value` with every typed array (not inside an array) replaced by a slot. */
function strip(value: unknown, arrays: ArrayBufferView[]): unknown {
  if (ArrayBuffer.isView(value)) {
    const type = value.constructor.name as TypeName;
    if (!(type in TYPES)) throw new Error(`state-file: cannot store a ${type}`);
    arrays.push(value);
    return { [SLOT]: arrays.length - 1, type, length: (value as Uint8Array).length } satisfies Slot;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v, arrays)]));
}

/** The inverse of `strip`: slots become views of `bytes` from `at` (as laid out by `writeState`). */
function dress(value: unknown, bytes: Buffer, at: { offset: number }): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  if (SLOT in value) {
    const { type, length } = value as Slot;
    const Type = TYPES[type];
    const view = new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset + at.offset, length);
    at.offset += pad8(view.byteLength);
    return view;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, dress(v, bytes, at)]));
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

/** Saves `state` as the next generation in `dir` (which must exist), then removes the older ones. */
export function writeState(dir: string, state: object): void {
  const arrays: ArrayBufferView[] = [];
  const skeleton = serialize(strip(state, arrays));
  const head = Buffer.alloc(pad8(8 + skeleton.length));
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(skeleton.length, 4);
  skeleton.copy(head, 8);
  const next = (generations(dir)[0] ?? 0) + 1;
  const tmp = join(dir, `state-${next}.bin.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    writeAll(fd, head);
    const zeros = new Uint8Array(8);
    for (const a of arrays) {
      const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      writeAll(fd, bytes);
      writeAll(fd, zeros.subarray(0, pad8(bytes.length) - bytes.length));
    }
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, join(dir, `state-${next}.bin`));
  for (const name of readdirSync(dir)) if (name !== `state-${next}.bin`) rmSync(join(dir, name), { force: true, recursive: true });
}

/** The newest state saved in `dir`, or undefined when there is none or it is not whole. */
export function readState(dir: string): unknown {
  const newest = generations(dir)[0];
  if (newest === undefined) return undefined;
  try {
    let bytes = readFileSync(join(dir, `state-${newest}.bin`));
    if (bytes.byteOffset % 8 !== 0) bytes = Buffer.from(bytes); // views need aligned bytes
    if (bytes.length < 8 || bytes.readUInt32LE(0) !== MAGIC) return undefined;
    const length = bytes.readUInt32LE(4);
    const at = { offset: pad8(8 + length) };
    if (at.offset > bytes.length) return undefined;
    const state = dress(deserialize(bytes.subarray(8, 8 + length)), bytes, at);
    // A file of another length than its layout says was cut short or added to: not trusted.
    return at.offset === bytes.length ? state : undefined;
  } catch {
    return undefined;
  }
}
