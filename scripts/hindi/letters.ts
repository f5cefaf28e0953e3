/**
 * Devanagari letters romanised the way Hindi readers write them in URLs, WhatsApp and search
 * boxes (ISO 15919 without diacritics, plus the everyday habits: श/ष sh, व v, ज़ z, ड़ r, क्ष ksh,
 * ज्ञ gy). Used by transliterate.ts; kept apart so the engine stays readable.
 */

/** Consonants, without their inherent vowel. */
export const CONSONANTS: Readonly<Record<string, string>> = {
  क: 'k',
  ख: 'kh',
  ग: 'g',
  घ: 'gh',
  ङ: 'n',
  च: 'ch',
  छ: 'chh',
  ज: 'j',
  झ: 'jh',
  ञ: 'n',
  ट: 't',
  ठ: 'th',
  ड: 'd',
  ढ: 'dh',
  ण: 'n',
  त: 't',
  थ: 'th',
  द: 'd',
  ध: 'dh',
  न: 'n',
  प: 'p',
  फ: 'ph',
  ब: 'b',
  भ: 'bh',
  म: 'm',
  य: 'y',
  र: 'r',
  ल: 'l',
  व: 'v',
  श: 'sh',
  ष: 'sh',
  स: 's',
  ह: 'h',
  ळ: 'l',
  // NFC keeps these three precomposed (they are not composition exclusions).
  ऩ: 'n',
  ऱ: 'r',
  ऴ: 'l',
};

/**
 * Consonant + nukta. Urdu and Persian sounds Hindi speakers write with their own Latin letter
 * (ज़ z, फ़ f); क़ is written k, not q, because that is how Hindi news spells क़ानून, क़र्ज़.
 * ड़/ढ़ are flaps heard as r/rh: बाड़मेर → barmer.
 */
export const NUKTA_CONSONANTS: Readonly<Record<string, string>> = {
  क: 'k',
  ख: 'kh',
  ग: 'g',
  ज: 'z',
  फ: 'f',
  ड: 'r',
  ढ: 'rh',
  य: 'y',
};

/**
 * NFC decomposes these precomposed nukta letters (they are composition exclusions), so after
 * normalisation they arrive as base + U+093C; listed so a raw call still reads them right.
 */
export const PRECOMPOSED_NUKTA: Readonly<Record<string, string>> = {
  '\u0958': 'क',
  '\u0959': 'ख',
  '\u095A': 'ग',
  '\u095B': 'ज',
  '\u095C': 'ड',
  '\u095D': 'ढ',
  '\u095E': 'फ',
  '\u095F': 'य',
};

/**
 * Independent vowels. Word-initial आ is `aa` (आम aam, आज aaj, आयोग aayog: the spelling Hindi
 * readers use, and it keeps आम apart from English "am"); elsewhere long vowels are single letters.
 */
export const VOWELS: Readonly<Record<string, string>> = {
  अ: 'a',
  आ: 'aa',
  इ: 'i',
  ई: 'i',
  उ: 'u',
  ऊ: 'u',
  ऋ: 'ri',
  ए: 'e',
  ऐ: 'ai',
  ओ: 'o',
  औ: 'au',
  ऑ: 'o',
  ऍ: 'e',
  ऎ: 'e',
  ऒ: 'o',
  ॠ: 'ri',
  ऌ: 'li',
};

/** Vowel signs (matras): medial and final long vowels are single letters, as in kisan, karegi. */
export const MATRAS: Readonly<Record<string, string>> = {
  'ा': 'a',
  'ि': 'i',
  'ी': 'i',
  'ु': 'u',
  'ू': 'u',
  'ृ': 'ri',
  'ॄ': 'ri',
  'े': 'e',
  'ै': 'ai',
  'ो': 'o',
  'ौ': 'au',
  'ॉ': 'o',
  'ॅ': 'e',
  'ॆ': 'e',
  'ॊ': 'o',
  'ॢ': 'li',
};

export const VIRAMA = '\u094D';
export const NUKTA = '\u093C';
export const ANUSVARA = '\u0902';
export const CHANDRABINDU = '\u0901';
export const VISARGA = '\u0903';
export const OM = '\u0950';

/** Before these the nasal is written m: संबंध sambandh, चंपा champa. */
export const LABIALS: ReadonlySet<string> = new Set(['प', 'फ', 'ब', 'भ', 'म']);

/**
 * A word-final inherent vowel after a cluster ending in these stays: मित्र mitra, क्षेत्र kshetra,
 * राज्य rajya, यज्ञ yagya. After other clusters it goes: दोस्त dost, शुल्क shulk.
 */
export const KEEP_FINAL_A_AFTER: ReadonlySet<string> = new Set(['र', 'य', 'ञ']);
