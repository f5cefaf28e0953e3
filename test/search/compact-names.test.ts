import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeCbor, encodeCbor, type CborValue } from '../../scripts/search/cbor.ts';
import { compactNames, roundCount, type BundleFile } from '../../scripts/search/compact-names.ts';
import { PagefindFormatError } from '../../scripts/search/pagefind-format.ts';
import { prefixMatches } from '../../scripts/search/browser/archive-index.ts';
import { openBuiltSearch } from '../../scripts/search/eval/node-runtime.ts';
import { articleRecord } from '../../scripts/search/records.ts';
import { searchArticles } from '../fixtures/search/archive.ts';

// A real Pagefind 1.6 bundle of the search fixture, as index.getFiles() hands it over, in small
// index chunks (Pagefind's process reads the size from its environment when it starts) so that
// the fixture's words spread over many chunks, as an archive's do. The variable is put back
// afterwards: the other test files' builds start Pagefind processes of their own.
async function rawBundle(): Promise<BundleFile[]> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'hi' });
  if (!index) throw new Error('no index');
  for (const a of searchArticles()) await index.addCustomRecord(articleRecord(a));
  const { files } = await index.getFiles();
  await index.deleteIndex();
  return files.map((f) => ({ path: f.path, content: f.content }));
}
const chunkSize = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '40';
const raw = await rawBundle().finally(() => pagefind.close());
if (chunkSize === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSize;
const { files: compact } = await compactNames(raw);

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const entryOf = (files: readonly BundleFile[]) =>
  JSON.parse(text(files.find((f) => f.path === 'pagefind-entry.json')!.content)) as {
    version: string;
    languages: { hi: { hash: string } };
  };
const metaOf = (files: readonly BundleFile[]) => {
  const hash = entryOf(files).languages.hi.hash;
  const file = files.find((f) => f.path === `pagefind.${hash}.pf_meta`)!;
  return decodeCbor(gunzipSync(file.content).subarray(12)) as CborValue[];
};
const byPath = (files: readonly BundleFile[]) => new Map(files.map((f) => [f.path, f.content]));

const names = suite('compactNames');
names('pages and chunks get <tag>_<n> names in order, each file keeps its bytes', () => {
  const [oldMeta, newMeta] = [metaOf(raw), metaOf(compact)];
  const tag = entryOf(raw).languages.hi.hash.slice(3, 11);
  const before = byPath(raw);
  const after = byPath(compact);
  for (const [k, folder, ext, at] of [
    [1, 'fragment', 'pf_fragment', 0],
    [2, 'index', 'pf_index', 2],
  ] as const) {
    const oldList = oldMeta[k] as string[][];
    const newList = newMeta[k] as string[][];
    assert.ok(oldList.length > 0);
    newList.forEach((item, i) => {
      assert.is(item[at], `${tag}_${i.toString(36)}`);
      assert.equal(after.get(`${folder}/${item[at]}.${ext}`), before.get(`${folder}/${oldList[i]![at]}.${ext}`));
    });
  }
  // Everything but the names is as Pagefind wrote it (word counts rounded): chunk ranges, filters, fields.
  assert.equal(
    (newMeta[1] as CborValue[][]).map((p) => p[1]),
    (oldMeta[1] as CborValue[][]).map((p) => roundCount(p[1] as number)),
  );
  assert.equal(
    (newMeta[2] as CborValue[][]).map((c) => c.slice(0, 2)),
    (oldMeta[2] as CborValue[][]).map((c) => c.slice(0, 2)),
  );
  assert.equal(newMeta.slice(3), oldMeta.slice(3));
  assert.is(compact.length, raw.length);
});
names('the metadata gets a new content hash and the entry file points to it', () => {
  const hash = entryOf(compact).languages.hi.hash;
  assert.match(hash, /^hi_[0-9a-f]{10}$/);
  assert.is.not(hash, entryOf(raw).languages.hi.hash);
  assert.not.ok(compact.some((f) => f.path === `pagefind.${entryOf(raw).languages.hi.hash}.pf_meta`));
  assert.is(entryOf(compact).version, entryOf(raw).version);
});
names('the metadata every reader loads first gets smaller', () => {
  const size = (files: readonly BundleFile[]) => files.find((f) => f.path.endsWith('.pf_meta'))!.content.length;
  assert.ok(size(compact) < size(raw), `${size(compact)} < ${size(raw)}`);
});
names('derivedNames: the metadata lists no names, the same files are written, the tag is returned', async () => {
  const derived = await compactNames(raw, true);
  const tag = entryOf(raw).languages.hi.hash.slice(3, 11);
  assert.is(derived.names, tag);
  assert.equal(
    derived.files
      .map((f) => f.path)
      .filter((p) => !p.endsWith('.pf_meta'))
      .sort(),
    compact
      .map((f) => f.path)
      .filter((p) => !p.endsWith('.pf_meta'))
      .sort(),
  );
  const meta = metaOf(derived.files);
  assert.ok((meta[1] as CborValue[][]).every((p) => p[0] === ''));
  assert.ok((meta[2] as CborValue[][]).every((c) => c[1] === '' && c[2] === ''));
  assert.equal(
    (meta[2] as CborValue[][]).map((c) => c[0]),
    (metaOf(compact)[2] as CborValue[][]).map((c) => c[0]),
  );
  const size = (files: readonly BundleFile[]) => files.find((f) => f.path.endsWith('.pf_meta'))!.content.length;
  assert.ok(size(derived.files) < size(compact), `${size(derived.files)} < ${size(compact)}`);
});
names('same bundle, same output', async () => {
  assert.equal((await compactNames(raw)).files, compact);
});
names('the metadata is gzip that Node reads back, with no time in its header', () => {
  const file = compact.find((f) => f.path.endsWith('.pf_meta'))!;
  assert.equal([...file.content.subarray(0, 3)], [0x1f, 0x8b, 8]);
  assert.equal([...file.content.subarray(4, 8)], [0, 0, 0, 0]);
  assert.is(text(gunzipSync(file.content).subarray(0, 12)), 'pagefind_dcd');
});
names('roundCount gives the nearest power of two', () => {
  for (const [n, r] of [
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 4],
    [5, 4],
    [6, 8],
    [47, 32],
    [48, 64],
    [673, 512],
    [800, 1024],
    [1234, 1024],
    [65535, 65536],
  ] as const)
    assert.is(roundCount(n), r, `${n}`);
  for (let n = 1; n < 5000; n += 7) {
    const r = roundCount(n);
    assert.is(2 ** Math.round(Math.log2(r)), r, `${n}: ${r} is a power of two`);
    assert.ok(Math.abs(r - n) / n <= 1 / 3 + 1e-9, `${n}: ${r} within a third`);
  }
});
names.run();

// The compacted bundle must answer every word as Pagefind's own does: both served from disk and
// searched through Pagefind's runtime, as the browser does.
const same = suite('compactNames: same answers');
async function open(files: readonly BundleFile[], tag: string, names?: string) {
  const dir = mkdtempSync(join(tmpdir(), `samachar-compact-${tag}-`));
  for (const f of files) {
    mkdirSync(dirname(join(dir, 'pagefind/s', f.path)), { recursive: true });
    writeFileSync(join(dir, 'pagefind/s', f.path), f.content);
  }
  const meta = files.find((f) => f.path.endsWith('.pf_meta'))!.path;
  const manifest = {
    version: 1,
    baseUrl: '/',
    runtime: 'pagefind/s/pagefind.js',
    cacheTag: tag,
    shards: [{ id: 's', path: 'pagefind/s/', meta, ...(names ? { names } : {}), articles: 0, newest: '', oldest: '' }],
    roman: { path: 'pagefind/roman/', buckets: 1 },
  };
  writeFileSync(join(dir, 'pagefind/manifest.json'), JSON.stringify(manifest));
  return { dir, search: await openBuiltSearch(dir, { fresh: `compact-${tag}`, pagefind: { exactDiacritics: true } }) };
}
/** Every key and spelling in the bundle's index chunks. */
function indexedWords(files: readonly BundleFile[], spelled = false): string[] {
  const words = new Set<string>();
  for (const f of files.filter((f) => f.path.startsWith('index/'))) {
    const chunk = decodeCbor(gunzipSync(f.content).subarray(12)) as CborValue[];
    for (const entry of chunk[0] as CborValue[][]) {
      // A key is a spelling of its own only when it has pages (`spelled`: real spellings only).
      if (!spelled || (entry[1] as CborValue[]).length > 0) words.add(entry[0] as string);
      for (const variant of entry[2] as CborValue[][]) words.add(variant[0] as string);
    }
  }
  return [...words].sort();
}
same('every indexed word and prefixes of words find the same pages', async () => {
  const words = indexedWords(raw);
  assert.ok(words.length > 200, `${words.length} words`);
  assert.ok((metaOf(raw)[2] as CborValue[]).length > 20, `${(metaOf(raw)[2] as CborValue[]).length} chunks`);
  const [a, b] = [await open(raw, 'raw'), await open(compact, 'compact')];
  try {
    // Pages, not scores: rounded word counts move scores a little (that is their point).
    const answer = async (s: typeof a.search, q: string, reader: 'pagefind' | 'index' = 'pagefind') => {
      const { results } = await (reader === 'pagefind' ? s.pagefind! : s.index.withRule(prefixMatches)).search(q);
      return (await Promise.all(results.map(async (r) => (await r.data()).url))).sort();
    };
    // Prefixes reach words in the chunks after theirs: Pagefind finds those chunks by their first
    // words, which is why the chunk list keeps them (leaving them out cost MRR@10 0.001-0.003).
    const probes = [
      ...words,
      ...words.filter((_, i) => i % 5 === 0).map((w) => [...w].slice(0, 2).join('')),
      'क',
      'ज़्ज़्',
      'zzzz',
      '०००',
      'अ',
    ];
    for (const q of probes) assert.equal(await answer(b.search, q), await answer(a.search, q), q);
    // The search's own reader finds what Pagefind finds for every word the stories have. Pagefind,
    // having loaded every chunk by now, also finds longer words filed in other chunks than the
    // word's own; the reader reads one chunk per word, so it may find fewer, never others.
    let same = 0;
    const spellings = indexedWords(compact, true);
    for (const q of spellings) {
      const ours = await answer(b.search, q, 'index');
      const theirs = await answer(b.search, q);
      assert.ok(ours.length > 0 && ours.every((u) => theirs.includes(u)), `reader: ${q}`);
      if (ours.length === theirs.length) same++;
    }
    assert.ok(same >= 0.95 * spellings.length, `${same} of ${spellings.length} the same`);
    // Without names in the metadata, the reader derives them and finds the same.
    const derived = await compactNames(raw, true);
    const c = await open(derived.files, 'derived', derived.names);
    try {
      for (const q of spellings) assert.equal(await answer(c.search, q, 'index'), await answer(b.search, q, 'index'), `derived: ${q}`);
    } finally {
      rmSync(c.dir, { recursive: true, force: true });
    }
  } finally {
    for (const d of [a.dir, b.dir]) rmSync(d, { recursive: true, force: true });
  }
});
same.run();

const guard = suite('compactNames refuses a bundle it does not know');
const withEntry = (change: (e: Record<string, unknown>) => void) =>
  raw.map((f) => {
    if (f.path !== 'pagefind-entry.json') return f;
    const e = JSON.parse(text(f.content)) as Record<string, unknown>;
    change(e);
    return { path: f.path, content: new TextEncoder().encode(JSON.stringify(e)) };
  });
const withMeta = (change: (m: CborValue[]) => CborValue) =>
  raw.map((f) => {
    if (!f.path.endsWith('.pf_meta')) return f;
    const m = decodeCbor(gunzipSync(f.content).subarray(12)) as CborValue[];
    return { path: f.path, content: gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encodeCbor(change(m))])) };
  });
const CASES: Array<[string, () => BundleFile[], RegExp]> = [
  ['another Pagefind version', () => withEntry((e) => (e.version = '1.7.0')), /written by Pagefind 1\.7\.0/],
  ['no entry file', () => raw.filter((f) => f.path !== 'pagefind-entry.json'), /no pagefind-entry\.json/],
  ['a field added to the metadata', () => withMeta((m) => [...m, []]), /metadata is not a list of 6/],
  [
    'pages with a fourth field',
    () => withMeta((m) => [m[0]!, (m[1] as CborValue[][]).map((p) => [...p, 0]), ...m.slice(2)]),
    /page is not a list of 3/,
  ],
  ['a chunk the bundle lacks', () => raw.filter((f) => !f.path.startsWith('index/')), /not in the bundle/],
];
for (const [what, files, message] of CASES) {
  guard(what, async () => {
    const error = await compactNames(files()).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof PagefindFormatError && message.test(error.message), String(error));
  });
}
guard.run();
