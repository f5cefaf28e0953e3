import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { BigIntStats } from 'node:fs';
import { RACY_MS, type Seen, seenOf, unchanged } from '../../scripts/content/story-stats.ts';

const rule = suite('unchanged: whether a stat vouches for the bytes a build read (git’s index rule)');

const MS = 1_000_000n;
/** A build that stat'ed the file an hour after its last change. */
const at = Date.parse('2026-11-24T06:30:00Z');
const changed = BigInt(at - 3_600_000) * MS;
const stat = (over: Partial<Record<keyof Seen, bigint>> = {}) =>
  ({ dev: 2049n, ino: 4242n, size: 1830n, mtimeNs: changed, ctimeNs: changed, ...over }) as unknown as BigIntStats;
const seen = seenOf(stat(), at, 'digest');

const cases: Array<[string, Seen | undefined, BigIntStats, boolean]> = [
  ['the same stat, changed long before it was taken', seen, stat(), true],
  ['never seen', undefined, stat(), false],
  ['another size', seen, stat({ size: 1831n }), false],
  ['an edit that kept size and modification time (utimes) moves the change time', seen, stat({ ctimeNs: changed + 1n }), false],
  ['another modification time', seen, stat({ mtimeNs: changed - MS }), false],
  ['another file moved over it (another inode)', seen, stat({ ino: 4243n }), false],
  ['the same inode number on another device', seen, stat({ dev: 2050n }), false],
  // Racy: a write in the same timestamp tick after the read leaves every field as it was.
  ['changed in the tick of the stat', seenOf(stat({ ctimeNs: BigInt(at) * MS }), at, 'd'), stat({ ctimeNs: BigInt(at) * MS }), false],
  [
    `changed ${RACY_MS - 1} ms before the stat`,
    seenOf(stat({ ctimeNs: BigInt(at - RACY_MS + 1) * MS }), at, 'd'),
    stat({ ctimeNs: BigInt(at - RACY_MS + 1) * MS }),
    false,
  ],
  [
    `changed ${RACY_MS + 1} ms before the stat`,
    seenOf(stat({ ctimeNs: BigInt(at - RACY_MS - 1) * MS }), at, 'd'),
    stat({ ctimeNs: BigInt(at - RACY_MS - 1) * MS }),
    true,
  ],
  // A clock behind the file system's: the file looks changed after the stat, so it is never trusted.
  ['a build clock an hour behind the file’s times', seenOf(stat(), at - 7_200_000, 'd'), stat(), false],
  // An entry written before `settled` was recorded: read once more rather than trusted.
  ['an entry an older build wrote, without `settled`', { ...seen, settled: undefined }, stat(), false],
];
for (const [name, before, now, expected] of cases) rule(name, () => assert.is(unchanged(before, now), expected));

rule.run();
