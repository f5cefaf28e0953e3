import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { appendFileSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readState, writeState } from '../../scripts/build/state-file.ts';
import { tempDir } from '../helpers/archive.ts';

const file = suite('state file');

/** A state shaped like the related stage's: strings, numbers, nested typed arrays of every stored kind. */
const sample = (seed: number) => ({
  key: `जोधपुर-${seed}`,
  ids: ['खबर-1', 'खबर-2'],
  stories: 1.5 + seed,
  counts: { offsets: Int32Array.of(0, 3, 5 + seed), counts: Float32Array.of(1.5, -2, seed), lengths: Float64Array.of(Math.PI, seed / 3) },
  eligible: Uint8Array.of(1, 0, 1),
  nested: { deeper: { odd: Uint16Array.of(7, 8, 9), empty: new Float64Array(0) } },
  inList: [Int32Array.of(4, 2)],
  // A view into a larger buffer, at an odd offset: written as its own bytes.
  view: new Uint8Array(Uint8Array.of(9, 9, 1, 2, 3).buffer, 2, 3),
});

file('a state reads back equal, arrays of the same types, at aligned offsets', () => {
  const dir = tempDir('samachar-state-');
  writeState(dir, sample(4));
  const back = readState(dir) as ReturnType<typeof sample>;
  assert.equal(back, sample(4));
  assert.instance(back.counts.lengths, Float64Array);
  assert.instance(back.nested.deeper.odd, Uint16Array);
  assert.equal([...back.view], [1, 2, 3]);
  rmSync(dir, { recursive: true, force: true });
});

file('each write is a new generation; the older ones, a stale temporary file and a v8 state go', () => {
  const dir = tempDir('samachar-state-');
  writeFileSync(join(dir, 'state.v8'), 'old layout');
  writeFileSync(join(dir, 'state-7.bin.tmp'), 'a build stopped while writing');
  writeState(dir, sample(1));
  writeState(dir, sample(2));
  assert.equal(readdirSync(dir), ['state-2.bin']);
  assert.equal(readState(dir), sample(2));
  rmSync(dir, { recursive: true, force: true });
});

file('a build stopped after writing a generation but before removing the old one: the newest is read', () => {
  const dir = tempDir('samachar-state-');
  writeState(dir, sample(1));
  const old = readFileSync(join(dir, 'state-1.bin'));
  writeState(dir, sample(2));
  writeFileSync(join(dir, 'state-1.bin'), old);
  assert.equal(readState(dir), sample(2));
  rmSync(dir, { recursive: true, force: true });
});

const damage: [string, (path: string) => void][] = [
  ['cut short', (p) => truncateSync(p, readFileSync(p).length - 4)],
  ['cut inside the skeleton', (p) => truncateSync(p, 12)],
  ['with bytes added', (p) => appendFileSync(p, 'x')],
  ['empty', (p) => writeFileSync(p, '')],
  ['another format', (p) => writeFileSync(p, 'not a state at all')],
];
for (const [name, harm] of damage) {
  file(`a state file ${name} is not trusted`, () => {
    const dir = tempDir('samachar-state-');
    writeState(dir, sample(3));
    harm(join(dir, 'state-1.bin'));
    assert.is(readState(dir), undefined);
    rmSync(dir, { recursive: true, force: true });
  });
}

file('no folder or no state: undefined', () => {
  const dir = tempDir('samachar-state-');
  assert.is(readState(dir), undefined);
  assert.is(readState(join(dir, 'missing')), undefined);
  rmSync(dir, { recursive: true, force: true });
});

file.run();
