import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitHeaderRules } from '../../scripts/publish/header-budget.ts';
import { headerRules, MAX_RULES, SHORT_LIVED, writeHeaders } from '../../scripts/publish/headers.ts';
import { parseHeadersFile } from '../../scripts/publish/host-headers.ts';
import { SITE_POLICY } from '../../scripts/publish/security-policy.ts';
import { tempDir } from '../helpers/archive.ts';

const d = (name: string) => ({ name, dir: true });
const f = (name: string) => ({ name, dir: false });

const fit = suite('fitHeaderRules: a newsroom with many categories and years');
/** A site whose top level has `folders` category or year folders besides assets, admin and index.html (rules: folders + 5). */
const wide = (folders: number) =>
  headerRules(
    [d('assets'), d('admin'), f('index.html'), ...Array.from({ length: folders }, (_, i) => d(`shreni-${String(i).padStart(3, '0')}`))],
    [],
  );
const FIT: Array<[number, number, number]> = [
  [94, 99, 0],
  [95, 100, 0],
  [96, 100, 1],
  [125, 100, 30],
];
for (const [folders, kept, dropped] of FIT)
  fit(`${folders} folders (${folders + 5} rules): ${kept} kept, ${dropped} left to the host's defaults`, () => {
    const all = wide(folders);
    assert.is(all.length, folders + 5);
    const got = fitHeaderRules(all, MAX_RULES);
    assert.equal([got.kept.length, got.dropped.length], [kept, dropped]);
    const paths = got.kept.map((r) => r.path);
    for (const must of ['/*', '/', '/assets/*', '/admin/*', '/index.html']) assert.ok(paths.includes(must), must);
    assert.ok(got.dropped.every((r) => r.cacheControl === SHORT_LIVED && r.path.startsWith('/shreni-')));
    // The last by name go first (and are named first in the build's line).
    if (dropped) assert.is(got.dropped[0]!.path, `/shreni-${String(folders - 1).padStart(3, '0')}/*`);
  });
fit('folders of redirect pages alone go first (old /%postname%/ permalinks), then the others from the last', () => {
  const all = headerRules(
    [d('assets'), d('rajniti'), d('vishay'), ...Array.from({ length: 120 }, (_, i) => d(`khabar-${i}`)), d('pagefind')],
    [f('pagefind.js'), f('pagefind.hi_3f2a9c1d.pf_meta'), d('fragment')],
    false,
    SITE_POLICY,
    MAX_RULES,
    new Set(Array.from({ length: 120 }, (_, i) => `/khabar-${i}/*`)),
  );
  const redirectOnly = new Set(Array.from({ length: 120 }, (_, i) => `/khabar-${i}/*`));
  const got = fitHeaderRules(all, MAX_RULES, redirectOnly);
  const paths = got.kept.map((r) => r.path);
  for (const must of ['/rajniti/*', '/vishay/*', '/pagefind/fragment/*', '/pagefind/pagefind.js']) assert.ok(paths.includes(must), must);
  assert.ok(got.dropped.every((r) => redirectOnly.has(r.path)));
  assert.is(got.kept.length, MAX_RULES);
});
fit('then the smallest folders: a static page goes before a section', () => {
  const all = wide(96);
  const got = fitHeaderRules(all, MAX_RULES, new Set(), (path) => (path === '/shreni-000/*' ? 1 : 50));
  assert.equal(
    got.dropped.map((r) => r.path),
    ['/shreni-000/*'],
  );
});
fit('no limit (Netlify): every rule kept', () => assert.is(fitHeaderRules(wide(300), Number.POSITIVE_INFINITY).kept.length, 305));
fit('writeHeaders says so in one line and writes only what the host reads', () => {
  const out = tempDir();
  for (let i = 0; i < 120; i++) mkdirSync(join(out, `shreni-${String(i).padStart(3, '0')}`), { recursive: true });
  writeFileSync(join(out, 'index.html'), '');
  const got = writeHeaders(out, SITE_POLICY, MAX_RULES);
  assert.is(parseHeadersFile(readFileSync(join(out, '_headers'), 'utf8')).length, MAX_RULES);
  assert.match(
    got.note ?? '',
    /^_headers: 100 rules \(the host reads 100\); 23 top-level folders and files \(0 of them holding only redirect pages\) get the host's default caching/,
  );
  assert.not.match(got.note ?? '', '\n');
});

fit.run();
