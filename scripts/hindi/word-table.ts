import { isWordChar } from './words.ts';

/**
 * Finds the words of a text and maps each to an id without allocating a string per word: the
 * word's characters are hashed while scanned and compared in place with the stored surface form.
 * Only a form never seen before is sliced out and handed to `resolve` (fold, stem, intern). On a
 * large archive this is most of the tokenising cost saved: millions of words, a few hundred
 * thousand forms.
 */
export class WordTable {
  private hashes = new Int32Array(1 << 16);
  private ids = new Int32Array(1 << 16);
  private words: Array<string | undefined> = new Array<string | undefined>(1 << 16);
  private size = 0;

  /**
   * `resolve(word)` gives the id of a new surface form: a term id, or -1 to skip the word.
   * `isWord` tells the characters words are made of (code units; default `isWordChar`, words.ts); a
   * word is a maximal run of them.
   */
  constructor(
    private readonly resolve: (word: string) => number,
    private readonly isWord: (c: number) => boolean = isWordChar,
  ) {}

  /** Calls `visit` with the id of each word of `text` up to `limit` characters that resolves to an id ≥ 0. */
  scan(text: string, limit: number, visit: (id: number) => void): void {
    const end = Math.min(limit, text.length);
    let start = -1;
    let h = 0;
    for (let i = 0; i <= end; i++) {
      const c = i < end ? text.charCodeAt(i) : 0x20;
      if (this.isWord(c)) {
        if (start < 0) {
          start = i;
          h = 0x811c9dc5 | 0;
        }
        h = Math.imul(h ^ c, 0x01000193);
      } else if (start >= 0) {
        const id = this.lookup(text, start, i, h);
        if (id >= 0) visit(id);
        start = -1;
      }
    }
  }

  private lookup(text: string, start: number, end: number, h: number): number {
    const mask = this.hashes.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const word = this.words[slot];
      if (word === undefined) return this.insert(text.slice(start, end), h, slot);
      if (this.hashes[slot] === h && word.length === end - start && same(word, text, start)) return this.ids[slot]!;
    }
  }

  private insert(word: string, h: number, slot: number): number {
    const id = this.resolve(word);
    this.words[slot] = word;
    this.hashes[slot] = h;
    this.ids[slot] = id;
    if (++this.size * 2 > this.hashes.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const [words, hashes, ids] = [this.words, this.hashes, this.ids];
    const capacity = hashes.length * 2;
    this.words = new Array<string | undefined>(capacity);
    this.hashes = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
    for (let s = 0; s < words.length; s++) {
      if (words[s] === undefined) continue;
      let slot = hashes[s]! & (capacity - 1);
      while (this.words[slot] !== undefined) slot = (slot + 1) & (capacity - 1);
      this.words[slot] = words[s];
      this.hashes[slot] = hashes[s]!;
      this.ids[slot] = ids[s]!;
    }
  }
}

function same(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
