import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeCbor, type CborValue } from '../../scripts/search/cbor.ts';
import { compareKeys } from '../../scripts/search/browser/index-format.ts';
import type { ShardInfo } from '../../scripts/search/manifest.ts';
import { withSignature } from '../../scripts/search/pagefind-format.ts';

/** A gzipped Pagefind file of `v`. */
export const packCbor = (v: CborValue): Uint8Array => gzipSync(withSignature(encodeCbor(v)));

/**
 * Shards written by hand in Pagefind's layout into `outDir/pagefind/s<n>/`, for the word index's
 * tests: keys over four letters, so that many are prefixes of one another, cut into many small
 * chunks whose listed start is often shorter than their first key (Pagefind lists `1166` for a
 * chunk that starts at `11665`). Pagefind's own chunks are too large for a test archive to have
 * more than one or two. Shard 1 lists some page names, as a shard joined from units does.
 * Returns the shards and each one's page lengths; `word(n)` gives more random words of up to n letters.
 */
export function writeWordShards(outDir: string, count: number, pages: number, seed = 11) {
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor((seed / 2147483648) * n));
  const word = (max: number) => Array.from({ length: 1 + rnd(max) }, () => 'abcd'[rnd(4)]).join('');
  const shards: ShardInfo[] = [];
  const lengths: number[][] = [];
  for (let s = 0; s < count; s++) {
    const dir = join(outDir, `pagefind/s${s}`);
    mkdirSync(join(dir, 'index'), { recursive: true });
    const keys = [...new Set(Array.from({ length: 120 }, () => word(5)))].sort(compareKeys);
    const cut: string[][] = [];
    for (let i = 0, n = 1; i < keys.length; i += n, n = 1 + rnd(12)) cut.push(keys.slice(i, i + n));
    const postings = () => {
      let page = -1;
      return Array.from({ length: 1 + rnd(4) }, () => {
        const delta = 1 + rnd(5);
        page += delta;
        return page < pages ? [delta, [-25, rnd(9), 1 + rnd(4)], rnd(2) ? [-1, 0] : []] : undefined;
      }).filter((p) => p !== undefined);
    };
    let previous = '';
    const list = cut.map((c, n) => {
      writeFileSync(
        join(dir, `index/t${s}_${n.toString(36)}.pf_index`),
        packCbor([c.map((k) => [k, postings(), rnd(3) ? [] : [[`${k}e`, postings()]]])]),
      );
      // The shortest start that still sorts after the previous chunk's last key.
      let from = c[0]!.slice(0, 1);
      while (compareKeys(from, previous) <= 0) from = c[0]!.slice(0, from.length + 1);
      previous = c[c.length - 1]!;
      return [from, '', ''];
    });
    lengths.push(Array.from({ length: pages }, () => 2 ** rnd(10)));
    // `<unit tag>_` starts a unit.
    const listed = (n: number) => (s === 1 && n === 10 ? 'u1_' : s === 1 && n === 20 ? 'fixed' : '');
    const meta = ['1.6.0', lengths[s]!.map((w, n) => [listed(n), w, '']), list, [], [], ['title']];
    writeFileSync(join(dir, 'pagefind.hi_x.pf_meta'), packCbor(meta));
    shards.push({
      id: `s${s}`,
      path: `pagefind/s${s}/`,
      meta: 'pagefind.hi_x.pf_meta',
      names: `t${s}`,
      articles: pages,
      newest: '',
      oldest: '',
    });
  }
  return { shards, lengths, word };
}
