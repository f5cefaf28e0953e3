import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { planImport, describePlan } from '../../scripts/import/plan.ts';
import { FIXTURES } from '../helpers/archive.ts';

const WXR = join(FIXTURES, 'wordpress/marudhar.xml');
const VOCAB = {
  categories: [{ slug: 'rajniti', name: 'राजनीति' }],
  districts: [
    { slug: 'jalore', name: 'जालोर' },
    { slug: 'barmer', name: 'बाड़मेर' },
  ],
  authors: [{ slug: 'sunita-choudhary', name: 'सुनीता चौधरी' }],
};

const plan = suite('planImport');

plan('counts posts per category, tag and author and proposes where each goes', async () => {
  const map = await planImport(WXR, VOCAB);
  assert.equal(map.categories, {
    rajniti: { name: 'राजनीति', posts: 2, category: 'rajniti', district: null },
    jalore: { name: 'जालोर', posts: 2, category: null, district: 'jalore' },
    खेती: { name: 'खेती-बाड़ी', posts: 1, category: 'kheti-bari', district: null },
  });
  assert.equal(map.tags, {
    barmer: { name: 'बाड़मेर', posts: 1, district: 'barmer' },
    पानी: { name: 'पानी', posts: 1, district: null },
  });
  assert.equal(map.authors, {
    sunita: { name: 'सुनीता चौधरी', posts: 2, slug: 'sunita-choudhary', nicename: 'sunita' },
    bhanwar: { name: 'भंवरलाल मेघवाल', posts: 1, slug: 'bhanvarlal-meghval', nicename: 'bhanwar' },
  });
  assert.equal(map.defaults, { category: null, district: null });
  assert.equal(map.bases, { category: 'category', tag: 'tag', author: 'author' });
});

plan('the listing names every value with its posts and its destination', async () => {
  const map = await planImport(WXR, VOCAB);
  const text = describePlan(map, 'en');
  for (const line of [
    'Categories (3):',
    '  जालोर (jalore), 2 posts → district jalore',
    '  खेती-बाड़ी (खेती), 1 posts → category kheti-bari',
    '  बाड़मेर (barmer), 1 posts → tag बाड़मेर, district barmer',
    '  भंवरलाल मेघवाल (bhanwar), 1 posts → author bhanvarlal-meghval (भंवरलाल मेघवाल), old archive /author/bhanwar/',
    "  categories /category/<name>/ (WordPress's default)",
  ]) {
    assert.ok(text.split('\n').includes(line), `missing: ${line}\n${text}`);
  }
  const hindi = describePlan(map, 'hi').split('\n');
  for (const line of [
    'श्रेणियाँ (3):',
    '  जालोर (jalore), 2 पोस्ट → ज़िला jalore',
    '  खेती-बाड़ी (खेती), 1 पोस्ट → श्रेणी kheti-bari',
    '  बाड़मेर (barmer), 1 पोस्ट → टैग बाड़मेर, ज़िला barmer',
    '  श्रेणियाँ /category/<name>/ (WordPress का अपना)',
  ])
    assert.ok(hindi.includes(line), `missing: ${line}\n${hindi.join('\n')}`);
});

plan.run();
