import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allHashed, headerRules, headersFile, IMMUTABLE, MAX_RULES, SHORT_LIVED, writeHeaders } from '../../scripts/publish/headers.ts';
import { headersFor, parseHeadersFile } from '../../scripts/publish/host-headers.ts';
import { ADMIN_POLICY, COMMON_HEADERS, policyText, SITE_POLICY } from '../../scripts/publish/security-policy.ts';
import { tempDir } from '../helpers/archive.ts';

const d = (name: string) => ({ name, dir: true });
const f = (name: string) => ({ name, dir: false });

const rules = suite('headerRules');
const TOP = [
  d('assets'),
  d('2026'),
  f('index.html'),
  d('pagefind'),
  d('rajniti'),
  f('_redirects'),
  f('_headers'),
  d('admin'),
  f('404.html'),
];
const PAGEFIND = [
  f('pagefind.js'),
  f('pagefind-entry.json'),
  f('pagefind.hi_3f2a9c1d.pf_meta'),
  f('wasm.hi.pagefind'),
  d('fragment'),
  d('index'),
  d('filter'),
];
const table = headerRules(TOP, PAGEFIND);
const EXPECTED: Array<[string, string]> = [
  ['/', SHORT_LIVED],
  ['/index.html', SHORT_LIVED],
  ['/404.html', SHORT_LIVED],
  ['/2026/*', SHORT_LIVED],
  ['/rajniti/*', SHORT_LIVED],
  ['/admin/*', SHORT_LIVED],
  ['/assets/*', IMMUTABLE],
  ['/pagefind/fragment/*', IMMUTABLE],
  ['/pagefind/index/*', IMMUTABLE],
  ['/pagefind/filter/*', IMMUTABLE],
  ['/pagefind/pagefind.hi_3f2a9c1d.pf_meta', IMMUTABLE],
  ['/pagefind/pagefind.js', SHORT_LIVED],
  ['/pagefind/pagefind-entry.json', SHORT_LIVED],
  ['/pagefind/wasm.hi.pagefind', SHORT_LIVED],
];
for (const [path, cc] of EXPECTED)
  rules(`${path}: ${cc === IMMUTABLE ? 'immutable for a year' : 'revalidated'}`, () => {
    assert.equal(
      table.filter((r) => r.path === path).map((r) => r.cacheControl),
      [cc],
    );
  });
rules('/img/* is immutable only when every picture name is hashed', () => {
  assert.equal(headerRules([d('img')], [], true).find((r) => r.path === '/img/*')?.cacheControl, IMMUTABLE);
  assert.equal(headerRules([d('img')], [], false).find((r) => r.path === '/img/*')?.cacheControl, SHORT_LIVED);
});
const NAMES: Array<[string[], boolean]> = [
  [['brUyO1V4D9-480.avif', 'OuLASJ7gs2-1200.jpeg'], true],
  [['brUyO1V4D9-480.avif', 'mandi.jpg'], false],
  [[], false],
];
for (const [names, expected] of NAMES)
  rules(`allHashed(${JSON.stringify(names)}) = ${expected}`, () => assert.is(allHashed(names), expected));
rules('no rule for files hosts do not serve', () => assert.not.ok(table.some((r) => r.path.startsWith('/_'))));
rules('no two rules overlap except /*, which names no header the others name', () => {
  const paths = table.map((r) => r.path);
  assert.is(new Set(paths).size, paths.length);
  assert.not.ok(paths.includes('/pagefind/*'));
  const common = table.filter((r) => r.path === '/*');
  assert.equal(common, [{ path: '/*', headers: COMMON_HEADERS }]);
  for (const r of table.filter((r) => r.path !== '/*'))
    assert.not.ok(
      Object.keys(r.headers ?? {}).some((h) => h in COMMON_HEADERS),
      r.path,
    );
});

// What a host that reads `_headers` sends: every header once, the CMS's policy only on /admin/.
const URLS: Array<[string, 'site' | 'admin' | 'none']> = [
  ['/', 'site'],
  ['/index.html', 'site'],
  ['/2026/11/mandi-bhav/', 'site'],
  ['/rajniti/', 'site'],
  ['/rajniti/page/2/', 'site'],
  ['/assets/site.0123456789.css', 'site'],
  ['/pagefind/fragment/hi_1a2b3c.pf_fragment', 'site'],
  ['/404.html', 'site'],
  ['/admin/', 'admin'],
  ['/admin/config.yml', 'admin'],
  ['/kahin-nahin/', 'none'],
];
const sent = parseHeadersFile(headersFile(table));
for (const [url, policy] of URLS)
  rules(`a host sends ${url} each header once, with the ${policy} policy`, () => {
    const got = headersFor(sent, url);
    for (const [name, values] of got) assert.is(values.length, 1, `${name} is sent ${values.length} times: ${values.join(' | ')}`);
    for (const [name, value] of Object.entries(COMMON_HEADERS)) assert.equal(got.get(name.toLowerCase()), [value]);
    const csp = { site: [policyText(SITE_POLICY)], admin: [policyText(ADMIN_POLICY)], none: undefined }[policy];
    assert.equal(got.get('content-security-policy'), csp);
    assert.is(got.has('cache-control'), policy !== 'none');
  });
rules('stable order: the same site gives the same bytes', () => {
  assert.is(headersFile(headerRules([...TOP].reverse(), [...PAGEFIND].reverse())), headersFile(table));
});

// A shard as sites get it (index only), or with Pagefind's runtime and entry file (eval builds).
const SHARD = (name: string, runtime: boolean) => ({
  name,
  dir: true,
  children: [
    d('fragment'),
    d('index'),
    d('filter'),
    f('pagefind.hi_0fb9abed28.pf_meta'),
    ...(runtime ? [f('pagefind-entry.json'), f('pagefind.js'), f('wasm.hi.pagefind')] : []),
  ],
});
const SHARDED = [SHARD('2026-06_2026-11', true), SHARD('2025-12_2026-05', false), f('manifest.json'), f('search.js'), d('roman')];
rules('search shards: their chunk, fragment and filter folders and metadata immutable, entry files and runtime revalidated', () => {
  const got = headerRules([d('pagefind')], SHARDED).filter((r) => r.path.startsWith('/pagefind/2026-06_2026-11/'));
  assert.equal(
    got.map((r) => [r.path.slice('/pagefind/2026-06_2026-11/'.length), r.cacheControl === IMMUTABLE]),
    [
      ['filter/*', true],
      ['fragment/*', true],
      ['index/*', true],
      ['pagefind-entry.json', false],
      ['pagefind.hi_0fb9abed28.pf_meta', true],
      ['pagefind.js', false],
      ['wasm.hi.pagefind', false],
    ],
  );
  const plain = headerRules([d('pagefind')], SHARDED).filter((r) => r.path.startsWith('/pagefind/2025-12_2026-05/'));
  assert.equal(
    plain.map((r) => [r.path.slice('/pagefind/2025-12_2026-05/'.length), r.cacheControl === IMMUTABLE]),
    [
      ['filter/*', true],
      ['fragment/*', true],
      ['index/*', true],
      ['pagefind.hi_0fb9abed28.pf_meta', true],
    ],
  );
  const others = headerRules([d('pagefind')], SHARDED).filter((r) => r.path !== '/*' && !r.path.includes('_2026-'));
  assert.equal(
    others.map((r) => [r.path, r.cacheControl === IMMUTABLE]),
    [
      ['/', false],
      ['/pagefind/manifest.json', false],
      ['/pagefind/roman/*', false],
      ['/pagefind/search.js', false],
    ],
  );
});
rules("so many shards that the rules would pass Cloudflare's limit: one revalidated rule per shard", () => {
  const many = Array.from({ length: 30 }, (_, i) => SHARD(`20${String(10 + i)}-01_20${String(10 + i)}-06`, i === 0));
  const got = headerRules([d('pagefind')], many);
  assert.ok(got.length <= MAX_RULES);
  assert.is(got.filter((r) => r.path.startsWith('/pagefind/')).length, 30);
  assert.ok(got.filter((r) => r.path !== '/*').every((r) => r.cacheControl === SHORT_LIVED));
  const paths = got.map((r) => r.path);
  assert.is(new Set(paths).size, paths.length);
});

const write = suite('writeHeaders on a built folder');
write('reads the folder, writes _headers', () => {
  const out = tempDir();
  mkdirSync(join(out, 'assets/cms/0123456789'), { recursive: true });
  mkdirSync(join(out, 'pagefind/fragment'), { recursive: true });
  writeFileSync(join(out, 'pagefind/pagefind-entry.json'), '{}');
  writeFileSync(join(out, 'index.html'), '');
  mkdirSync(join(out, 'pagefind/2026-11/index'), { recursive: true });
  writeFileSync(join(out, 'pagefind/2026-11/pagefind.hi_0fb9abed28.pf_meta'), '');
  writeFileSync(join(out, 'pagefind/2026-11/pagefind-entry.json'), '{}');
  writeHeaders(out);
  const text = readFileSync(join(out, '_headers'), 'utf8');
  assert.match(text, `/assets/*\n  Cache-Control: ${IMMUTABLE}\n`);
  assert.match(text, `/pagefind/fragment/*\n  Cache-Control: ${IMMUTABLE}\n`);
  assert.match(text, `/pagefind/pagefind-entry.json\n  Cache-Control: ${SHORT_LIVED}\n`);
  assert.match(text, `/index.html\n  Cache-Control: ${SHORT_LIVED}\n`);
  assert.match(text, `/pagefind/2026-11/index/*\n  Cache-Control: ${IMMUTABLE}\n`);
  assert.match(text, `/pagefind/2026-11/pagefind-entry.json\n  Cache-Control: ${SHORT_LIVED}\n`);
  assert.match(text, `/*\n  X-Content-Type-Options: nosniff\n  X-Frame-Options: DENY\n`);
  assert.match(text, `/index.html\n  Cache-Control: ${SHORT_LIVED}\n  Content-Security-Policy: default-src 'self'; script-src 'self';`);
});

rules.run();
write.run();
