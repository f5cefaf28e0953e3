import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { siteConfigSchema } from '../../scripts/content/site-config.ts';
import { policyText, SITE_POLICY, type Policy } from '../../scripts/publish/security-policy.ts';
import { sitePolicy } from '../../scripts/publish/site-policy.ts';

const site = (extra: object) => siteConfigSchema.parse({ title: 'समाचार', url: 'https://example.org', ...extra });
const get = (policy: Policy, name: string) => policy.find(([n]) => n === name)?.[1] ?? '';
const ADSENSE = { client: 'ca-pub-1234567890123456', slot: '1234567890' };

const test = suite('sitePolicy: the reader pages’ policy from site.json');
// [case, settings]: none of these loads anything from another host, so the policy is SITE_POLICY itself.
const STRICT: Array<[string, object]> = [
  ['defaults (empty article slot)', {}],
  ['empty slots everywhere', { ads: { header: {}, listing: { everyCards: 6 } } }],
  ['AdSense configured but ads off', { ads: { enabled: false, header: { adsense: ADSENSE } } }],
  ['raw code without origins', { ads: { header: { html: 'header' } } }],
];
for (const [name, extra] of STRICT)
  test(`strict when nothing is configured: ${name}`, () => assert.is(sitePolicy(site(extra)), SITE_POLICY));

test('AdSense adds its origins, and scripts stay without inline or eval', () => {
  const p = sitePolicy(site({ ads: { article: { adsense: ADSENSE } } }));
  assert.match(get(p, 'script-src'), "'self' https://pagead2.googlesyndication.com");
  assert.match(get(p, 'frame-src'), 'https://googleads.g.doubleclick.net');
  assert.match(get(p, 'frame-src'), 'https://www.youtube-nocookie.com');
  assert.not.match(policyText(p), /unsafe-inline|unsafe-eval/);
  assert.is(get(p, 'style-src'), "'self'");
  assert.is(get(p, 'object-src'), "'none'");
});
test('raw ad code adds exactly its origins', () => {
  const p = sitePolicy(site({ ads: { header: { html: 'header' }, origins: ['https://ads.example.net'] } }));
  for (const d of ['script-src', 'img-src', 'connect-src']) assert.is(get(p, d), "'self' https://ads.example.net", d);
  assert.not.match(policyText(p), 'googlesyndication');
});
// [provider settings, script-src, connect-src]
const COUNTERS: Array<[object, string, string]> = [
  [{ provider: 'goatcounter', code: 'marudhar' }, "'self' https://gc.zgo.at", "'self' https://marudhar.goatcounter.com"],
  [{ provider: 'plausible', domain: 'marudhar.example' }, "'self' https://plausible.io", "'self' https://plausible.io"],
  [
    { provider: 'matomo', url: 'https://stats.example.org/matomo/', siteId: 2 },
    "'self' https://stats.example.org",
    "'self' https://stats.example.org",
  ],
  [
    { provider: 'ga4', measurementId: 'G-ABC123XYZ9' },
    "'self' https://www.googletagmanager.com",
    "'self' https://*.google-analytics.com https://*.analytics.google.com https://www.googletagmanager.com",
  ],
];
for (const [analytics, script, connect] of COUNTERS)
  test(`analytics ${(analytics as { provider: string }).provider} adds its script and beacon origins only`, () => {
    const p = sitePolicy(site({ analytics }));
    assert.is(get(p, 'script-src'), script);
    assert.is(get(p, 'connect-src'), connect);
    assert.is(get(p, 'frame-src'), get(SITE_POLICY, 'frame-src'));
  });
test.run();
