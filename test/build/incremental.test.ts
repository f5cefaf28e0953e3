import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSite, type BuildResult } from '../../scripts/build/pipeline.ts';
import { PREVIOUS_RECORD, previousDir } from '../../scripts/build/previous-site.ts';
import { readPublished } from '../../scripts/build/published.ts';
import { sampleRecords, writeBenchArchive } from '../../scripts/bench/archive.ts';
import { NOW, tempDir } from '../helpers/archive.ts';

/**
 * The key property of incremental builds (#23): after every kind of edit, a build that takes
 * unchanged pages from the previous builds' cache writes exactly the bytes a full build writes.
 */
const inc = suite('incremental build = full build');

const ROOT = join(import.meta.dirname, '../..');
const work = tempDir('samachar-incremental-');
const content = join(work, 'content');
writeBenchArchive(content, sampleRecords(join(ROOT, 'content')), 100, join(ROOT, 'content'));
// Small pages, so that listings have numbered pages and a story's moves cross page boundaries.
const sitePath = join(content, '_data/site.json');
writeFileSync(sitePath, JSON.stringify({ ...JSON.parse(readFileSync(sitePath, 'utf8')), pageSize: 5 }));

const story = (slug: string, fm: string, body = 'बाड़मेर में नहर की मरम्मत का काम शुरू हुआ। किसानों ने राहत की साँस ली।') =>
  `---\ntitle: ${JSON.stringify(fm.split('\n')[0])}\n${fm.split('\n').slice(1).join('\n')}\nslug: ${slug}\n---\n${body}\n`;
const articlesDir = join(content, 'articles');
/** The generated stories, oldest last: `pick(i)` is the i-th newest. */
const generated = readdirSync(articlesDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .reverse();
const pick = (i: number) => join(articlesDir, generated[i]!);
const replaceIn = (file: string, from: RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  assert.ok(from.test(text), `${file} has ${from}`);
  writeFileSync(file, text.replace(from, to));
};

// Present from the start: a draft and a story dated after the first builds' clock.
writeFileSync(
  join(articlesDir, '2026/11/masauda.md'),
  story(
    'masauda',
    'जालोर में नई सड़क का मसौदा तैयार\ndate: 2026-11-20\ncategory: rajniti\ndistrict: jalore\nauthor: sunita-choudhary\ndraft: true',
  ),
);
writeFileSync(
  join(articlesDir, '2026/11/aage.md'),
  story('aage', 'बाड़मेर में कल से जल आपूर्ति बहाल होगी\ndate: 2026-11-25T09:00\ncategory: rajniti\ndistrict: barmer\nauthor: sunita-choudhary'),
);

// A story whose modification time can be set back to the nanosecond (a whole second): the story
// cache must not trust a stat that an edit keeping size and modification time left as it was.
const WHOLE_SECOND = Date.parse('2026-11-20T10:00:00Z') / 1000;
utimesSync(pick(30), WHOLE_SECOND, WHOLE_SECOND);
/** One letter changed for another of the same bytes, the modification time set back. */
function sameSizeEdit(file: string): void {
  const before = statSync(file);
  replaceIn(file, /ी/, 'े');
  utimesSync(file, WHOLE_SECOND, WHOLE_SECOND);
  assert.equal([statSync(file).size, statSync(file).mtimeMs], [before.size, before.mtimeMs]);
}

/** Every file of a site, path → bytes, and every folder (`path/`), so that an empty one left behind shows. */
function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name)));
    else if (e.isDirectory()) out.set(`${relative(dir, join(e.parentPath, e.name))}/`, Buffer.alloc(0));
  return out;
}

function assertSameTree(incDir: string, fullDir: string, step: string) {
  const a = tree(incDir);
  const b = tree(fullDir);
  const missing = [...b.keys()].filter((k) => !a.has(k));
  const extra = [...a.keys()].filter((k) => !b.has(k));
  const differ = [...a.keys()].filter((k) => b.has(k) && !a.get(k)!.equals(b.get(k)!));
  assert.equal({ missing, extra, differ }, { missing: [], extra: [], differ: [] }, step);
}

/** Every file of a site, path → bytes (no folders): what a deploy would compare. */
const filesOf = (dir: string) => new Map([...tree(dir)].filter(([k]) => !k.endsWith('/')));

/**
 * The build's own account of the merge against a real one: its counts equal a byte diff of the live
 * site before the build and the site after it, and the record it left of the new site lists exactly
 * the files there (a file missing from it is one a later merge would neither count nor clear).
 */
function assertTrueChanges(before: Map<string, Buffer>, r: BuildResult, step: string) {
  const after = filesOf(incOut);
  const real = { added: 0, changed: 0, removed: 0, unchanged: 0, search: 0 };
  const inSearch = (rel: string) => rel.startsWith('pagefind/');
  for (const [rel, bytes] of after) {
    const old = before.get(rel);
    const kind = !old ? 'added' : old.equals(bytes) ? 'unchanged' : 'changed';
    real[kind]++;
    if (kind !== 'unchanged' && inSearch(rel)) real.search++;
  }
  for (const rel of before.keys())
    if (!after.has(rel)) {
      real.removed++;
      if (inSearch(rel)) real.search++;
    }
  assert.equal(r.changes, real, `${step}: files changed`);
  assertRecord('published.json', incOut, after, step);
  // The site replaced, kept for the next merge to update: its files are cleared by this record.
  assertRecord(PREVIOUS_RECORD, previousDir(incOut), filesOf(previousDir(incOut)), step);
}

function assertRecord(name: string, dir: string, files: Map<string, Buffer>, step: string) {
  const recorded = readPublished(join(work, '.cache', name), dir).files;
  assert.ok(recorded, `${step}: ${name} is trusted and lists the files of ${dir}`);
  const inRecord = new Set(recorded);
  assert.equal(
    { missing: [...files.keys()].filter((f) => !inRecord.has(f)), extra: recorded.filter((f) => !files.has(f)), count: recorded.length },
    { missing: [], extra: [], count: files.size },
    `${step}: the files in ${name}`,
  );
}

const input = (now: number) => ({ contentDir: content, includeDrafts: false, includeFuture: false, now });
const incOut = join(work, 'inc');
const fullOut = join(work, 'full');
const build = (now: number, incremental: boolean): Promise<BuildResult> =>
  incremental
    ? buildSite(input(now), incOut, { cacheDir: join(work, '.cache') })
    : // The search index from its own cache (its byte-identity is search/cache's test); every page
      // rendered and every story read (its cache of stories emptied first).
      (rmSync(join(work, '.cache-full', 'stories'), { recursive: true, force: true }),
      buildSite(input(now), fullOut, { cacheDir: join(work, '.cache-full'), reusePages: false }));

// Every page of a listing shows its story count, so a new story re-renders its listings' pages:
// here a fifth of the site (the month listing alone is 33 of ~300 pages).
const few = (r: BuildResult) => assert.ok(r.pages - r.reused < r.pages / 4, `rendered ${r.pages - r.reused} of ${r.pages}`);
// A data file is read by every page: that build renders everything.
const everything = (r: BuildResult) => assert.is(r.reused, 0, 'every page rendered');
// Whether a static page changes every page's digest is the site stamp's business: no claim on reuse.
const eitherWay = () => {};
let now = NOW;
const staticPage = join(content, 'pages/chunav-vishesh.md');
const STATIC_PAGE = `---
title: पंचायत चुनाव विशेष
summary: बाड़मेर और जालोर के पंचायत चुनाव की हमारी ख़बरें एक जगह।
updated: 2026-11-20
---
पंचायत चुनाव की हर ख़बर इस पन्ने पर जोड़ी जाएगी।
`;
/** Adds `aliases:` (a YAML list) to a story's front matter. */
const addAliases = (file: string, list: string) => replaceIn(file, /^slug: /m, `aliases: ${list}\nslug: `);
let keptIno = 0;
const steps: Array<[string, () => void, (r: BuildResult) => void]> = [
  [
    'a new story',
    () =>
      writeFileSync(
        join(articlesDir, '2026/11/nayi.md'),
        story(
          'nayi',
          'जालोर में बारिश से फ़सलें बचीं\ndate: 2026-11-23T20:00\ncategory: krishi-mandi\ndistrict: jalore\nauthor: sunita-choudhary',
        ),
      ),
    few,
  ],
  ['a title edited', () => replaceIn(pick(40), /^title: .*$/m, 'title: "पुराने पुल की मरम्मत पूरी हुई"'), few],
  ['a story edited keeping its size and modification time', () => sameSizeEdit(pick(30)), () => {}],
  ['a body edited', () => replaceIn(pick(55), /\n---\n/, '\n---\nपहला अनुच्छेद बदला गया: ग्राम सभा ने नया प्रस्ताव पास किया।\n\n'), () => {}],
  ['a category changed', () => replaceIn(pick(70), /^category: .*$/m, 'category: khel'), () => {}],
  ['a story deleted', () => rmSync(pick(85)), () => {}],
  // Each incremental build updates the site of the build before last (build/previous-site.ts),
  // which still has the deleted story's page and folder.
  ['nothing changed, the story deleted two builds ago', () => {}, () => {}],
  ['a draft published', () => replaceIn(join(articlesDir, '2026/11/masauda.md'), /^draft: true$/m, 'draft: false'), () => {}],
  ['a future story due', () => (now = Date.parse('2026-11-25T10:00:00+05:30')), () => {}],
  ['a static page added', () => writeFileSync(staticPage, STATIC_PAGE), eitherWay],
  ['the static page removed', () => rmSync(staticPage), eitherWay],
  // A file that is no article or listing page, gone since the site kept from two builds ago.
  ['nothing changed, the static page removed two builds ago', () => {}, () => {}],
  // Redirect pages, feeds and host files kept from the site of two builds ago when their bytes are the same (build/kept-files.ts).
  [
    'aliases added',
    () => {
      addAliases(pick(20), '[/purana-pata/nahar/, /purana-pata/pul.html]');
      addAliases(pick(25), '[/abhilekh/sadak/]');
      addAliases(pick(26), '[/sabha/]');
    },
    few,
  ],
  ["a redirect page's target changed", () => replaceIn(pick(20), /^slug: (.*)$/m, 'slug: $1-badla'), () => {}],
  ['an alias removed', () => replaceIn(pick(25), /^aliases: .*\n/m, ''), () => {}],
  [
    'nothing changed, the alias removed two builds ago',
    () => (keptIno = statSync(join(previousDir(incOut), 'purana-pata/pul.html')).ino),
    () => assert.is(statSync(join(incOut, 'purana-pata/pul.html')).ino, keptIno, 'the unchanged redirect page was kept as it was'),
  ],
  [
    "an alias's address now a static page's",
    () => {
      replaceIn(pick(26), /^aliases: .*\n/m, '');
      writeFileSync(join(content, 'pages/sabha.md'), STATIC_PAGE.replace('पंचायत चुनाव विशेष', 'ग्राम सभा की बैठकें'));
    },
    eitherWay,
  ],
  ['that static page removed', () => rmSync(join(content, 'pages/sabha.md')), eitherWay],
  [
    // Every story is validated against the data files: cached stories must not keep the old name.
    'a category renamed in its data file',
    () => replaceIn(join(content, '_data/categories.json'), /"name": "खेल"/, '"name": "खेल-कूद"'),
    everything,
  ],
];

inc('every edit, built on the previous build, gives the bytes of a full build and counts the files it changed', async () => {
  await build(now, true);
  for (const [step, edit, check] of steps) {
    edit();
    const live = filesOf(incOut);
    const r = await build(now, true);
    await build(now, false);
    assertSameTree(incOut, fullOut, step);
    assertTrueChanges(live, r, step);
    if (check !== everything && check !== eitherWay) assert.ok(r.reused > 0, `${step}: pages were taken from the cache`);
    check(r);
  }
});

inc.after(() => rmSync(work, { recursive: true, force: true }));
inc.run();
