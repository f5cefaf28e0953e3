/**
 * How Pagefind 1.6 keys a Hindi word in its index, so the search's reader looks up the same keys:
 * the word is folded (`foldWord`), then stemmed (`stemFolded`). सरकार → सरकर → सर; आए → आ.
 * Every spelling is kept under its key (सरकार, सरकारी and सर all under सर), so folding and stemming
 * only decide which index chunk and key to read; which spellings count is the reader's choice.
 * test/search/index-key.test.ts checks both against the keys Pagefind writes for real words.
 */

/**
 * A word as Pagefind folds it: decomposed, every combining mark (vowel signs, virama, nukta,
 * anusvara, chandrabindu, visarga) dropped. Japanese voicing marks stay, as in Pagefind.
 */
export function foldWord(word: string): string {
  const bare = word.normalize('NFD').replace(/(?![\u3099\u309a])\p{M}/gu, '');
  return /[\u3099\u309a]/.test(bare) ? bare.normalize('NFC') : bare;
}

/**
 * The endings of Pagefind's Hindi stemmer (Snowball's, after Ramanathan and Rao's light stemmer)
 * that can end a folded word: the others contain vowel signs, which folding has removed. Longest
 * first, since the longest ending that fits is the one removed.
 */
const ENDINGS = ['आइए', 'अकर', 'आकर', 'आई', 'आए', 'इए', 'आओ', 'कर', 'अ', 'आ', 'इ', 'ई', 'उ', 'ऊ', 'ए', 'ओ'];

/** Consonants, as the stemmer's rule for कर knows them (with the nukta letters, which folding has split). */
const CONSONANT = /^[\u0915-\u0939\u0958-\u095f]$/u;

/**
 * A folded word's stem: its longest ending removed, provided the first letter stays. कर goes only
 * after a consonant that is not the first letter (जाकर → जा, but नकर stays); when that fails, the
 * word stays whole, as in Snowball, where a failed rule gives way only to an ending it contains.
 */
export function stemFolded(folded: string): string {
  const letters = [...folded];
  if (letters.length < 2) return folded;
  const region = folded.length - letters[0]!.length;
  for (const ending of ENDINGS) {
    if (ending.length > region || !folded.endsWith(ending)) continue;
    const start = folded.length - ending.length;
    if (ending === 'कर') {
      const before = start - 1;
      if (before < letters[0]!.length || !CONSONANT.test(folded[before]!)) return folded;
    }
    return folded.slice(0, start);
  }
  return folded;
}

/** The key Pagefind files `word` under (the word lowercased, as the index and the query code have it). */
export function indexKey(word: string): string {
  return stemFolded(foldWord(word));
}
