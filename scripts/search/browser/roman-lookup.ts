import type { RomanMapInfo } from '../manifest.ts';
import { romanBucket } from './roman-bucket.ts';

/** Fetches and parses a JSON file by its path relative to the site root. */
export type JsonLoader = (path: string) => Promise<unknown>;

/** Romanised keys → the archive's Devanagari words with that key. */
export type RomanWords = (keys: readonly string[]) => Promise<ReadonlyMap<string, readonly string[]>>;

/**
 * Bucket file `n` of a folder of JSON buckets (`<path><n>.json`), each fetched once, when first
 * asked for; a failed fetch reads as an empty bucket and is tried again next time.
 */
export function jsonBuckets(path: string, loadJson: JsonLoader): (n: number) => Promise<Record<string, string>> {
  const buckets = new Map<number, Promise<Record<string, string>>>();
  return (n) => {
    let p = buckets.get(n);
    if (!p) {
      p = loadJson(`${path}${n}.json`)
        .then((j) => j as Record<string, string>)
        .catch(() => {
          buckets.delete(n);
          return {};
        });
      buckets.set(n, p);
    }
    return p;
  };
}

/**
 * Looks keys up in the romanised-word map, fetching each bucket file once and only when a query
 * has a Latin word that falls in it (Devanagari queries never download the map).
 */
export function romanLookup(info: RomanMapInfo, loadJson: JsonLoader): RomanWords {
  const bucket = jsonBuckets(info.path, loadJson);
  return async (keys) => {
    const out = new Map<string, readonly string[]>();
    if (info.buckets < 1) return out;
    await Promise.all(
      keys.map(async (key) => {
        const words = (await bucket(romanBucket(key, info.buckets)))[key];
        if (words) out.set(key, words.split(' '));
      }),
    );
    return out;
  };
}
