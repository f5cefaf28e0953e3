import { foldToken } from './tokens.ts';

/**
 * Words that carry grammar, not topic: they are in nearly every story, so they neither tell two
 * stories apart nor answer a search. Kept in one list so related stories and search agree.
 * Listed in everyday spelling; `foldToken` makes the matching forms (कहाँ and कहां both match).
 * News verbs of saying (कहा, बताया) are here too: every report has them.
 */
const HINDI = `
का की के को में से ने पर तक लिए लिये द्वारा साथ बाद पहले बीच अंदर बाहर पास तरफ ओर वाला वाली वाले वालों
भी ही तो न नहीं ना मत सा सी जैसे जैसा जैसी तरह बिना करीब लगभग दौरान ताकि आदि इत्यादि संग प्रति
मैं मुझे मुझसे मेरा मेरी मेरे हम हमें हमने हमारा हमारी हमारे तुम तुम्हें तुम्हारा आप आपको आपका आपकी आपके आपने
वह वे वो यह ये इस इसे इसमें इससे इसका इसकी इसके इसलिए इन इनका इनकी इनके इन्हें इन्होंने इनमें
उस उसे उसने उसमें उससे उसका उसकी उसके उन उनका उनकी उनके उन्हें उन्होंने उनमें उनसे
जो जिस जिसे जिसमें जिसका जिसकी जिसके जिन जिनका जिनकी जिनके जिन्हें जिन्होंने कोई किसी कुछ सब सभी खुद
अपना अपनी अपने स्वयं कई अन्य एक
है हैं था थी थे थीं हो होना होने होता होती होते होगा होगी होंगे होंगी हुआ हुई हुए हुईं
रहा रही रहे रहीं रहता रहती रहते गया गई गयी गए गये गईं जाता जाती जाते जाना जाने जा जाएगा जाएगी जाएंगे
कर करके करना करने करता करती करते किया किए किये कहा कहना कहते बताया सकता सकती सकते सकें चाहिए
दिया दी दिए दिये लिया ली लेकर देकर पाया
और व एवं तथा या अथवा लेकिन परंतु किंतु मगर बल्कि क्योंकि कि अगर यदि तब जब जबकि फिर अब
यहां वहां जहां ऐसे ऐसा ऐसी वैसे वैसा इतना इतनी इतने उतना बहुत ज्यादा अधिक कम सबसे हां जी श्री
`;

/** Question words: stop words in a story, but a searcher's question (कब, कहाँ) is also told by them. */
const QUESTIONS = `
क्या कौन कौनसा कौनसी कौनसे किसने किसको किसे किसका किसकी किसके कितना कितनी कितने कब कहां कहाँ क्यों कैसे कैसा कैसी
किधर किस kya kaun kab kahan kahaan kyon kyun kaise kaisa kaisi kitna kitni kitne
what who whom whose which when where why how
`;

/** Romanised Hindi as typed in search boxes and Hinglish headlines. */
const ROMAN = `
ka ki ke ko mein me ne se par pe tak liye aur ya hai hain tha thi the ho hua hui hue bhi hi to nahi nahin
yeh ye woh wo vah is us in un jo koi kuch sab ek ab
`;

/** English function words, for mixed headlines (`IPL 2026: the final in Jaipur`). */
const ENGLISH = `
a an the of on at to for from by with and or but are was were be been being it its this that these those as
not no do does did has have had will would can could shall should may might than then so if vs via about
into over after before up out i you he she we they his her their our your my me him them
`;

function fold(list: string): string[] {
  return list.split(/\s+/).filter(Boolean).map(foldToken);
}

/** Every stop word, question words included, in matching form (see `foldToken`). */
export const STOP_WORDS: ReadonlySet<string> = new Set([...fold(HINDI), ...fold(ROMAN), ...fold(ENGLISH), ...fold(QUESTIONS)]);

/**
 * Whether a word is a stop word. Expects a word in matching form (`foldToken`); for a raw word, the
 * same answer costs one `foldToken`: `isStopWord(foldToken(w))`.
 */
export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

/**
 * The commonest stop words, as written (not folded), that the search index leaves out altogether
 * (search/function-words.ts hides them from Pagefind). Pagefind (1.5+) folds vowel signs away in
 * its index, so का की के को कि all become one index word "क", है हैं हो one "ह", हुई and हाई one
 * "हई": index words with hundreds of thousands of positions, whose chunks weighed 100–600 KB at
 * 10,000 stories (the rest ~20 KB), and any query word filed next to them (कांग्रेस beside क,
 * हाई with हुई) made a reader download one. The query code never looks these words up (each is a
 * stop word: test/hindi/stopwords.test.ts holds it to that), so the index does not need them; they
 * are over a third of the words of a story, and indexing them cost Pagefind about 15% of its time.
 *
 * Picked from the most frequent folded forms of the corpus text, keeping only words with no
 * meaning of their own in a search: कम, नहीं, कर (tax), दो and the question words stay searchable.
 */
export const INDEX_FUNCTION_WORDS: readonly string[] = /* @__PURE__ */ `
का की के को कि ने में मैं से सी सा पर है हैं हो हूं था थी थे थीं भी ही तो न ना और या व एवं तथा
यह ये वह वे वो इस इसे इसी उस उसे इन उन जो जा एक लिए लिये साथ तक बाद द्वारा लेकिन
रहा रही रहे रहीं किया किए किये गया गई गए गये गयी हुआ हुई हुए हुईं कहा बताया दिया
होने होना होता होती होते होगा होगी होंगे जाता जाती जाते जाने करने करना करते करता करती सकता सकती सकते
वाले वाली वाला वालों अपने अपनी अपना उनके उनकी उनका इसके इसका इसकी उसके उसकी उसका उन्होंने इन्होंने
`
  .split(/\s+/)
  .filter(Boolean);
