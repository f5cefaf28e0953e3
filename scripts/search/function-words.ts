import { isDevanagari } from '../hindi/word-table.ts';
import { HIDDEN_SHIFT } from './browser/excerpt.ts';

/**
 * The commonest grammatical words of Hindi news text. Pagefind (1.5+) folds vowel signs away in
 * its index, so का की के को कि all become one index word "क", है हैं हो one "ह", हुई and हाई one
 * "हई": index words with hundreds of thousands of positions, whose chunks weighed 100–600 KB at
 * 10,000 stories (the rest ~20 KB), and any query word filed next to them (कांग्रेस beside क,
 * हाई with हुई) made a reader download one. The query code never looks these words up (they are
 * stop words), so the index does not need them at all; they are over a third of the words of a
 * story, and indexing them cost Pagefind about 15% of its time.
 *
 * Picked from the most frequent folded forms of the corpus text, keeping only words with no
 * meaning of their own in a search: कम, नहीं, कर (tax), दो and the question words stay searchable.
 */
const FUNCTION_WORDS = new Set(`
का की के को कि ने में मैं से सी सा पर है हैं हो हूं था थी थे थीं भी ही तो न ना और या व एवं तथा
यह ये वह वे वो इस इसे इसी उस उसे इन उन जो जा एक लिए लिये साथ तक बाद द्वारा लेकिन
रहा रही रहे रहीं किया किए किये गया गई गए गये गयी हुआ हुई हुए हुईं कहा बताया दिया
होने होना होता होती होते होगा होगी होंगे जाता जाती जाते जाने करने करना करते करता करती सकता सकती सकते
वाले वाली वाला वालों अपने अपनी अपना उनके उनकी उनका इसके इसका इसकी उसके उसकी उसका उन्होंने इन्होंने
`.split(/\s+/).filter(Boolean));

/** Each function word → its hidden form (see `hideFunctionWords`). */
const HIDDEN_FORMS = new Map([...FUNCTION_WORDS].map((w) => [w, String.fromCharCode(...[...w].map((c) => c.charCodeAt(0) + HIDDEN_SHIFT))]));
const LONGEST = Math.max(...[...FUNCTION_WORDS].map((w) => w.length));

/**
 * The text with every function word hidden from Pagefind: shifted into Braille patterns
 * (`की` → `⠕⡀`, see `HIDDEN_SHIFT`), which have no letters or digits, so Pagefind indexes nothing
 * for them but keeps them in the page text and in the word count. Word positions, page lengths
 * and so BM25 stay as they were, and the excerpt code shifts the words back
 * (`revealFunctionWords`). Braille patterns already in the text are dropped first, so everything
 * in that range is ours (a news story has none).
 */
export function hideFunctionWords(text: string): string {
  if (/[\u2800-\u28ff]/.test(text)) text = text.replace(/[\u2800-\u28ff]/g, '');
  // A scan rather than a regular expression with a callback per word: 0.3 s instead of 0.5 s on
  // 10,000 stories, and this runs on every build.
  let out = '';
  let copied = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isDevanagari(text.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start <= LONGEST) {
      const hidden = HIDDEN_FORMS.get(text.slice(start, i));
      if (hidden !== undefined) {
        out += text.slice(copied, start) + hidden;
        copied = i;
      }
    }
    start = -1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
