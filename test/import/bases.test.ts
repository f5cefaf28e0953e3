import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { archivePath, BaseFinder, DEFAULT_BASES, MapError, mapBases, type ArchiveBases } from '../../scripts/import/bases.ts';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import { planImport } from '../../scripts/import/plan.ts';
import { importWordpress } from '../../scripts/import/run.ts';
import { copyArchive, FIXTURES } from '../helpers/archive.ts';

const SITE = 'https://www.sirohi-khabar.example';
const a = (href: string) => `<a href="${href}">कड़ी</a>`;

/** What the finder proposes for post bodies linking to the site (categories rajneeti, rajasthan › sirohi; tags paani, बिजली, sirohi). */
function propose(...bodies: string[]): ArchiveBases {
  const f = new BaseFinder();
  f.site(SITE);
  f.category('rajneeti', '');
  f.category('rajasthan', '');
  f.category('sirohi', 'rajasthan');
  for (const t of ['paani', '%e0%a4%ac%e0%a4%bf%e0%a4%9c%e0%a4%b2%e0%a5%80', 'sirohi']) f.tag(t);
  for (const b of bodies) f.body(b);
  return f.propose();
}

const find = suite('BaseFinder: the bases the posts’ own links show');
const FIND: Array<[string, string[], Partial<ArchiveBases>]> = [
  ['no links: WordPress’s defaults', ['सिरोही में बारिश'], {}],
  [
    'custom bases, two terms each (a parent chain, a later page, a feed, an escaped Devanagari tag)',
    [
      a(`${SITE}/khabar/rajneeti/page/2/`) + a('/khabar/rajasthan/sirohi/'),
      a('https://sirohi-khabar.example/vishay/paani/') + a(`${SITE}/vishay/%E0%A4%AC%E0%A4%BF%E0%A4%9C%E0%A4%B2%E0%A5%80/feed/`),
    ],
    { category: 'khabar', tag: 'vishay' },
  ],
  ['a child alone under the base counts too', [a('/khabar/sirohi/') + a('/khabar/rajneeti/')], { category: 'khabar' }],
  ['the base removed (an SEO plugin): /rajneeti/', [a(`${SITE}/rajneeti/`) + a(`${SITE}/rajasthan/sirohi/`)], { category: '' }],
  ['a two-part base', [a('/news/section/rajneeti/') + a('/news/section/rajasthan/')], { category: 'news/section' }],
  ['one term is not enough', [a('/khabar/rajneeti/') + a('/khabar/rajneeti/page/3/')], {}],
  ['another site’s links do not count', [a('https://other.example/khabar/rajneeti/') + a('https://other.example/khabar/rajasthan/')], {}],
  ['a post named like a term under a date is no base', [a('/2025/06/14/sirohi/') + a('/2025/06/14/rajneeti/')], {}],
  ['a tag and a category of one name: the tag base stays the tag’s', [a('/tag/sirohi/') + a('/tag/paani/')], {}],
  [
    'the most different terms win',
    [a('/khabar/rajneeti/') + a('/khabar/rajasthan/') + a('/samachar/rajneeti/') + a('/samachar/sirohi/') + a('/khabar/sirohi/')],
    { category: 'khabar' },
  ],
];
for (const [name, bodies, expected] of FIND) find(name, () => assert.equal(propose(...bodies), { ...DEFAULT_BASES, ...expected }));

const read = suite('mapBases and archivePath');
const GOOD: Array<[unknown, ArchiveBases]> = [
  [undefined, { ...DEFAULT_BASES }],
  [
    { category: '/khabar/', tag: 'vishay' },
    { category: 'khabar', tag: 'vishay', author: 'author' },
  ],
  [{ category: '' }, { ...DEFAULT_BASES, category: '' }],
  [
    { category: 'news/topics', author: 'lekhak' },
    { category: 'news/topics', tag: 'tag', author: 'lekhak' },
  ],
  [{ tag: 'विषय' }, { ...DEFAULT_BASES, tag: 'विषय' }],
];
for (const [bases, expected] of GOOD)
  read(`bases ${JSON.stringify(bases)}`, () => assert.equal(mapBases({ bases: bases as never }), expected));
const BAD: Array<[unknown, string]> = [
  [{ category: '../etc' }, 'bases.category is "../etc"'],
  [{ tag: 'vishay?x=1' }, 'bases.tag is "vishay?x=1"'],
  [{ tag: '%e0%a4' }, 'bases.tag'],
  [{ author: 5 }, 'bases.author is 5'],
];
for (const [bases, message] of BAD)
  read(`refused: ${JSON.stringify(bases)}`, () => {
    try {
      mapBases({ bases: bases as never });
      assert.unreachable();
    } catch (e) {
      assert.instance(e, MapError);
      assert.match((e as Error).message, message);
      assert.match((e as Error).message, '— write the path WordPress put before');
    }
  });
read('archivePath', () => {
  assert.equal(
    [archivePath('khabar', 'rajneeti'), archivePath('', 'rajneeti'), archivePath('a/b', 'x/y')],
    ['/khabar/rajneeti/', '/rajneeti/', '/a/b/x/y/'],
  );
});

const fixture = suite('custom-bases.xml: a site with a category base "khabar" and a tag base "vishay"');
const WXR = join(FIXTURES, 'wordpress/custom-bases.xml');
fixture('the plan proposes the bases and every author’s nicename', async () => {
  const map = await planImport(WXR, loadSiteData(copyArchive(), []));
  assert.equal(map.bases, { category: 'khabar', tag: 'vishay', author: 'author' });
  assert.equal(Object.fromEntries(Object.entries(map.authors).map(([login, m]) => [login, m.nicename])), {
    'Mahesh.Joshi': 'mahesh-joshi',
    'deepa purohit': 'deepa-purohit',
    'ramlal@sirohi-khabar.example': 'ramlalsirohi-khabar-example',
    'mahesh-joshi': 'mahesh-joshi-2',
    Ankit_Sharma: 'ankit_sharma',
    रवि: '%e0%a4%b0%e0%a4%b5%e0%a4%bf',
  });
});
fixture('the import writes the old archives under the bases the editor set, and a nicename she corrected', async () => {
  const dir = copyArchive();
  const map = await planImport(WXR, loadSiteData(dir, []));
  map.defaults = { category: 'rajniti', district: 'jalore' };
  map.bases = { ...map.bases!, author: 'lekhak-purane' };
  map.authors['Mahesh.Joshi']!.nicename = 'mahesh';
  await importWordpress({ wxr: WXR, map, content: dir, force: false });
  const redirects = JSON.parse(readFileSync(join(dir, '_data/wordpress-redirects.json'), 'utf8')) as Record<string, string>;
  for (const from of [
    '/khabar/rajneeti/',
    '/khabar/rajasthan/sirohi/',
    '/khabar/sirohi/',
    '/vishay/paani/',
    '/vishay/बिजली/',
    '/lekhak-purane/mahesh/',
    '/lekhak-purane/रवि/',
  ])
    assert.ok(from in redirects, `${from} missing: ${Object.keys(redirects).join(' ')}`);
  assert.not.ok(Object.keys(redirects).some((k) => k.startsWith('/category/') || k.startsWith('/tag/') || k.startsWith('/author/')));
});
fixture('a base the import cannot follow stops it before anything is written', async () => {
  const dir = copyArchive();
  const map = await planImport(WXR, loadSiteData(dir, []));
  map.bases = { category: '../x', tag: 'tag', author: 'author' };
  try {
    await importWordpress({ wxr: WXR, map, content: dir, force: false });
    assert.unreachable();
  } catch (e) {
    assert.instance(e, MapError);
  }
  assert.not.ok(existsSync(join(dir, 'articles/2025/06/pipeline.md')));
});

find.run();
read.run();
fixture.run();
