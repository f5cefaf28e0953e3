import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Article } from '../../scripts/catalog/types.ts';
import { LATEST_COUNT, latestEntries } from '../../scripts/eleventy/latest.ts';

const story = (i: number) =>
  ({ title: `ख़बर ${i}`, url: `/2026/11/khabar-${i}/`, date: `2026-11-${String(20 - i).padStart(2, '0')}T10:15:00.000+05:30` }) as Article;
const l = suite('latestEntries');
l('the newest stories (the catalog is newest first), short keys, the date as the site prints it', () => {
  const got = latestEntries([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(story));
  assert.is(got.length, LATEST_COUNT);
  assert.equal(got[0], { t: 'ख़बर 0', u: '/2026/11/khabar-0/', d: '2026-11-20T10:15:00.000+05:30', w: '20 नवंबर 2026, 10:15' });
});
l('under a pathPrefix the addresses are in the folder', () => {
  assert.is(latestEntries([story(1)], '/samachar/')[0]!.u, '/samachar/2026/11/khabar-1/');
});
l.run();
