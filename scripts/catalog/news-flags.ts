import type { Article } from './types.ts';

/** Most stories the breaking strip shows at once: a strip, not a second front page. */
export const MAX_BREAKING = 3;

/**
 * Stories whose breaking strip is on at `now` (the build's clock, so a build is the same for the
 * same `now`): `breaking: true` and `now` before `breaking_until`, newest first as the catalog is.
 */
export function breakingNow(articles: readonly Article[], now: number): Article[] {
  const out: Article[] = [];
  for (const a of articles) {
    if (a.breakingUntil && now < Date.parse(a.breakingUntil)) out.push(a);
    if (out.length === MAX_BREAKING) break;
  }
  return out;
}
