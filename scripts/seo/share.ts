/** A share link: plain `<a href>`, so it works without JavaScript and loads nothing from the network. */
export interface ShareLink {
  network: 'whatsapp' | 'facebook' | 'x';
  label: string;
  href: string;
}

/**
 * A query value for an href: reserved characters are escaped, Devanagari is left as it is (HTML
 * allows it in URLs and the browser encodes it when the link is followed), which keeps a Hindi
 * headline at a third of the bytes of its percent-encoded form.
 */
export function encodeQueryValue(text: string): string {
  // Only ASCII runs are encoded: encoding the whole headline and decoding its Devanagari again
  // gave the same text at several times the cost.
  return text.replace(/[\0-\x7F]+/g, (ascii) => encodeURIComponent(ascii));
}

/**
 * Share links through each network's own share URL. No buttons SDK, no third-party script:
 * the reader's browser talks to the network only when the reader taps.
 */
export function shareLinks(title: string, url: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeQueryValue(title);
  return [
    { network: 'whatsapp', label: 'व्हाट्सऐप पर भेजें', href: `https://wa.me/?text=${t}%20${u}` },
    { network: 'facebook', label: 'फ़ेसबुक पर साझा करें', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'x', label: 'X पर साझा करें', href: `https://x.com/intent/post?text=${t}&url=${u}` },
  ];
}
