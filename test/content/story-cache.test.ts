import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { ContentCache } from '../../scripts/content/index.ts';
import { StoryCache } from '../../scripts/content/story-cache.ts';
import { copyArchive, tempDir } from '../helpers/archive.ts';

const cache = suite('StoryCache: stories by their bytes across builds');

/** A load as a build does it: a new StoryCache over `dir`, saved afterwards. */
function load(content: string, dir: string, code = 'code-1', now?: () => number) {
  const stories = new StoryCache(dir, code, now);
  const loaded = loadArticles(content, Object.assign(new ContentCache(), { stories }));
  stories.save();
  return { loaded, hits: stories.hits, reads: stories.reads };
}
// Articles as plain objects (the text getter evaluated), so that two loads compare field by field.
const plain = (articles: readonly object[]) => articles.map((a) => ({ ...a }));

let content = '';
let dir = '';
cache.before.each(() => {
  content = copyArchive();
  dir = tempDir('samachar-stories-');
});
cache.after.each(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

cache('a later load gives the very stories a fresh read gives, pointing at the data files of this load', () => {
  const fresh = loadArticles(content);
  const first = load(content, dir);
  const second = load(content, dir);
  assert.is(first.hits, 0);
  assert.is(second.hits, fresh.articles.length);
  assert.equal(plain(second.loaded.articles), plain(fresh.articles));
  assert.equal(second.loaded.errors, fresh.errors);
  for (const a of second.loaded.articles) {
    assert.ok(second.loaded.data.categories.includes(a.category), `${a.id}: its category is the data file's entry`);
    assert.ok(second.loaded.data.districts.includes(a.district), `${a.id}: its district is the data file's entry`);
    for (const p of a.authors) assert.ok(second.loaded.data.authors.includes(p), `${a.id}: its authors are the data file's entries`);
  }
});

const story = () => join(content, 'articles/2026/11/mandi-bhav.md');
const edits: Array<
  [string, () => void, (n: number) => number, (articles: readonly { id: string; title: string; category: { name: string } }[]) => void]
> = [
  [
    'an edited story is read again, and only it',
    () => writeFileSync(story(), readFileSync(story(), 'utf8').replace(/^title: .*$/m, 'title: "जालोर मंडी में सरसों के भाव चढ़े"')),
    (n) => n - 1,
    (articles) => assert.ok(articles.some((a) => a.title === 'जालोर मंडी में सरसों के भाव चढ़े')),
  ],
  [
    'a changed data file reads every story again',
    () => {
      const file = join(content, '_data/categories.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"राजनीति"', '"राज-काज"'));
    },
    () => 0,
    (articles) => assert.ok(articles.some((a) => a.category.name === 'राज-काज')),
  ],
];

for (const [name, edit, hits, check] of edits)
  cache(name, () => {
    const n = load(content, dir).loaded.articles.length;
    edit();
    const after = load(content, dir);
    assert.is(after.hits, hits(n));
    assert.equal(plain(after.loaded.articles), plain(loadArticles(content).articles));
    check(after.loaded.articles);
  });

cache('a value kept with a story is made again only for a story read again', () => {
  const made: string[] = [];
  const keepAll = (code = 'code-1') => {
    const stories = new StoryCache(dir, code);
    const loaded = loadArticles(content, Object.assign(new ContentCache(), { stories }));
    const values = loaded.articles.map((a) =>
      loaded.keep!(a.sourcePath, 'title', () => {
        made.push(a.id);
        return { title: a.title };
      }),
    );
    stories.save();
    return { values, titles: loaded.articles.map((a) => ({ title: a.title })) };
  };
  const first = keepAll();
  const n = made.length;
  assert.ok(n > 1);
  assert.equal(first.values, first.titles);
  made.length = 0;
  assert.equal(keepAll().values, first.titles);
  assert.equal(made, []);
  writeFileSync(story(), readFileSync(story(), 'utf8').replace(/^title: .*$/m, 'title: "जालोर मंडी में सरसों के भाव चढ़े"'));
  const edited = keepAll();
  assert.equal(made, ['articles/2026/11/mandi-bhav.md']);
  assert.equal(edited.values, edited.titles);
  made.length = 0;
  keepAll('code-2');
  assert.is(made.length, n);
});

cache('a kept story’s text is read when asked for: from its folder’s tail, else from its own file', () => {
  load(content, dir);
  // Tails cut off: the stories are still kept, their text comes from their files.
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.bin'))) {
    const bytes = readFileSync(join(dir, name));
    writeFileSync(join(dir, name), bytes.subarray(0, 4 + bytes.readUInt32LE(0)));
  }
  const second = load(content, dir);
  assert.ok(second.hits > 0);
  assert.equal(plain(second.loaded.articles), plain(loadArticles(content).articles));
  // A file changed after this build found it unchanged is not taken for what the build saw.
  const third = new StoryCache(dir, 'code-1');
  const loaded = loadArticles(content, Object.assign(new ContentCache(), { stories: third }));
  assert.ok(third.hits > 0);
  writeFileSync(story(), readFileSync(story(), 'utf8').replace('आज जीरे', 'कल जीरे'));
  const mandi = loaded.articles.find((a) => a.id === 'articles/2026/11/mandi-bhav.md')!;
  assert.throws(() => mandi.body, /changed while the site was being built/);
});

cache('another version of the code reads every story again', () => {
  load(content, dir, 'code-1');
  assert.is(load(content, dir, 'code-2').hits, 0);
  assert.ok(load(content, dir, 'code-2').hits > 0);
});

cache('a story with a problem is never kept: its problems are reported by every load', () => {
  writeFileSync(
    join(content, 'articles/2026/11/adhuri.md'),
    '---\ntitle: "बाड़मेर में अधूरी ख़बर"\ndate: 2026-11-20\ndistrict: barmer\nauthor: asha-meena\n---\nपाठ।\n',
  );
  const first = load(content, dir).loaded.errors.map((e) => e.message);
  const second = load(content, dir);
  assert.ok(first.length > 0);
  assert.equal(
    second.loaded.errors.map((e) => e.message),
    first,
  );
  assert.is(second.hits, second.loaded.articles.length);
});

cache('a folder with no story left loses its file; nothing is written when nothing changed', () => {
  load(content, dir);
  const before = readdirSync(dir).sort();
  load(content, dir);
  assert.equal(readdirSync(dir).sort(), before);
  rmSync(join(content, 'articles/2025'), { recursive: true });
  load(content, dir);
  assert.is(readdirSync(dir).length, before.length - 1);
});

// Stat checks (story-stats.ts). A build an hour after every file was written, so no file is racy.
const hourLater = () => Date.now() + 3_600_000;
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
/** A whole second, so that a modification time can be set back to the nanosecond. */
const WHEN = Date.parse('2026-11-23T12:00:00Z') / 1000;
/** The story with one word changed for another of the same bytes, its modification time set back as it was. */
function sameSizeEdit(path: string, into = path): void {
  const before = statSync(path, { bigint: true });
  const text = readFileSync(path, 'utf8');
  assert.ok(text.includes('आज जीरे'));
  writeFileSync(into, text.replace('आज जीरे', 'कल जीरे'));
  utimesSync(into, WHEN, WHEN);
  const after = statSync(into, { bigint: true });
  assert.is(after.mtimeNs, before.mtimeNs);
  assert.is(after.size, before.size);
}
const sawEdit = (articles: readonly { body: string }[]) => assert.ok(articles.some((a) => a.body.includes('कल जीरे')));

cache('a story file a stat shows unchanged since it was read is not read again', () => {
  const n = load(content, dir, 'code-1', hourLater).loaded.articles.length;
  const second = load(content, dir, 'code-1', hourLater);
  assert.is(second.reads, 0);
  assert.is(second.hits, n);
  assert.equal(plain(second.loaded.articles), plain(loadArticles(content).articles));
});

const sneaky: Array<[string, () => void]> = [
  ['an edit that keeps the size and the modification time', () => sameSizeEdit(story())],
  [
    'another file of the same size and modification time moved over it',
    () => {
      sameSizeEdit(story(), `${story()}.new`);
      renameSync(`${story()}.new`, story());
    },
  ],
];
for (const [name, edit] of sneaky)
  cache(`${name} is read again`, () => {
    utimesSync(story(), WHEN, WHEN);
    load(content, dir, 'code-1', hourLater);
    // Past the file system's timestamp tick, as a later edit by an editor is.
    pause(30);
    edit();
    const after = load(content, dir, 'code-1', hourLater);
    assert.is(after.reads, 1);
    assert.equal(plain(after.loaded.articles), plain(loadArticles(content).articles));
    sawEdit(after.loaded.articles);
  });

cache('files changed just before a build are read again by the next one (racy), edits in the same tick included', () => {
  utimesSync(story(), WHEN, WHEN);
  const n = load(content, dir).loaded.articles.length;
  sameSizeEdit(story());
  const after = load(content, dir);
  assert.is(after.reads, n);
  sawEdit(after.loaded.articles);
});

cache('a build clock behind the files’ times never trusts a stat', () => {
  const hourEarlier = () => Date.now() - 3_600_000;
  const n = load(content, dir, 'code-1', hourEarlier).loaded.articles.length;
  assert.is(load(content, dir, 'code-1', hourEarlier).reads, n);
});

cache.run();
