import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { encodeQueryValue, shareLinks } from '../../scripts/seo/share.ts';

const enc = suite('encodeQueryValue');
for (const [input, expected] of [
  ['मंडी भाव', 'मंडी%20भाव'],
  ['जीरा & ईसबगोल #1 ?', 'जीरा%20%26%20ईसबगोल%20%231%20%3F'],
  ['₹२१,८०० — तेज़ी', '₹२१%2C८००%20—%20तेज़ी'],
  ['100%', '100%25'],
] as const) {
  enc(input, () => {
    assert.is(encodeQueryValue(input), expected);
    assert.is(decodeURIComponent(encodeQueryValue(input)), input);
  });
}
enc.run();

const links = suite('shareLinks');
links('WhatsApp, Facebook and X share pages with title and URL, no script', () => {
  const [wa, fb, x] = shareLinks('नहर का पानी & राहत', 'https://news.example/2026/06/nahar/');
  const url = 'https%3A%2F%2Fnews.example%2F2026%2F06%2Fnahar%2F';
  assert.is(wa!.href, `https://wa.me/?text=नहर%20का%20पानी%20%26%20राहत%20${url}`);
  assert.is(fb!.href, `https://www.facebook.com/sharer/sharer.php?u=${url}`);
  assert.is(x!.href, `https://x.com/intent/post?text=नहर%20का%20पानी%20%26%20राहत&url=${url}`);
  assert.equal(new URL(x!.href).searchParams.get('text'), 'नहर का पानी & राहत');
});
links.run();
