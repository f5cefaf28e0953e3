import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImageSetMemo, processingStamp, renditionsOf } from '../../scripts/images/set-memo.ts';
import type { ImageSet } from '../../scripts/images/process.ts';
import { tempDir } from '../helpers/archive.ts';

const dir = tempDir();
const cache = join(dir, 'cache');
const source = join(dir, 'content', 'images', 'mela.jpg');
const memoFile = join(cache, 'sets.v8');
mkdirSync(join(dir, 'content', 'images'), { recursive: true });
mkdirSync(cache, { recursive: true });

// A stand-in for eleventy-img: one rendition named by the source's bytes, and a count of the pictures it made.
let made = 0;
const make = async (file: string, cacheDir: string): Promise<ImageSet> => {
  made++;
  const name = `mela-${readFileSync(file).length}.jpg`;
  writeFileSync(join(cacheDir, name), readFileSync(file));
  const r = { url: `/img/${name}`, width: 480, height: 320, outputPath: join(cacheDir, name) };
  return { avif: [], webp: [], jpeg: [r], width: 480, height: 320 };
};
// The build's clock well after the file's last change, as for a picture committed before the build.
const later = () => Date.now() + 10_000;

/** One build of the picture: a memo read from its file, the renditions published into a new site folder. */
async function build(stamp = 'a', now = later): Promise<{ set: ImageSet; out: string }> {
  const memo = new ImageSetMemo(memoFile, stamp);
  const out = join(dir, `site-${made}-${Math.random().toString(36).slice(2)}`);
  const set = await renditionsOf(source, memo, cache, 1e8, out, { make, now });
  memo.save();
  return { set, out };
}

const memo = suite('renditionsOf: a picture unchanged since the last build is not read again');

memo.before.each(() => {
  made = 0;
  rmSync(memoFile, { force: true });
  writeFileSync(source, 'मेले की तस्वीर');
});

memo('a later build takes the set from the memo and still publishes every rendition', async () => {
  const first = await build();
  const second = await build();
  assert.is(made, 1);
  assert.equal(second.set, first.set);
  assert.ok(existsSync(join(second.out, second.set.jpeg[0]!.url)));
});

const AGAIN: Array<[string, () => void, string?, (() => number)?]> = [
  ['the picture replaced by other bytes', () => writeFileSync(source, 'मेले की दूसरी, बड़ी तस्वीर')],
  ['a rendition removed from the cache', () => rmSync(join(cache, `mela-${readFileSync(source).length}.jpg`))],
  ['another processing (options, eleventy-img or sharp)', () => {}, 'b'],
  ['a file changed just before the build that recorded it (the stat cannot vouch for it)', () => {}, 'a', Date.now],
];
for (const [what, change, stamp, clock] of AGAIN)
  memo(`made again: ${what}`, async () => {
    await build('a', clock ?? later);
    change();
    const { set, out } = await build(stamp);
    assert.is(made, 2);
    assert.ok(existsSync(join(out, set.jpeg[0]!.url)));
  });

memo('the stamp names what the picture is processed with', () => {
  assert.is(processingStamp(1e8), processingStamp(1e8));
  assert.is.not(processingStamp(1e8), processingStamp(2e8));
});

memo.run();
