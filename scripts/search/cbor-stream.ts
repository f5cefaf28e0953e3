import { CborFormatError } from './cbor.ts';

/**
 * CBOR read and written piece by piece, for joining index chunks (`merge-units.ts`): a word's
 * locations are most of a chunk's bytes and need no change, so they are copied as bytes instead of
 * being decoded into arrays of numbers and encoded again (which made joining a shard slower than
 * indexing it). The same subset as `cbor.ts`: integers, text strings, definite arrays.
 */
export class CborReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  /** The next item's major type and argument (a length, or an integer's value). */
  private head(): [number, number] {
    if (this.at >= this.bytes.length) throw new CborFormatError(`unexpected end at byte ${this.at}`);
    const b = this.bytes[this.at++]!;
    const info = b & 31;
    let n = info;
    if (info >= 24) {
      const width = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
      if (width === 0 || this.at + width > this.bytes.length)
        throw new CborFormatError(`unsupported length code ${info} at byte ${this.at}`);
      n = 0;
      for (let i = 0; i < width; i++) n = n * 256 + this.bytes[this.at++]!;
    }
    return [b >> 5, n];
  }

  /** An array's length. */
  array(): number {
    const [major, n] = this.head();
    if (major !== 4) throw new CborFormatError(`expected an array at byte ${this.at}`);
    return n;
  }

  int(): number {
    const [major, n] = this.head();
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    throw new CborFormatError(`expected an integer at byte ${this.at}`);
  }

  text(): string {
    const [major, n] = this.head();
    if (major !== 3 || this.at + n > this.bytes.length) throw new CborFormatError(`expected a string at byte ${this.at}`);
    const s = Buffer.from(this.bytes.buffer, this.bytes.byteOffset + this.at, n).toString('utf8');
    this.at += n;
    return s;
  }

  /** The bytes of the next item, whole, skipped over. */
  raw(): Uint8Array {
    const from = this.at;
    this.skip();
    return this.bytes.subarray(from, this.at);
  }

  /** Where the next item starts. */
  get position(): number {
    return this.at;
  }

  /** Skips the next item, whole. */
  skip(): void {
    const [major, n] = this.head();
    if (major === 3) this.at += n;
    else if (major === 4) for (let i = 0; i < n; i++) this.skip();
    else if (major > 1) throw new CborFormatError(`unsupported major type ${major} at byte ${this.at}`);
  }
}

/** Writes CBOR into a growing buffer, with the shortest head for every length and integer (as `encodeCbor`). */
export class CborWriter {
  private out = Buffer.allocUnsafe(1 << 16);
  private at = 0;

  private room(n: number): void {
    if (this.at + n <= this.out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.at + n));
    this.out.copy(bigger, 0, 0, this.at);
    this.out = bigger;
  }

  private head(major: number, n: number): void {
    this.room(5);
    const m = major << 5;
    if (n < 24) this.out[this.at++] = m | n;
    else if (n < 0x100) {
      this.out[this.at++] = m | 24;
      this.out[this.at++] = n;
    } else if (n < 0x10000) {
      this.out[this.at++] = m | 25;
      this.at = this.out.writeUInt16BE(n, this.at);
    } else {
      this.out[this.at++] = m | 26;
      this.at = this.out.writeUInt32BE(n, this.at);
    }
  }

  array(n: number): this {
    this.head(4, n);
    return this;
  }

  int(n: number): this {
    if (!Number.isInteger(n) || Math.abs(n) > 0xffffffff) throw new CborFormatError(`cannot encode ${n}`);
    if (n >= 0) this.head(0, n);
    else this.head(1, -1 - n);
    return this;
  }

  text(s: string): this {
    const length = Buffer.byteLength(s, 'utf8');
    this.head(3, length);
    this.room(length);
    this.at += this.out.write(s, this.at, 'utf8');
    return this;
  }

  raw(bytes: Uint8Array): this {
    this.room(bytes.length);
    this.out.set(bytes, this.at);
    this.at += bytes.length;
    return this;
  }

  /** What was written, as a copy. */
  bytes(): Uint8Array {
    return Uint8Array.prototype.slice.call(this.out, 0, this.at);
  }
}
