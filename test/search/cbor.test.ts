import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CborFormatError, decodeCbor, encodeCbor, type CborValue } from '../../scripts/search/cbor.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const bytes = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));

const encode = suite('encodeCbor');
// Shortest heads, as RFC 8949's examples (appendix A) and minicbor write them.
const TABLE: Array<[CborValue, string]> = [
  [0, '00'],
  [23, '17'],
  [24, '1818'],
  [255, '18ff'],
  [256, '190100'],
  [65535, '19ffff'],
  [65536, '1a00010000'],
  [-1, '20'],
  [-25, '3818'],
  [-1000, '3903e7'],
  ['', '60'],
  ['a', '6161'],
  ['हि', '66e0a4b9e0a4bf'],
  [[], '80'],
  [[1, [2, 3]], '8201820203'],
  [['hi_1', 673, ''], '836468695f311902a160'],
];
for (const [value, expected] of TABLE) {
  encode(`${JSON.stringify(value)} → ${expected}`, () => {
    assert.is(hex(encodeCbor(value)), expected);
    assert.equal(decodeCbor(bytes(expected)), value);
  });
}
encode('a string that begins with a byte-order mark keeps it (Pagefind indexes such a word; #24)', () => {
  const meta = [['\ufeffढोल', 'x'], '\ufeff'];
  assert.equal(decodeCbor(encodeCbor(meta)), meta);
});
encode('a list of 24 or more items has a one-byte length', () => {
  const list = Array.from({ length: 30 }, (_, i) => i);
  assert.is(hex(encodeCbor(list)).slice(0, 4), '981e');
  assert.equal(decodeCbor(encodeCbor(list)), list);
});
encode.run();

const decode = suite('decodeCbor rejects what the rewrite does not know');
const BAD: Array<[string, string]> = [
  ['a0', 'map'],
  ['40', 'byte string'],
  ['f93c00', 'float'],
  ['c074', 'tag'],
  ['9f01ff', 'indefinite array'],
  ['0000', 'trailing bytes'],
  ['8201', 'truncated array'],
  ['6461', 'truncated string'],
  ['1b0000000000000001', '64-bit integer'],
];
for (const [input, what] of BAD) {
  decode(what, () => {
    assert.throws(
      () => decodeCbor(bytes(input)),
      (e: unknown) => e instanceof CborFormatError,
    );
  });
}
decode.run();
