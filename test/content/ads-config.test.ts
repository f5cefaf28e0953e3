import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { activeSlots, usesAdsense, usesRawAds } from '../../scripts/content/ads-config.ts';
import { siteConfigSchema } from '../../scripts/content/site-config.ts';
import { siteIssueMessage } from '../../scripts/content/site-issues.ts';
import { english } from '../helpers/english.ts';

const parse = (ads: unknown) => siteConfigSchema.safeParse({ title: 'समाचार', url: 'https://example.org', ads });
const ADSENSE = { client: 'ca-pub-1234567890123456', slot: '1234567890' };

const test = suite('ads settings');
test('defaults: on, the label, one empty slot in articles after paragraph 2, none elsewhere', () => {
  const r = parse(undefined);
  assert.ok(r.success);
  assert.equal(r.data!.ads, { enabled: true, label: 'विज्ञापन', article: { afterParagraph: 2 }, origins: [] });
  assert.equal(Object.keys(activeSlots(r.data!.ads)), ['article']);
  assert.not.ok(usesAdsense(r.data!.ads));
});
const ACCEPTED: Array<[string, unknown]> = [
  [
    'an AdSense unit in each position',
    { header: { adsense: ADSENSE }, article: { afterParagraph: 3, adsense: ADSENSE }, listing: { everyCards: 6, adsense: ADSENSE } },
  ],
  ['raw code from layouts/ads/ with its origins', { header: { html: 'header-banner' }, origins: ['https://ads.example.net'] }],
  ['empty slots', { header: {}, listing: { everyCards: 4 } }],
  ['off', { enabled: false }],
];
for (const [name, ads] of ACCEPTED) test(`accepts ${name}`, () => assert.ok(parse(ads).success, JSON.stringify(parse(ads).error?.issues)));

// [case, settings, the field the message names, part of the message]
const REFUSED: Array<[string, unknown, string, string]> = [
  [
    'a client without ca-pub-',
    { header: { adsense: { ...ADSENSE, client: 'pub-1234567890123456' } } },
    'ads.header.adsense.client',
    'ca-pub-',
  ],
  ['a slot id of letters', { article: { adsense: { ...ADSENSE, slot: 'abc' } } }, 'ads.article.adsense.slot', '10 digits'],
  ['a client with markup', { header: { adsense: { ...ADSENSE, client: 'ca-pub-1"><script>' } } }, 'ads.header.adsense.client', 'ca-pub-'],
  ['both forms in one slot', { header: { adsense: ADSENSE, html: 'header' } }, 'ads.header.html', 'not both'],
  ['a raw file name with a path', { header: { html: '../../content/x' } }, 'ads.header.html', 'layouts/ads/'],
  ['paragraph 0', { article: { afterParagraph: 0 } }, 'ads.article.afterParagraph', ''],
  ['a listing slot without its interval', { listing: {} }, 'ads.listing.everyCards', ''],
  ['an origin with a path', { origins: ['https://ads.example.net/x.js'] }, 'ads.origins.0', 'without a path'],
  ['an http origin', { origins: ['http://ads.example.net'] }, 'ads.origins.0', 'https://'],
  ['an unknown key', { sidebar: {} }, 'ads', ''],
];
for (const [name, ads, field, message] of REFUSED)
  test(`refuses ${name}, naming ${field}`, () => {
    const r = parse(ads);
    assert.not.ok(r.success);
    const issue = r.error!.issues.find((i) => i.path.join('.') === field);
    assert.ok(issue, JSON.stringify(r.error!.issues.map((i) => [i.path.join('.'), i.message])));
    assert.match(english(siteIssueMessage(issue!)), message);
  });
test('which code a site uses', () => {
  const ads = parse({ header: { html: 'header' }, article: { adsense: ADSENSE } }).data!.ads;
  assert.ok(usesAdsense(ads) && usesRawAds(ads));
  assert.not.ok(usesAdsense({ ...ads, enabled: false }));
});
test.run();
