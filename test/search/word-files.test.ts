import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { encodeCbor } from '../../scripts/search/cbor.ts';
import { withSignature } from '../../scripts/search/pagefind-format.ts';
import { PreviousIndex } from '../../scripts/search/previous-index.ts';
import { WordFiles } from '../../scripts/search/word-files.ts';
import { tempDir } from '../helpers/archive.ts';

const cacheDir = tempDir('samachar-word-files-');
const raw = (n: number) => encodeCbor(['जालोर', n]);
const build = (values: readonly number[]) => {
  const folder = tempDir('samachar-word-files-site-');
  const files = new WordFiles(folder, cacheDir);
  const names = values.map((v) => files.write(raw(v)));
  files.finish();
  return { folder, names };
};

const store = suite('WordFiles: named by content, gzipped once');
store('same bytes, same name and file; a file an earlier build wrote is linked from the cache, not written again', () => {
  const a = build([1, 2, 3]);
  const b = build([2, 3, 4]);
  assert.equal(b.names.slice(0, 2), a.names.slice(1));
  assert.not.ok(a.names.includes(b.names[2]!));
  for (const name of b.names) {
    const file = join(b.folder, `${name}.pf_words`);
    assert.equal(new Uint8Array(gunzipSync(readFileSync(file))), withSignature(raw(b.names.indexOf(name) + 2)));
  }
  assert.ok(statSync(join(b.folder, `${b.names[0]}.pf_words`)).nlink >= 2, 'linked from the cache');
});
store("the cache keeps the last build's files only, stamped as used", () => {
  const c = build([4]);
  const kept = readdirSync(join(cacheDir, 'words-gzip')).sort();
  assert.equal(kept, ['.shard.json', `${c.names[0]}.pf_words`].sort());
});
store("a file kept in the previous site's folder is also kept in the cache, so a build without that folder finds the whole index", () => {
  const aside = tempDir('samachar-word-files-aside-');
  mkdirSync(join(aside, 'words'));
  const freshCache = tempDir('samachar-word-files-');
  const earlier = new WordFiles(join(aside, 'words'), undefined);
  earlier.write(raw(5));
  earlier.finish();
  const files = new WordFiles(join(tempDir('samachar-word-files-site-'), 'words'), freshCache, new PreviousIndex(aside));
  const names = [5, 6].map((v) => files.write(raw(v)));
  files.finish();
  const stored = readdirSync(join(freshCache, 'words-gzip')).filter((f) => f.endsWith('.pf_words'));
  assert.equal(stored.sort(), names.map((n) => `${n}.pf_words`).sort());
});
store('positions go beside their word file, raw; kept, recalled from the cache and removed with it', () => {
  const cache = tempDir('samachar-word-files-');
  const positions = Uint8Array.of(3, 1, 4, 1, 5);
  const first = tempDir('samachar-word-files-site-');
  const a = new WordFiles(first, cache);
  const [withPositions, without] = [a.write(raw(7), positions), a.write(raw(8))];
  assert.equal(a.finish().sort(), [`${withPositions}.pf_words`, `${withPositions}.pf_pos`, `${without}.pf_words`].sort());
  assert.equal(new Uint8Array(readFileSync(join(first, `${withPositions}.pf_pos`))), positions);
  assert.is.not(withPositions, new WordFiles(tempDir('samachar-word-files-site-')).write(raw(7)), 'the positions are part of the name');
  // The next build keeps the file by name (an update) and recalls its positions from the cache.
  const second = tempDir('samachar-word-files-site-');
  const b = new WordFiles(second, cache);
  b.keep(withPositions);
  assert.equal(b.finish().sort(), [`${withPositions}.pf_words`, `${withPositions}.pf_pos`].sort());
  assert.equal(new Uint8Array(readFileSync(join(second, `${withPositions}.pf_pos`))), positions);
  assert.equal(
    readdirSync(join(cache, 'words-gzip')).sort(),
    ['.shard.json', `${withPositions}.pf_pos`, `${withPositions}.pf_words`].sort(),
  );
});
store.run();
