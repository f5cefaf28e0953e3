import { gunzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { CustomRecord } from 'pagefind';
import { ArchiveIndex } from '../../scripts/search/browser/archive-index.ts';
import { decodeChunk, decodeFilter } from '../../scripts/search/browser/index-format.ts';
import { ShardReader } from '../../scripts/search/browser/shard-reader.ts';
import { roundCount, type BundleFile } from '../../scripts/search/compact-names.ts';
import { mergeUnits, TAIL_CHUNK_SIZE, type PageNames } from '../../scripts/search/merge-units.ts';
import { encodeCbor } from '../../scripts/search/cbor.ts';
import {
  chunkFile,
  decodeMeta,
  filterFile,
  fragmentFile,
  isMetaFile,
  unwrap,
  withSignature,
} from '../../scripts/search/pagefind-format.ts';
import { closePagefind, indexRecords } from '../../scripts/search/pagefind-shard.ts';
import { articleRecord } from '../../scripts/search/records.ts';
import { searchArticles } from '../fixtures/search/archive.ts';

// Ten stories, newest first; one with a picture, so units list metadata fields in different orders.
const records: CustomRecord[] = searchArticles().map((a, i) => {
  const r = articleRecord(a);
  return i === 4 ? { ...r, meta: { image: '/img/khet.jpg', ...r.meta } } : r;
});
const sizes = [3, 3, 4];
const whole = await indexRecords(records, 'whole');
const units: BundleFile[][] = [];
for (let i = 0, at = 0; i < sizes.length; at += sizes[i]!, i++)
  units.push(await indexRecords(records.slice(at, at + sizes[i]!), `unit ${i}`));
await closePagefind();
const merge = (names: PageNames, chunkSize?: number) =>
  mergeUnits(
    units.map((files, i) => ({ tag: `u${i}`, files })),
    'T',
    names,
    chunkSize,
  );

/** An index bundle decoded: its words (field numbers as names), pages and filters, whatever its file names. */
function decode(files: readonly BundleFile[], chunkNames?: (n: number) => string) {
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const load = (path: string) => unwrap(gunzipSync(byPath.get(path)!), path);
  const meta = decodeMeta(load(files.find((f) => isMetaFile(f.path))!.path));
  const words = meta.chunks
    .flatMap((c, n) => decodeChunk(load(chunkFile(chunkNames ? chunkNames(n) : c.hash))))
    .map((w) => ({
      ...w,
      // Spellings in form order: the joined index sorts them (Pagefind's order is its process's own).
      spellings: w.spellings
        .map((s) => ({ ...s, postings: s.postings.map((p) => ({ ...p, fields: p.fields.map((f) => meta.metaFields[f]) })) }))
        .sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0)),
    }));
  const filters = Object.fromEntries(
    [...meta.filters].map(([name, hash]) => [name, Object.fromEntries(decodeFilter(load(filterFile(hash))))]),
  );
  return { meta, words, filters };
}

const merged = suite('mergeUnits');

merged('joined units hold exactly what one Pagefind run over all records holds', async () => {
  const { files } = await merge('unit');
  const one = decode(whole);
  const joined = decode(files, (n) => `T_${n.toString(36)}`);
  assert.ok(one.words.length > 100);
  assert.equal(joined.words, one.words, 'every word, spelling, page, position, weight and field');
  assert.equal(joined.filters, one.filters);
  assert.equal(
    joined.meta.pages.map((p) => p.wordCount),
    one.meta.pages.map((p) => roundCount(p.wordCount)),
  );
  assert.equal([...joined.meta.metaFields].sort(), [...one.meta.metaFields].sort());
});

merged("the tail's smaller chunks: more of them, each smaller, holding the same words", async () => {
  const chunks = (files: readonly BundleFile[]) => files.filter((f) => f.path.startsWith('index/'));
  const normal = await merge('content');
  const small = await merge('content', TAIL_CHUNK_SIZE);
  assert.ok(chunks(small.files).length >= 2 * chunks(normal.files).length, `${chunks(small.files).length} chunks`);
  const largest = (files: readonly BundleFile[]) => Math.max(...chunks(files).map((f) => f.content.length));
  assert.ok(largest(small.files) < largest(normal.files));
  const n = (i: number) => `T_${i.toString(36)}`;
  assert.equal(decode(small.files, n).words, decode(normal.files, n).words);
});

merged('the reader finds the same pages in both', async () => {
  const serve = (files: readonly BundleFile[]) => {
    const byPath = new Map(files.map((f) => [`https://x/s/${f.path}`, f.content]));
    return async (url: string) => byPath.get(url) ?? Promise.reject(new Error(`404 ${url}`));
  };
  const { files, meta } = await merge('unit');
  const wholeMeta = whole.find((f) => isMetaFile(f.path))!.path;
  const a = new ArchiveIndex([await ShardReader.open('https://x/s/', wholeMeta, serve(whole))]);
  const b = new ArchiveIndex([await ShardReader.open('https://x/s/', meta, serve(files), '/', 'T')]);
  for (const word of ['जालोर', 'किसान', 'चुनाव', 'ट्रैक्टर', 'बारिश']) {
    const [x, y] = [(await a.search(word)).results, (await b.search(word)).results];
    assert.ok(x.length > 0, word);
    const urls = async (rs: typeof x) => (await Promise.all(rs.map(async (r) => (await r.data()).url))).sort();
    // The joined metadata rounds word counts (as compactNames does), which moves scores a little: the same pages, maybe reordered.
    assert.equal(await urls(y), await urls(x), word);
  }
});

merged('page files: named by unit and number, or by content; the same records give the same bytes', async () => {
  const byUnit = await merge('unit');
  const fragments = byUnit.files.filter((f) => f.path.startsWith('fragment/')).map((f) => f.path);
  assert.equal(fragments.slice(0, 4), [fragmentFile('u0_0'), fragmentFile('u0_1'), fragmentFile('u0_2'), fragmentFile('u1_0')]);
  const pages = decodeMeta(unwrap(gunzipSync(byUnit.files[0]!.content), 'meta')).pages.map((p) => p.hash);
  assert.equal(pages, ['u0_', '', '', 'u1_', '', '', 'u2_', '', '', '']);
  const byContent = await merge('content');
  const listed = decodeMeta(unwrap(gunzipSync(byContent.files[0]!.content), 'meta')).pages.map((p) => p.hash);
  assert.ok(listed.every((h) => /^[0-9a-f]{10}$/.test(h)));
  assert.equal(
    (await merge('unit')).files.map((f) => Buffer.from(f.content).toString('base64')),
    byUnit.files.map((f) => Buffer.from(f.content).toString('base64')),
  );
});

merged('joined chunks are CBOR in its shortest form, copied runs and renumbered ones alike', async () => {
  const chunks = (await merge('unit')).files.filter((f) => f.path.startsWith('index/'));
  assert.ok(chunks.length > 0);
  for (const { path, content } of chunks) {
    const raw = gunzipSync(content);
    assert.equal(Buffer.from(withSignature(encodeCbor(unwrap(raw, path)))).toString('base64'), raw.toString('base64'), path);
  }
});

merged('refuses units of another layout', async () => {
  const missing = whole.filter((f) => !f.path.startsWith('index/'));
  const error = await mergeUnits([{ tag: 'u', files: missing }], 'T', 'unit').then(
    () => undefined,
    (e: Error) => e,
  );
  assert.match(String(error), /not Pagefind .* no index\//);
});

merged.run();
