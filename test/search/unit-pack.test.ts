import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { BundleFile } from '../../scripts/search/compact-names.ts';
import { packBundle, unpackBundle } from '../../scripts/search/unit-pack.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const plain = (files: readonly BundleFile[]) => files.map((f) => [f.path, [...f.content]]);

const pack = suite('unit pack');

const bundles: Array<[string, BundleFile[]]> = [
  ['no files', []],
  ['an empty file', [{ path: 'pagefind-entry.json', content: new Uint8Array() }]],
  [
    'a unit’s files, in their order',
    [
      { path: 'pagefind-entry.json', content: bytes('{"version":"1.4.0"}') },
      { path: 'fragment/hi_3f2a.pf_fragment', content: bytes('बाड़मेर में बारिश से सड़कें बंद') },
      { path: 'index/hi_0a1b.pf_index', content: new Uint8Array([0, 255, 31, 139]) },
    ],
  ],
];
for (const [name, files] of bundles) {
  pack(`${name}: unpacked as packed`, () => {
    assert.equal(plain(unpackBundle(packBundle(files))), plain(files));
  });
}

pack('a pack read from a larger buffer (as the cache reads a file) is read from its own bytes', () => {
  const packed = packBundle(bundles[2]![1]);
  const big = new Uint8Array(packed.length + 7);
  big.set(packed, 5);
  assert.equal(plain(unpackBundle(big.subarray(5, 5 + packed.length))), plain(bundles[2]![1]));
});

const broken: Array<[string, (p: Uint8Array) => Uint8Array, RegExp]> = [
  ['cut inside the header', (p) => p.subarray(0, 2), /shorter than its header/],
  ['cut inside the list', (p) => p.subarray(0, 10), /shorter than its list/],
  ['cut inside a file', (p) => p.subarray(0, p.length - 3), /cut short in index\/hi_0a1b/],
  ['with bytes after the files', (p) => new Uint8Array([...p, 1]), /longer than its files/],
];
for (const [name, spoil, message] of broken) {
  pack(`a pack ${name} is an error, not a shorter bundle`, () => {
    assert.throws(() => unpackBundle(spoil(packBundle(bundles[2]![1]))), message);
  });
}

pack.run();
