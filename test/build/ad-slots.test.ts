import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { copyArchive, NOW, tempDir } from '../helpers/archive.ts';

/** The fixture archive with ads in every position (AdSense in articles), a counter, and one story with `ads: false`. */
const story = (slug: string, extra: string) => `---
title: ${slug}
slug: ${slug}
date: 2026-11-22 10:00
category: rajniti
author: ravi-joshi
district: barmer
${extra}---

पहला पैराग्राफ़।

दूसरा पैराग्राफ़।

तीसरा पैराग्राफ़।
`;
const site = {
  title: 'परीक्षण समाचार',
  url: 'https://test.example',
  pageSize: 5,
  ads: {
    header: {},
    article: { afterParagraph: 2, adsense: { client: 'ca-pub-1234567890123456', slot: '1234567890' } },
    listing: { everyCards: 2 },
  },
  analytics: { provider: 'goatcounter', code: 'parikshan' },
};
const content = copyArchive({
  '_data/site.json': JSON.stringify(site),
  'articles/2026/11/vigyapan-wali.md': story('vigyapan-wali', ''),
  'articles/2026/11/dukhad-khabar.md': story('dukhad-khabar', 'ads: false\n'),
});
const out = tempDir('samachar-ads-');
const page = (url: string) => readFileSync(join(out, url, 'index.html'), 'utf8');
const count = (html: string, part: string) => html.split(part).length - 1;

const test = suite('ad slots and analytics in the built pages');
test.before(async () => {
  await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: NOW }, out);
});
test.after(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
});

test('an article: the header slot, the AdSense unit after paragraph 2, ads.js and the counter deferred', () => {
  const html = page('/2026/11/vigyapan-wali/');
  assert.is(count(html, '<aside class="ad-slot ad-slot-header" aria-label="विज्ञापन">'), 1);
  assert.match(
    html,
    /<p>दूसरा पैराग्राफ़।<\/p>\n<div class="ad-slot ad-slot-article"><span class="ad-label">विज्ञापन<\/span><ins class="adsbygoogle" data-ad-client="ca-pub-1234567890123456" data-ad-slot="1234567890"[^>]*><\/ins><\/div>\n+<p>तीसरा पैराग्राफ़।<\/p>/,
    html.slice(html.indexOf('story-body'), html.indexOf('story-body') + 900),
  );
  assert.match(html, /<script src="\/assets\/ads\.[0-9a-f]{10}\.js" defer><\/script>/);
  assert.match(
    html,
    /<script src="\/assets\/analytics\.[0-9a-f]{10}\.js" data-analytics="\{&quot;provider&quot;:&quot;goatcounter&quot;,&quot;code&quot;:&quot;parikshan&quot;\}" defer><\/script>/,
  );
  assert.not.match(html, /<script>|style="/);
});
test('`ads: false`: no slot and no ad script on that story, the counter stays', () => {
  const html = page('/2026/11/dukhad-khabar/');
  assert.not.match(html, /ad-slot|adsbygoogle|\/assets\/ads\./);
  assert.match(html, '/assets/analytics.');
});
test('reserved space: every slot is a box whose height the stylesheet fixes by position', () => {
  const css = readFileSync(join(out, page('/').match(/href="(\/assets\/site\.[0-9a-f]+\.css)"/)![1]!), 'utf8');
  assert.match(css, /\.ad-slot-header\{height:124px/);
  assert.match(css, /\.ad-slot-article,\.ad-slot-listing\{height:280px\}/);
});
test('a listing: a slot after every 2 cards, never after the last', () => {
  const html = page('/rajniti/');
  const cards = count(html, '<article class="card');
  assert.ok(cards >= 3, `${cards} cards`);
  assert.is(count(html, 'ad-slot-listing'), Math.floor((cards - 1) / 2));
});
test('the policy names AdSense and GoatCounter, in the header and the <meta>', () => {
  const headers = readFileSync(join(out, '_headers'), 'utf8');
  assert.match(headers, /script-src 'self' https:\/\/pagead2\.googlesyndication\.com[^;]* https:\/\/gc\.zgo\.at/);
  assert.match(page('/'), 'connect-src &#39;self&#39; https://pagead2.googlesyndication.com');
});
test.run();
