import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { correctionHtml, escapeHtml, readingNote, resultHtml, searchUrl, statusText } from '../../../scripts/search/browser/ui.ts';

const status = suite('statusText');
const statuses: Array<[string, number, boolean, string]> = [
  ['जालोर', 3, false, '“जालोर” के लिए 3 ख़बरें मिलीं।'],
  ['जालोर ', 1, false, '“जालोर” के लिए 1 ख़बर मिली।'],
  ['जालोर', 2, true, '“जालोर” के लिए 2 ख़बरें मिलीं (चुने हुए फ़िल्टर के साथ)।'],
  ['', 4, true, 'चुने हुए फ़िल्टर की 4 ख़बरें मिलीं, सबसे नई पहले।'],
  ['xyz', 0, false, '“xyz” के लिए कोई ख़बर नहीं मिली। दूसरे या कम शब्दों से खोजें, या फ़िल्टर हटाएँ।'],
];
for (const [q, n, f, expected] of statuses) status(`${q} ${n} ${f}`, () => assert.is(statusText(q, n, f), expected));

const html = suite('resultHtml');
html('title escaped and linked; date, category, district; excerpt as given', () => {
  assert.is(
    resultHtml({
      url: '/2026/05/a/',
      title: 'नहर <टूटी>',
      date: '1 मई 2026',
      category: 'गाँव',
      district: 'जालोर',
      excerpt: '<mark>नहर</mark> टूटी',
    }),
    '<li class="khoj-result"><h2 class="khoj-title"><a href="/2026/05/a/">नहर &lt;टूटी&gt;</a></h2><p class="meta">1 मई 2026 · गाँव · जालोर</p><p class="khoj-excerpt"><mark>नहर</mark> टूटी</p></li>',
  );
});
html('escapeHtml covers quotes for attributes', () => assert.is(escapeHtml(`"a" & 'b'`), '&quot;a&quot; &amp; &#39;b&#39;'));

const note = suite('readingNote');
note('shows the Devanagari words a romanised word was read as', () => {
  assert.is(
    readingNote([
      { word: 'jalore', latin: true, forms: ['jalore', 'जालोर', 'ज़ालोर'] },
      { word: 'मंडी', latin: false, forms: ['मंडी'] },
    ]),
    'इन शब्दों को देवनागरी में भी खोजा: jalore → जालोर',
  );
});
note('nothing to say without romanised words found', () => {
  assert.is(readingNote([{ word: 'xyz', latin: true, forms: ['xyz'] }]), '');
});

const url = suite('searchUrl');
url('query and chosen filters in the URL, empty ones left out', () => {
  assert.is(
    searchUrl('/khoj/', ' जालोर मंडी ', { district: 'जालोर', author: '' }),
    `/khoj/?q=${encodeURIComponent('जालोर मंडी').replace(/%20/g, '+')}&district=${encodeURIComponent('जालोर')}`,
  );
  assert.is(searchUrl('/khoj/', '', {}), '/khoj/');
});

status.run();
html.run();
note.run();
url.run();

const fix = suite('correctionHtml');
fix('one word: what was searched, and a link that searches what was typed', () => {
  assert.is(
    correctionHtml('डेंगु', [{ typed: 'डेंगु', shown: 'डेंगू', kept: false }], '/khoj/?q=x&exact=1'),
    '<span lang="hi">डेंगू के नतीजे दिखाए जा रहे हैं</span> · <a href="/khoj/?q=x&amp;exact=1" data-exact="">डेंगु खोजें</a>',
  );
});
fix('several words: the whole corrected query in quotes; a rare word kept says भी', () => {
  const html = correctionHtml(' पानी की कमे बाढ़मेर ', [{ typed: 'बाढ़मेर', shown: 'बाड़मेर', kept: true }], '#');
  assert.match(
    html,
    /^<span lang="hi">“पानी की कमे बाड़मेर” के नतीजे भी दिखाए जा रहे हैं<\/span> · <a href="#" data-exact="">“पानी की कमे बाढ़मेर” खोजें<\/a>$/,
  );
});
fix('only whole words are replaced, and text is escaped', () => {
  const html = correctionHtml('कमे <b>कमेटी</b>', [{ typed: 'कमे', shown: 'कमी', kept: false }], '#');
  assert.match(html, /“कमी &lt;b&gt;कमेटी&lt;\/b&gt;”/);
});
fix('nothing corrected: empty', () => assert.is(correctionHtml('डेंगू', [], '#'), ''));
fix.run();
