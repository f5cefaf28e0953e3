import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, ContentCache } from '../../scripts/content/index.ts';
import { PictureChecks } from '../../scripts/content/picture-checks.ts';
import { StoryCache } from '../../scripts/content/story-cache.ts';
import { RACY_MS } from '../../scripts/content/story-stats.ts';
import { tempDir } from '../helpers/archive.ts';
import { pictureArchive } from '../helpers/picture-story.ts';

const kept = suite('PictureChecks: which checks the next build trusts');
const MS = 1_000_000n;
const at = Date.parse('2026-11-24T06:30:00Z');
const old = BigInt(at - 3_600_000) * MS;
const problem = [{ key: 'picture.notPicture' }, { key: 'picture.notPictureHint' }] as never;

let dir = '';
kept.before.each(() => {
  dir = tempDir('samachar-picture-checks-');
});
kept.after.each(() => rmSync(dir, { recursive: true, force: true }));

kept('only pictures asked about, found good and changed before the racy window, for the same code', () => {
  const file = join(dir, 'pictures.v8');
  const first = new PictureChecks(file, 'code-1', at);
  const entries: Array<[string, { stamp: string; problem: never; changed: bigint }]> = [
    ['images/good.jpg', { stamp: 'a', problem: undefined as never, changed: old }],
    ['images/bad.jpg', { stamp: 'b', problem, changed: old }],
    ['images/just-written.jpg', { stamp: 'c', problem: undefined as never, changed: BigInt(at - RACY_MS + 1) * MS }],
    ['images/not-asked.jpg', { stamp: 'd', problem: undefined as never, changed: old }],
  ];
  for (const [rel, e] of entries) first.entries.set(rel, e);
  for (const [rel] of entries.slice(0, 3)) first.entries.get(rel);
  first.save();
  assert.equal([...new PictureChecks(file, 'code-1', at).entries.keys()], ['images/good.jpg']);
  assert.is(new PictureChecks(file, 'code-2', at).entries.size, 0, 'another code trusts none');
});

kept('a build that found the same checks does not write the file again; one that found others does', () => {
  const file = join(dir, 'pictures.v8');
  const build = (stamp: string) => {
    const checks = new PictureChecks(file, 'code-1', at);
    if (!checks.entries.get('images/good.jpg')) checks.entries.set('images/good.jpg', { stamp, problem: undefined, changed: old });
    else if (stamp !== 'a') checks.entries.set('images/good.jpg', { stamp, problem: undefined, changed: old });
    checks.save();
    return statSync(file).ino;
  };
  const first = build('a');
  assert.is(build('a'), first, 'the same checks: the file written by the first build stays');
  assert.is.not(build('b'), first, 'a picture changed: written again (a new file, renamed over the old)');
});

const builds = suite('the build’s picture checks across builds');
builds('a picture changed after a build is examined again, and its problem shown', async () => {
  const content = await pictureArchive();
  try {
    // A clock a minute ahead: every picture counts as changed long before the build.
    const load = () => {
      const stories = new StoryCache(dir, 'code-1', () => Date.now() + 60_000);
      const loaded = loadContent(content, Object.assign(new ContentCache(), { stories }));
      stories.save();
      return loaded.errors.map((e) => e.format({ lang: 'en' }));
    };
    assert.equal(load(), []);
    assert.ok(existsSync(join(dir, 'pictures.v8')));
    assert.equal(load(), [], 'the kept checks hold while the pictures are unchanged');
    writeFileSync(join(content, 'images/2026/11/lead.jpg'), 'अब यह चित्र नहीं है');
    const errors = load();
    assert.ok(errors.length === 1 && errors[0]!.includes('lead.jpg'), errors.join('\n'));
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
});
builds.before.each(() => {
  dir = tempDir('samachar-picture-checks-');
});
builds.after.each(() => rmSync(dir, { recursive: true, force: true }));

kept.run();
builds.run();
