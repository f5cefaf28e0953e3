import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { HOST_LIMITS, type DeployHost } from '../../scripts/publish/host-limits.ts';
import { budgetNote, fitRedirects, rankRedirects, type Traffic } from '../../scripts/publish/redirect-budget.ts';
import type { Redirect } from '../../scripts/publish/redirects.ts';

const r = (from: string, to: string, status?: 302): Redirect => ({ from, to, title: 'ख़बर', source: 'x', ...(status ? { status } : {}) });
/** Story i's date: one a day from 2015, so a higher i is newer. */
const day = (i: number) => new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString();

/** `stories` old permalinks (story i is newer than story i-1) and `listings` category archives (archive i has i+1 stories). */
function archive(stories: number, listings: number): { redirects: Redirect[]; traffic: Traffic } {
  const redirects: Redirect[] = [];
  const t = { listings: new Map<string, number>(), stories: new Map<string, string>() };
  for (let i = 0; i < stories; i++) {
    redirects.push(r(`/purani/${i}/`, `/2020/01/khabar-${i}/`));
    t.stories.set(`/2020/01/khabar-${i}/`, day(i));
  }
  for (let i = 0; i < listings; i++) {
    redirects.push(r(`/category/c${i}/`, `/c${i}/`));
    t.listings.set(`/c${i}/`, i + 1);
  }
  return { redirects, traffic: t };
}

const counts = suite('fitRedirects: counts around the limits');
const COUNTS: Array<[DeployHost, number, number, { lines: number; splats: number; left: number }]> = [
  ['cloudflare-pages', 1999, 0, { lines: 1999, splats: 0, left: 0 }],
  ['cloudflare-pages', 2000, 0, { lines: 2000, splats: 0, left: 0 }],
  ['cloudflare-pages', 2001, 0, { lines: 2000, splats: 0, left: 1 }],
  ['cloudflare-pages', 13_334, 0, { lines: 2000, splats: 0, left: 11_334 }],
  ['cloudflare-pages', 2000, 100, { lines: 2100, splats: 100, left: 0 }],
  ['cloudflare-pages', 2000, 101, { lines: 2100, splats: 100, left: 1 }],
  ['other', 2001, 0, { lines: 2000, splats: 0, left: 1 }],
  ['github-pages', 2001, 0, { lines: 2000, splats: 0, left: 1 }],
  ['netlify', 10_000, 0, { lines: 10_000, splats: 0, left: 0 }],
  ['netlify', 10_001, 0, { lines: 10_000, splats: 0, left: 1 }],
  ['netlify', 9990, 50, { lines: 10_000, splats: 50, left: 40 }],
];
for (const [host, stories, listings, expected] of COUNTS)
  counts(`${host}: ${stories} story addresses and ${listings} archives`, () => {
    const { redirects, traffic } = archive(stories, listings);
    const b = fitRedirects(redirects, HOST_LIMITS[host], traffic);
    assert.equal({ lines: b.lines.length, splats: b.splats, left: b.left.length }, expected);
    const limits = HOST_LIMITS[host];
    assert.ok(b.lines.length - b.splats <= limits.staticRedirects && b.splats <= limits.dynamicRedirects);
  });
counts('what is left: the oldest stories; the smallest archive keeps a static line, the others a splat', () => {
  const { redirects, traffic } = archive(2000, 101);
  const b = fitRedirects(redirects, HOST_LIMITS['cloudflare-pages'], traffic);
  assert.equal(
    b.left.map((x) => x.from),
    ['/purani/0/'],
  );
  assert.ok(b.lines.some((l) => l.from === '/category/c0/'));
  assert.ok(b.lines.some((l) => l.from === '/category/c100/*'));
});

const shape = suite('fitRedirects: splats and file order');
const T: Traffic = {
  listings: new Map([
    ['/rajniti/', 90],
    ['/jila/jalore/', 40],
  ]),
  stories: new Map([['/2024/05/a/', '2024-05-01']]),
};
shape('static lines first (by address), then splats, the most specific first; a splat answers the same listing under it', () => {
  const b = fitRedirects(
    [
      r('/category/rajasthan/', '/rajniti/'),
      r('/category/rajasthan/rajniti/', '/rajniti/'),
      r('/category/jalore/', '/jila/jalore/'),
      r('/2019/05/12/a/', '/2024/05/a/'),
      r('/rajniti/page/2/', '/rajniti/p/3/', 302),
    ],
    HOST_LIMITS.other,
    T,
  );
  assert.equal(
    b.lines.map((l) => `${l.from} ${l.to} ${l.status}`),
    [
      '/2019/05/12/a/ /2024/05/a/ 301',
      '/rajniti/page/2/ /rajniti/p/3/ 302',
      '/category/rajasthan/* /rajniti/ 301',
      '/category/jalore/* /jila/jalore/ 301',
    ],
  );
});
const NO_SPLAT: Array<[string, Redirect[], (from: string) => boolean]> = [
  [
    'another target under the address (a child category)',
    [r('/category/rajasthan/', '/rajniti/'), r('/category/rajasthan/jalore/', '/jila/jalore/')],
    () => false,
  ],
  ['the built site has files under it', [r('/category/rajasthan/', '/rajniti/')], (f) => f === '/category/rajasthan/'],
  ['a top-level address (/x/* could hide the site’s own pages)', [r('/rajasthan/', '/rajniti/')], () => false],
  ['a story, not a listing', [r('/news/x/', '/2024/05/a/')], () => false],
];
for (const [name, list, occupied] of NO_SPLAT)
  shape(`no splat for the first address: ${name}`, () => {
    const lines = fitRedirects(list, HOST_LIMITS.other, T, occupied).lines.map((l) => l.from);
    assert.ok(lines.includes(list[0]!.from) && !lines.includes(`${list[0]!.from}*`), lines.join(' '));
  });
shape('a line over the host’s 1,000 characters is left to its page', () => {
  const long = r(`/${'क'.repeat(10)}/${'x'.repeat(1000)}/`, '/2024/05/a/');
  const b = fitRedirects([long, r('/b/', '/2024/05/a/')], HOST_LIMITS['cloudflare-pages'], T);
  assert.equal([b.lines.length, b.left[0]], [1, long]);
  assert.is(fitRedirects([long], HOST_LIMITS.netlify, T).left.length, 0);
});

const rank = suite('rankRedirects');
rank('listings by size, pages, stories newest first, tag searches, old page numbers', () => {
  const t: Traffic = {
    listings: new Map([
      ['/small/', 2],
      ['/big/', 900],
    ]),
    stories: new Map([
      ['/2019/01/old/', '2019-01-01'],
      ['/2025/01/new/', '2025-01-01'],
    ]),
  };
  const got = rankRedirects(
    [
      r('/p/', '/rajniti/page/2/', 302),
      r('/s/', '/khoj/?q=x'),
      r('/o/', '/2019/01/old/'),
      r('/n/', '/2025/01/new/'),
      r('/sm/', '/small/'),
      r('/sampark/', '/hamare-bare-men/'),
      r('/bg/', '/big/'),
    ],
    t,
  );
  assert.equal(
    got.map((x) => x.from),
    ['/bg/', '/sm/', '/sampark/', '/n/', '/o/', '/s/', '/p/'],
  );
});

const note = suite('budgetNote');
note('one line naming the host, what was kept and what was left, by kind', () => {
  const { redirects, traffic } = archive(2003, 0);
  const b = fitRedirects(redirects, HOST_LIMITS['cloudflare-pages'], traffic);
  const line = budgetNote(b, redirects.length, HOST_LIMITS['cloudflare-pages'], traffic);
  assert.is(line?.split('\n').length, 1);
  assert.match(
    line!,
    /^_redirects: 2000 of 2003 old addresses get a Cloudflare Pages redirect \(2000 lines \+ 0 splats\); 3 are left to their redirect pages: 3 story addresses/,
  );
  assert.match(line!, `(stories from ${day(2).slice(0, 10)} back)`);
});
note('nothing left, nothing said', () => {
  const { redirects, traffic } = archive(10, 2);
  assert.is(budgetNote(fitRedirects(redirects, HOST_LIMITS.other, traffic), 12, HOST_LIMITS.other, traffic), undefined);
});

counts.run();
shape.run();
rank.run();
note.run();
