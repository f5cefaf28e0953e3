import type { MessageTable } from './messages.ts';

/** The dev server's error page (scripts/eleventy/dev-error-page.ts): what an editor sees in the browser. */
export const devMessages = {
  'dev.title': {
    hi: 'ख़बर में गड़बड़ी — पूर्वावलोकन',
    en: 'Content problem — preview',
  },
  'dev.heading': {
    hi: 'इस पन्ने की ख़बर में गड़बड़ी है',
    en: 'This page’s content has a problem',
  },
  'dev.intro': {
    hi: 'नीचे लिखी पंक्ति ठीक करके फ़ाइल सहेजें: यह पन्ना अपने-आप ख़बर दिखाने लगेगा। बाक़ी साइट पहले की तरह चल रही है।',
    en: 'Correct the line below and save the file: this page shows the story again by itself. The rest of the site keeps working.',
  },
  'dev.fix': {
    hi: 'क्या लिखें:',
    en: 'What to write:',
  },
} as const satisfies MessageTable;
