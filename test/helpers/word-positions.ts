import type { Posting, WordEntry } from '../../scripts/search/browser/index-format.ts';
import type { FetchPositions } from '../../scripts/search/browser/word-format.ts';

/** A posting with its positions read from its word file's positions file (as a chunk's posting holds them). */
export async function loadedPosting({ at, ...p }: Posting): Promise<Posting> {
  return at ? { ...p, positions: await at.file.positions(at.k) } : p;
}

/** Entries of a word file with every posting's positions read (`loadedPosting`), to compare with a chunk's. */
export function loadedEntries(entries: readonly WordEntry[]): Promise<WordEntry[]> {
  return Promise.all(
    entries.map(async (e) => ({
      key: e.key,
      spellings: await Promise.all(
        e.spellings.map(async (sp) => ({ form: sp.form, postings: await Promise.all(sp.postings.map(loadedPosting)) })),
      ),
    })),
  );
}

/** Positions file bytes served from memory, each range asked for recorded in `asked`. */
export function servePositions(bytes: Uint8Array, asked: Array<[number, number]> = []): FetchPositions {
  return async (start, end) => (asked.push([start, end]), bytes.subarray(start, end));
}
