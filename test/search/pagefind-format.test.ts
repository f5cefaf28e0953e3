import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { encodeCbor } from '../../scripts/search/cbor.ts';
import {
  chunkFile,
  decodeMeta,
  filterFile,
  fragmentFile,
  isIndexFile,
  knownVersion,
  metaFile,
  PAGEFIND_VERSION,
  PagefindFormatError,
  unwrap,
  withSignature,
} from '../../scripts/search/pagefind-format.ts';

const json = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<string, any>;

const version = suite('the Pagefind version');
version('the installed Pagefind is the one whose format scripts/search/pagefind-format.ts knows', () => {
  const installed = json('../../node_modules/pagefind/package.json').version as string;
  assert.is(
    installed,
    PAGEFIND_VERSION,
    `Pagefind ${installed} is installed, but scripts/search/pagefind-format.ts knows ${PAGEFIND_VERSION}: check the format ` +
      '(pagefind-format.ts, browser/index-format.ts, browser/index-key.ts, browser/word-score.ts) against the new version, then change PAGEFIND_VERSION',
  );
});
version('package.json pins exactly that version', () => {
  assert.is(json('../../package.json').dependencies.pagefind, PAGEFIND_VERSION);
});
const versions: Array<[string, boolean]> = [
  ['1.6.0', true],
  ['1.6.3', true],
  ['1.5.0', false],
  ['1.7.0', false],
  ['2.6.0', false],
  ['1.60.0', false],
  ['', false],
];
for (const [v, known] of versions) version(`knownVersion(${JSON.stringify(v)})`, () => assert.is(knownVersion(v), known));

const files = suite('file names and signature');
files('names as Pagefind writes them', () => {
  assert.equal(
    [metaFile('hi_3f2a9c1'), chunkFile('a_0'), fragmentFile('a_1'), filterFile('f')],
    ['pagefind.hi_3f2a9c1.pf_meta', 'index/a_0.pf_index', 'fragment/a_1.pf_fragment', 'filter/f.pf_filter'],
  );
  assert.ok([metaFile('hi_x'), chunkFile('a'), fragmentFile('b'), filterFile('c')].every(isIndexFile));
  assert.not.ok(['pagefind.js', 'wasm.hi.pagefind', 'pagefind-entry.json', 'pagefind-ui.js'].some(isIndexFile));
});
files('unwrap reads what withSignature wrote, and refuses the rest with the file named', () => {
  assert.equal(unwrap(withSignature(encodeCbor(['1.6.0', 7])), 'x'), ['1.6.0', 7]);
  const refused = (raw: Uint8Array, message: RegExp) =>
    assert.throws(
      () => unwrap(raw, 'x.pf_meta'),
      (e: Error) => e instanceof PagefindFormatError && message.test(e.message),
    );
  refused(encodeCbor([1]), /x\.pf_meta lacks the pagefind_dcd signature/);
  refused(withSignature(Uint8Array.of(0xa0)), /x\.pf_meta: unsupported CBOR major type 5/);
});

const meta = suite('decodeMeta');
meta('reads pages, chunks, filters and fields', () => {
  const m = decodeMeta([
    '1.6.0',
    [
      ['a_0', 512, ''],
      ['a_1', 64, 'g1'],
    ],
    [
      ['0', 'कम', 'a_0'],
      ['कय', 'ह', 'a_1'],
    ],
    [['district', 'hi_f']],
    [],
    ['category', 'title'],
  ]);
  assert.equal(m.pages, [
    { hash: 'a_0', wordCount: 512, group: '' },
    { hash: 'a_1', wordCount: 64, group: 'g1' },
  ]);
  assert.equal(
    m.chunks.map((c) => c.hash),
    ['a_0', 'a_1'],
  );
  assert.equal([...m.filters], [['district', 'hi_f']]);
  assert.equal(m.metaFields, ['category', 'title']);
});
const refusals: Array<[string, unknown, RegExp]> = [
  ['another Pagefind version', ['1.7.0', [], [], [], [], []], /written by Pagefind 1\.7\.0/],
  ['a seventh field', ['1.6.0', [], [], [], [], [], []], /metadata is not a list of 6/],
  ['a page with a fourth field', ['1.6.0', [['a', 1, '', 0]], [], [], [], []], /page is not a list of 3/],
  ['a chunk without its hash', ['1.6.0', [], [['a', 'b']], [], [], []], /chunk is not a list of 3/],
  ['a word count that is text', ['1.6.0', [['a', '1', '']], [], [], [], []], /word count is not a number/],
];
for (const [what, value, message] of refusals) {
  meta(`refuses ${what}`, () => {
    assert.throws(
      () => decodeMeta(value as never),
      (e: Error) => e instanceof PagefindFormatError && message.test(e.message) && /Pagefind 1\.6\.0/.test(e.message),
    );
  });
}

version.run();
files.run();
meta.run();
