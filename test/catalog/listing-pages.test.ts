import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { paginate, type ListingSpec } from '../../scripts/catalog/listing-pages.ts';
import type { Article } from '../../scripts/catalog/types.ts';

/** Stand-ins for articles, newest first: paginate only slices them. */
const stories = (n: number) => Array.from({ length: n }, (_, i) => ({ slug: `khabar-${i}` }) as unknown as Article);
const SPEC: ListingSpec = {
  kind: 'district',
  key: 'jalore',
  title: 'जालोर',
  description: 'जालोर ज़िले की ख़बरें',
  baseUrl: '/jila/jalore/',
  crumbs: [{ title: 'ज़िले', url: '/jila/' }],
};

const pages = suite('paginate: the pages of one listing');

// [stories, page size, URLs in reading order, stories on each page]
const CASES: Array<[number, number, string[], number[]]> = [
  [0, 20, ['/jila/jalore/'], [0]],
  [29, 20, ['/jila/jalore/'], [29]],
  [45, 20, ['/jila/jalore/', '/jila/jalore/p/1/'], [25, 20]],
  [75, 20, ['/jila/jalore/', '/jila/jalore/p/3/', '/jila/jalore/p/2/', '/jila/jalore/p/1/'], [15, 20, 20, 20]],
];
for (const [n, size, urls, counts] of CASES)
  pages(`${n} stories in pages of ${size}: numbered from the oldest, newest first`, () => {
    const found = paginate(SPEC, stories(n), size);
    assert.equal(
      found.map((p) => p.url),
      urls,
    );
    assert.equal(
      found.map((p) => p.items.length),
      counts,
    );
    assert.equal(
      found.flatMap((p) => p.items),
      stories(n),
      'every story once, in order',
    );
  });

pages('links, the total on the first page only, the shared URL list and the trail', () => {
  const [first, second, third] = paginate(SPEC, stories(75), 20);
  assert.is(first!.total, 75);
  assert.is(second!.total, undefined);
  assert.equal([first!.prevUrl, first!.nextUrl], [undefined, '/jila/jalore/p/3/']);
  assert.equal([third!.prevUrl, third!.nextUrl], ['/jila/jalore/p/3/', '/jila/jalore/p/1/']);
  assert.ok(first!.pageUrls === third!.pageUrls, 'one array for every page of the listing');
  assert.equal(second!.breadcrumbs, [
    { title: 'होम', url: '/' },
    { title: 'ज़िले', url: '/jila/' },
  ]);
  assert.equal([second!.pageNumber, second!.pageCount, second!.kind, second!.key], [2, 4, 'district', 'jalore']);
});

pages.run();
