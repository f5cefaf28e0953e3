/**
 * The part of CBOR (RFC 8949) that Pagefind's metadata file uses: unsigned and negative integers,
 * text strings and definite-length arrays. Enough to rewrite that file, not a general codec:
 * anything else (maps, byte strings, floats, tags, indefinite lengths) is rejected, so an
 * unexpected format fails loudly instead of being rewritten wrongly.
 */

/** A value of that subset: integers, strings, arrays of them. */
export type CborValue = number | string | CborValue[];

/** The bytes are not CBOR of the supported subset; the message says what and where. */
export class CborFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CborFormatError';
  }
}

// `ignoreBOM`: a string may begin with U+FEFF (Pagefind indexes a word that starts with one), and
// the default decoder would drop it, so the value would no longer re-encode to the same bytes.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes one value that must fill `bytes` exactly. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  let at = 0;
  const fail = (what: string): never => {
    throw new CborFormatError(`${what} at byte ${at}`);
  };
  const uint = (info: number): number => {
    if (info < 24) return info;
    const width = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : fail(`unsupported length code ${info}`);
    if (at + width > bytes.length) fail('truncated integer');
    let n = 0;
    for (let i = 0; i < width; i++) n = n * 256 + bytes[at++]!;
    return n;
  };
  const value = (depth: number): CborValue => {
    if (at >= bytes.length) fail('unexpected end');
    if (depth > 16) fail('nesting too deep');
    const head = bytes[at++]!;
    const major = head >> 5;
    const n = uint(head & 31);
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 3) {
      if (at + n > bytes.length) fail('truncated string');
      const s = utf8.decode(bytes.subarray(at, at + n));
      at += n;
      return s;
    }
    if (major === 4) {
      const list: CborValue[] = [];
      for (let i = 0; i < n; i++) list.push(value(depth + 1));
      return list;
    }
    return fail(`unsupported CBOR major type ${major}`);
  };
  const out = value(0);
  if (at !== bytes.length) fail('trailing bytes');
  return out;
}

/** Encodes a value with the shortest head for every length and integer (as minicbor does). */
export function encodeCbor(v: CborValue): Uint8Array {
  // Into one growing buffer: index chunks of a shard are megabytes, and an array of numbers was
  // most of the time of joining units (merge-units.ts).
  let out = Buffer.allocUnsafe(4096);
  let at = 0;
  const room = (n: number) => {
    if (at + n <= out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, at + n));
    out.copy(bigger, 0, 0, at);
    out = bigger;
  };
  const head = (major: number, n: number) => {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new CborFormatError(`cannot encode ${n}`);
    room(5);
    const m = major << 5;
    if (n < 24) out[at++] = m | n;
    else if (n < 0x100) {
      out[at++] = m | 24;
      out[at++] = n;
    } else if (n < 0x10000) {
      out[at++] = m | 25;
      out.writeUInt16BE(n, at);
      at += 2;
    } else {
      out[at++] = m | 26;
      out.writeUInt32BE(n, at);
      at += 4;
    }
  };
  const walk = (x: CborValue) => {
    if (typeof x === 'number') {
      if (x >= 0) head(0, x);
      else head(1, -1 - x);
    } else if (typeof x === 'string') {
      const length = Buffer.byteLength(x, 'utf8');
      head(3, length);
      room(length);
      at += out.write(x, at, 'utf8');
    } else {
      head(4, x.length);
      for (const item of x) walk(item);
    }
  };
  walk(v);
  return new Uint8Array(out.buffer, out.byteOffset, at).slice();
}
