import { inflateSync } from 'node:zlib';

/**
 * Unpacks a WOFF 1.0 font into the TrueType/OpenType bytes it wraps. The sample art renders
 * Devanagari with sharp, whose text renderer wants a .ttf/.otf file, while the project's only
 * Devanagari font (Fontsource's Noto Sans Devanagari) ships as WOFF: this saves a second font
 * package. WOFF 1.0 is a table directory plus per-table zlib, so the reverse is short.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= count) {
    searchRange *= 2;
    entrySelector++;
  }
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(searchRange * 16, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(count * 16 - searchRange * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    const tag = woff.readUInt32BE(entry);
    const start = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const checksum = woff.readUInt32BE(entry + 16);
    let data = woff.subarray(start, start + compLength);
    if (compLength < origLength) data = inflateSync(data);
    const row = 12 + 16 * i;
    header.writeUInt32BE(tag, row);
    header.writeUInt32BE(checksum, row + 4);
    header.writeUInt32BE(offset, row + 8);
    header.writeUInt32BE(origLength, row + 12);
    const pad = (4 - (data.length % 4)) % 4;
    parts.push(data, Buffer.alloc(pad));
    offset += data.length + pad;
  }
  return Buffer.concat(parts);
}
