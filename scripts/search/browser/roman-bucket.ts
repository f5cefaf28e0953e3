/**
 * Which bucket file of the romanised-word map holds a key. Shared by the builder (which writes
 * the buckets) and the browser (which fetches only the buckets a query needs), so it must stay
 * stable: FNV-1a over UTF-16 code units, modulo the bucket count.
 */
export function romanBucket(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % buckets;
}
