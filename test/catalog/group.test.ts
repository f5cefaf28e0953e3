import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { buildListings, groupBy, listingUrl, pageUrl } from '../../scripts/catalog/group.ts';
import { prepareSite } from '../../scripts/build/site-model.ts';
import { copyArchive, FIXTURES, NOW } from '../helpers/archive.ts';

const urls = suite('listing URLs');
const table: Array<[string, string]> = [
  [pageUrl('/rajniti/', 1), '/rajniti/'],
  [pageUrl('/rajniti/', 2), '/rajniti/page/2/'],
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

listings('pages link to each other and hold at most pageSize items, newest first', () => {
  const raj = buildListings(model.catalog, 5).filter((p) => p.kind === 'category' && p.key === 'rajniti');
  assert.equal(
    raj.map((p) => p.url),
    ['/rajniti/', '/rajniti/page/2/'],
  );
  assert.is(raj[0]!.nextUrl, '/rajniti/page/2/');
  assert.is(raj[1]!.prevUrl, '/rajniti/');
  assert.is(raj[0]!.items.length, 5);
  assert.is(raj[1]!.items.length, 2);
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
    pages.reduce((n, p) => n + p.total, 0),
    all,
    'the two-author story is counted on each page',
  );
});

listings.run();
