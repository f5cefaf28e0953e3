import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { headlineWord, layoutPages } from '../../scripts/site-check/layout.ts';
import { tempDir } from '../helpers/archive.ts';

const word = suite('headlineWord');
const HEADLINES: Array<[string, string | undefined]> = [
  ['<h1 class="story-title">बाड़मेर में नहर टूटी</h1>', 'बाड़मेर'],
  ['<header><h1>जालोर <em>मंडी</em> में जीरे के भाव</h1></header><h1>दूसरा शीर्षक लंबा</h1>', 'जालोर'],
  ['<p>शीर्षक नहीं</p>', undefined],
];
for (const [html, expected] of HEADLINES) word(html, () => assert.is(headlineWord(html), expected));
word.run();

const pages = suite('layoutPages');
pages('the measured kinds the site has, and search opened with a word of the article headline', () => {
  const dir = tempDir();
  mkdirSync(join(dir, '2026/11/nahar'), { recursive: true });
  writeFileSync(join(dir, '2026/11/nahar/index.html'), '<h1>बाड़मेर में नहर टूटी</h1>');
  const kinds = { home: '/', article: '/2026/11/nahar/', search: '/khoj/', archive: '/archive/' };
  assert.equal(layoutPages(dir, kinds), [
    { kind: 'home', path: '/' },
    { kind: 'article', path: '/2026/11/nahar/' },
    { kind: 'search', path: '/khoj/' },
    { kind: 'search-query', path: `/khoj/?q=${encodeURIComponent('बाड़मेर')}` },
  ]);
});
pages('no search page, or no article to take a word from: no search with a query', () => {
  const dir = tempDir();
  assert.equal(layoutPages(dir, { home: '/', search: '/khoj/' }), [
    { kind: 'home', path: '/' },
    { kind: 'search', path: '/khoj/' },
  ]);
});
pages.run();
