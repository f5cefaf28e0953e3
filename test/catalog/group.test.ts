import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { buildListings, groupBy, listingUrl, type ListingPage } from '../../scripts/catalog/group.ts';
import { legacyPageRedirects, numberedUrl, pageLayout } from '../../scripts/catalog/page-numbers.ts';
import type { Article, Catalog } from '../../scripts/catalog/types.ts';
import { prepareSite } from '../../scripts/build/site-model.ts';
import { copyArchive, FIXTURES, NOW } from '../helpers/archive.ts';

const urls = suite('listing URLs');
const table: Array<[string, string]> = [
  [numberedUrl('/rajniti/', 1), '/rajniti/p/1/'],
  [listingUrl.category('rajniti'), '/rajniti/'],
  [listingUrl.district('jalore'), '/jila/jalore/'],
  [listingUrl.author('asha-meena'), '/lekhak/asha-meena/'],
  [listingUrl.year('2026'), '/2026/'],
  [listingUrl.month('2026-11'), '/2026/11/'],
];
for (const [actual, expected] of table) urls(expected, () => assert.is(actual, expected));
urls.run();

const group = suite('groupBy');
group('keeps the input order inside each group', () => {
  const g = groupBy(
    [
      { k: 'a', n: 1 },
      { k: 'b', n: 2 },
      { k: 'a', n: 3 },
    ],
    (x) => x.k,
  );
  assert.equal([...g.keys()], ['a', 'b']);
  assert.equal(
    g.get('a')!.map((x) => x.n),
    [1, 3],
  );
});
group('an item with several keys (a story by two reporters) is in each group', () => {
  const g = groupBy(
    [
      { k: ['ramesh', 'sunita'], n: 1 },
      { k: ['sunita'], n: 2 },
      { k: [], n: 3 },
    ],
    (x) => x.k,
  );
  assert.equal(
    [...g].map(([k, items]) => [k, items.map((x) => x.n)]),
    [
      ['ramesh', [1]],
      ['sunita', [1, 2]],
    ],
  );
});
group.run();

const listings = suite('buildListings');
const model = prepareSite({ contentDir: join(FIXTURES, 'archive'), includeDrafts: false, includeFuture: false, now: NOW });

listings('every declared category, district and author has a page, even when empty', () => {
  const pages = buildListings(model.catalog, 5);
  for (const c of model.catalog.categories)
    assert.ok(
      pages.some((p) => p.kind === 'category' && p.key === c.slug),
      c.slug,
    );
  const khel = pages.filter((p) => p.kind === 'category' && p.key === 'khel');
  assert.is(khel.length, 1);
});

listings('pages link to each other in reading order, newest first; numbers count from the oldest', () => {
  const raj = buildListings(model.catalog, 2).filter((p) => p.kind === 'category' && p.key === 'rajniti');
  // 7 stories in pages of 2: the first page takes 1, then p/3/, p/2/ and p/1/ (the oldest) take 2 each.
  assert.equal(
    raj.map((p) => p.url),
    ['/rajniti/', '/rajniti/p/3/', '/rajniti/p/2/', '/rajniti/p/1/'],
  );
  assert.equal(
    raj.map((p) => p.items.length),
    [1, 2, 2, 2],
  );
  assert.equal(
    raj.map((p) => p.pageNumber),
    [1, 2, 3, 4],
  );
  for (const p of raj) {
    assert.is(p.pageUrls, raj[0]!.pageUrls, 'one shared array');
    assert.is(p.pageCount, 4);
  }
  assert.equal(raj[0]!.pageUrls, ['/rajniti/', '/rajniti/p/3/', '/rajniti/p/2/', '/rajniti/p/1/']);
  assert.is(raj[0]!.nextUrl, '/rajniti/p/3/');
  assert.is(raj[1]!.prevUrl, '/rajniti/');
  assert.is(raj[3]!.prevUrl, '/rajniti/p/2/');
  assert.is(raj[3]!.nextUrl, undefined);
  const times = raj.flatMap((p) => p.items.map((a) => a.timestamp));
  assert.equal(
    times,
    [...times].sort((a, b) => b - a),
  );
});

listings('a year is one page listing its months', () => {
  const years = buildListings(model.catalog, 5).filter((p) => p.kind === 'year');
  assert.equal(
    years.map((y) => y.url),
    ['/2026/', '/2025/'],
  );
  assert.equal(
    years[0]!.children!.map((m) => m.url),
    ['/2026/11/'],
  );
  assert.is(years[0]!.total, 8);
});

listings("a story by two authors is on both authors' pages; agency copy on none", () => {
  const dir = copyArchive({
    '_data/sources.json': '[{ "slug": "agency", "name": "एजेंसी" }]',
    'articles/2026/11/saath.md':
      '---\ntitle: दो संवाददाताओं की ख़बर\ndate: 2026-11-22\ncategory: rajniti\nauthor: [asha-meena, ravi-joshi]\ndistrict: jalore\n---\nपाठ।\n',
    'articles/2026/11/agency.md':
      '---\ntitle: एजेंसी की ख़बर\ndate: 2026-11-22\ncategory: rajniti\nsource: एजेंसी\ndistrict: jalore\n---\nपाठ।\n',
  });
  const m = prepareSite({ contentDir: dir, includeDrafts: false, includeFuture: false, now: NOW });
  const pages = buildListings(m.catalog, 100).filter((p) => p.kind === 'author');
  const ids = (slug: string) => pages.find((p) => p.key === slug)!.items.map((a) => a.id);
  for (const slug of ['asha-meena', 'ravi-joshi']) assert.ok(ids(slug).includes('articles/2026/11/saath.md'), slug);
  assert.not.ok(pages.some((p) => p.items.some((a) => a.id === 'articles/2026/11/agency.md')));
  const all = m.catalog.articles.filter((a) => a.authors.length > 0).length + 1;
  assert.is(
    pages.reduce((n, p) => n + (p.total ?? 0), 0),
    all,
    'the two-author story is counted on each page',
  );
});

listings.run();

const stable = suite('stable pagination');

/** A catalog of `n` stories in one category, district and year, newest first. */
function fakeCatalog(n: number): Catalog {
  const day = 86_400_000;
  const articles = Array.from({ length: n }, (_, i) => {
    const t = Date.UTC(2026, 0, 1) + ((n - 1 - i) * day) / 4;
    return {
      id: `a${n - 1 - i}`,
      title: `ख़बर ${n - 1 - i}`,
      date: new Date(t).toISOString(),
      timestamp: t,
      category: { slug: 'khel', name: 'खेल' },
      district: { slug: 'jalore', name: 'जालोर' },
      authors: [],
      tags: [],
    } as unknown as Article;
  });
  return {
    articles,
    categories: [{ slug: 'khel', name: 'खेल' }],
    districts: [{ slug: 'jalore', name: 'जालोर' }],
    authors: [],
    sources: [],
  } as unknown as Catalog;
}

const byUrl = (pages: readonly ListingPage[]) =>
  new Map(pages.filter((p) => p.kind !== 'year').map((p) => [p.url, p.items.map((a) => a.id).join()]));

for (const size of [1, 2, 5, 20]) {
  stable(`pages of ${size}: a new story changes the first page and at most one more, of every listing`, () => {
    let before = byUrl(buildListings(fakeCatalog(0), size));
    for (let n = 1; n <= 6 * size + 3; n++) {
      const after = byUrl(buildListings(fakeCatalog(n), size));
      const firstPages = new Set(['/khel/', '/jila/jalore/', '/2026/01/', '/2026/02/']);
      const changed = [...after].filter(([url, ids]) => !firstPages.has(url) && before.get(url) !== ids).map(([url]) => url);
      // Category, district and month each hold every story here: one new page at most per listing.
      assert.ok(changed.length <= 3, `${n} stories: ${changed.join(' ')}`);
      for (const url of changed) assert.not.ok(before.has(url), `${n} stories: ${url} existed and changed`);
      for (const url of before.keys()) assert.ok(after.has(url), `${n} stories: ${url} is gone`);
      before = after;
    }
  });
}

const layouts: Array<[number, number, { first: number; numbered: number }]> = [
  [0, 20, { first: 0, numbered: 0 }],
  [29, 20, { first: 29, numbered: 0 }],
  [30, 20, { first: 10, numbered: 1 }],
  [49, 20, { first: 29, numbered: 1 }],
  [50, 20, { first: 10, numbered: 2 }],
  [7, 1, { first: 1, numbered: 6 }],
];
for (const [n, size, expected] of layouts) stable(`${n} stories in pages of ${size}`, () => assert.equal(pageLayout(n, size), expected));

stable('the first page holds between ceil(size/2) and size + ceil(size/2) - 1 stories', () => {
  for (const size of [1, 2, 3, 5, 20])
    for (let n = size + Math.ceil(size / 2); n < 10 * size; n++) {
      const { first } = pageLayout(n, size);
      assert.ok(first >= Math.ceil(size / 2) && first < size + Math.ceil(size / 2), `${n}/${size}: ${first}`);
    }
});

stable('old URLs (numbered from the newest) lead to the page that now starts at the same story', () => {
  const pages = buildListings(fakeCatalog(50), 20).filter((p) => p.kind === 'category');
  // 50 stories: the first page 10, p/2/ 20, p/1/ 20. The old page 2 began at the 21st newest, the old page 3 at the 41st.
  assert.equal(legacyPageRedirects(pages, 20), [
    { from: '/khel/page/2/', to: '/khel/p/2/', title: 'खेल' },
    { from: '/khel/page/3/', to: '/khel/p/1/', title: 'खेल' },
  ]);
  const years = buildListings(fakeCatalog(50), 20).filter((p) => p.kind === 'year');
  assert.equal(legacyPageRedirects(years, 20), []);
});

stable('a new story that adds no page leaves every later page equal field for field (the count is on the first page only)', () => {
  const whole = (pages: readonly ListingPage[]) =>
    new Map(pages.map((p) => [p.url, JSON.stringify({ ...p, items: p.items.map((a) => a.id), pageUrls: [...p.pageUrls] })]));
  let before = buildListings(fakeCatalog(40), 20);
  for (let n = 41; n <= 60; n++) {
    const pages = buildListings(fakeCatalog(n), 20);
    const now = whole(pages);
    const then = whole(before);
    for (const p of pages) {
      if (p.pageNumber === 1 || p.kind === 'year' || p.pageCount !== before.find((b) => b.url === p.baseUrl)?.pageCount) continue;
      assert.is(now.get(p.url), then.get(p.url), `${n} stories: ${p.url}`);
    }
    assert.ok(pages.every((p) => (p.pageNumber === 1) === (p.total !== undefined)));
    before = pages;
  }
});

stable.run();
