import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { articleRecord } from '../../scripts/search/records.ts';
import { hideFunctionWords } from '../../scripts/search/function-words.ts';
import { searchArticles } from '../fixtures/search/archive.ts';

const record = suite('articleRecord');
const article = searchArticles().find((a) => a.slug === 'chori')!;

record('text as content, Hindi names as filters, no sort key (page order is date order)', () => {
  assert.equal(articleRecord(article), {
    url: '/2025/05/chori/',
    content: hideFunctionWords(article.text),
    language: 'hi',
    meta: { title: 'ट्रैक्टर चोरी करने वाला गिरोह पकड़ा', date: '30 मई 2025', category: 'अपराध', district: 'जालोर' },
    filters: { category: ['अपराध'], district: ['जालोर'], author: ['रेखा चौधरी'] },
  });
});
record('an image goes into meta with its alt text', () => {
  const r = articleRecord({ ...article, image: { src: '/images/a.jpg', alt: 'बरामद ट्रैक्टर' } });
  assert.is(r.meta?.image, '/images/a.jpg');
  assert.is(r.meta?.image_alt, 'बरामद ट्रैक्टर');
});
record('maxChars cuts the text at a word boundary', () => {
  assert.is(articleRecord({ ...article, text: 'जालोर पुलिस गिरोह' }, 10).content, 'जालोर');
});
record('a story without body text is indexed by its title', () => {
  assert.is(articleRecord({ ...article, text: '  ' }).content, article.title);
});

record.run();
