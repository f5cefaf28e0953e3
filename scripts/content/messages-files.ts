import type { MessageTable } from './messages.ts';

/** Files that cannot be read at all: permissions, encoding, folders where a file should be. */
export const fileMessages = {
  'file.unreadable': {
    hi: 'यह फ़ाइल पढ़ी नहीं जा सकी ({why})',
    en: 'cannot read this file ({why})',
  },
  'file.unreadableHint': {
    hi: 'फ़ाइल को पढ़ने लायक़ बनाएँ (उसकी अनुमतियाँ देखें), या उसे content फ़ोल्डर से हटा दें',
    en: 'make it a readable text file (check its permissions), or remove it from the content folder',
  },
  'file.why.folder': { hi: 'यह एक फ़ोल्डर है', en: 'it is a folder' },
  'file.why.gone': { hi: 'पढ़ते समय यह हटा दी गई या कहीं और चली गई', en: 'it was deleted or moved while being read' },
  'file.why.denied': { hi: 'अनुमति नहीं है', en: 'permission denied' },
  'file.notUtf8': {
    hi: 'यह फ़ाइल UTF-8 में सहेजी हुई नहीं है',
    en: 'this file is not UTF-8 text',
  },
  'file.notUtf8Hint': {
    hi: 'इसे UTF-8 में फिर से सहेजें (ज़्यादातर एडिटर में: "Save with encoding" → UTF-8)',
    en: 'save it again as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
  },
} as const satisfies MessageTable;
