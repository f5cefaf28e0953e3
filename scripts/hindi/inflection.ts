/**
 * Which written words are forms of one another, by the few noun and adjective paradigms of Hindi,
 * with each word's own vowel signs kept. A stemmer strips every ending it knows, so बार and बारे
 * (time, about), राज and राजा (rule, king), कम and कमी (less, shortage) meet at one stem; here an
 * ending only changes a word into the base form that takes it:
 *
 * - consonant stems: बाजार, बाजारों; सड़क, सड़कें (and ो, a plural typed without its dot);
 * - masculine -ा: लड़का, लड़के, लड़कों; feminine -ा: महिला, महिलाएं, महिलाओं;
 * - -ी and -ि: नदी, नदियां, नदियों; शक्ति, शक्तियों; -ू and -ु: बहू, बहुओं.
 *
 * Verbs by the endings that begin with a consonant or carry one, after a stem that ends in a
 * consonant: खेल, खेलता/खेलती/खेलते, खेलना/खेलनी/खेलने, खेलेगा/खेलेगी/खेलेंगे, खेलूंगा, खेलकर.
 * The perfective -ा, -ी, -े are left out: on real text they join far more different words than
 * verb forms (बार/बारे, राज/राजा, कम/कमी, वर्ष/वर्षा, जान/जाना, साथ/साथी), so खेला is not खेल's.
 * The verb endings join a few nouns too (जल/जलना, जन/जनता); docs/search.md has the figures.
 *
 * Two words are forms of one another when they share a base (`sameInflection`). Derived words
 * (चुनावी from चुनाव) are other words: telling मांगी (asked) from a noun in -ी would need a
 * lexicon. Chandrabindu counts as anusvara (एँ, एं).
 */

/** An ending and what replaces it to give the base form it belongs to; nouns' longest endings first, then verbs'. */
const RULES: ReadonlyArray<readonly [ending: string, base: string]> = [
  ['ियों', 'ी'],
  ['ियों', 'ि'],
  ['ियां', 'ी'],
  ['ियां', 'ि'],
  ['ुओं', 'ू'],
  ['ुओं', 'ु'],
  ['ुएं', 'ू'],
  ['ुएं', 'ु'],
  ['ाओं', 'ा'],
  ['ाएं', 'ा'],
  ['ियो', 'ी'],
  ['ाओ', 'ा'],
  ['ों', ''],
  ['ों', 'ा'],
  ['ें', ''],
  ['ो', ''],
  ['ो', 'ा'],
  ['े', 'ा'],
  // Verbs: the stem (base '') takes these only when it ends in a consonant (checked below).
  ['ेंगे', ''],
  ['ेंगी', ''],
  ['ूंगा', ''],
  ['ूंगी', ''],
  ['ेगा', ''],
  ['ेगी', ''],
  ['ोगे', ''],
  ['ता', ''],
  ['ती', ''],
  ['ते', ''],
  ['ना', ''],
  ['नी', ''],
  ['ने', ''],
  ['कर', ''],
];

/** Letters (consonants and independent vowels): a base keeps at least two, so को and ने are no one's plural. */
const LETTER = /[\u0904-\u0939\u0958-\u0961\u0972-\u097f]/g;
const MIN_LETTERS = 2;

/** The base forms `word` can be an inflection of, itself included: लड़कों → लड़कों, लड़क, लड़का. */
export function inflectionBases(word: string): string[] {
  const w = word.normalize('NFC').replace(/ँ/g, 'ं');
  const out = new Set([w]);
  for (const [ending, base] of RULES) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, -ending.length);
    if ((stem.match(LETTER)?.length ?? 0) < MIN_LETTERS) continue;
    // A stem that ends in a vowel sign or halant takes no consonant-stem ending (बाते is not बात's).
    if (base === '' && /[\u093e-\u094d]$/.test(stem)) continue;
    out.add(stem + base);
  }
  return [...out];
}

/**
 * Whether two Devanagari words are forms of one word: the same base, vowel signs exact.
 *
 * @example sameInflection('चुनावों', 'चुनाव') // true
 * @example sameInflection('बारे', 'बार') // false
 */
export function sameInflection(a: string, b: string): boolean {
  if (a === b) return true;
  const bases = new Set(inflectionBases(a));
  return inflectionBases(b).some((x) => bases.has(x));
}
