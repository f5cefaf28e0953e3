import { typoAllowance, typoDistance, typoShelf } from '../../hindi/typo-distance.ts';
import type { TypoInfo } from '../manifest.ts';
import { romanBucket } from './roman-bucket.ts';
import { jsonBuckets, type JsonLoader } from './roman-lookup.ts';

/** An archive word offered for a misspelled one: as written, and in how many articles. */
export interface Correction {
  readonly word: string;
  readonly articles: number;
  readonly distance: number;
}

/** The closest common archive word for `word`, which the index has on `pages` pages (0: absent). */
export type Corrector = (word: string, pages: number) => Promise<Correction | undefined>;

/**
 * A word the index has on at most this many pages is "rare": it is corrected only to a spelling
 * at least `COMMON_RATIO` times as common and a vowel sign or nasal away, and its own pages stay
 * in the results. A word on more pages is real and is never corrected.
 */
export const RARE_PAGES = 2;
const COMMON_RATIO = 20;
const RARE_DISTANCE = 0.5;

/**
 * Corrections from the typo vocabulary (`typo-vocab.ts`), fetching the bucket files of a word's
 * shelf and the two beside it only when a query word is absent or rare. The closest word wins,
 * then the commoner; nothing farther than `typoAllowance` is offered.
 */
export function typoLookup(info: TypoInfo, loadJson: JsonLoader): Corrector {
  const bucket = jsonBuckets(info.path, loadJson);
  return async (word, pages) => {
    if (info.buckets < 1 || pages > RARE_PAGES || !/[\u0900-\u097f]/.test(word)) return undefined;
    const shelves = [-1, 0, 1].map((d) => typoShelf(word, d)).filter((s) => s !== '');
    const limit = pages === 0 ? typoAllowance(word) : Math.min(typoAllowance(word), RARE_DISTANCE);
    let best: Correction | undefined;
    for (const shelf of shelves) {
      const list = (await bucket(romanBucket(shelf, info.buckets)))[shelf]?.split(' ') ?? [];
      for (let i = 0; i + 1 < list.length; i += 2) {
        const articles = Number(list[i + 1]);
        if (pages > 0 && articles < COMMON_RATIO * pages) continue;
        const distance = typoDistance(word, list[i]!);
        // 0.1 or less: the same word in another spelling (nukta, nasal), which the search already tries.
        if (distance <= 0.1 || distance > limit) continue;
        if (!best || distance < best.distance || (distance === best.distance && articles > best.articles))
          best = { word: list[i]!, articles, distance };
      }
    }
    return best;
  };
}
