import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  ADMIN_POLICY,
  COMMON_HEADERS,
  metaPolicyText,
  PERMISSIONS_POLICY,
  policyText,
  SITE_POLICY,
  type Policy,
} from '../../scripts/publish/security-policy.ts';

const get = (policy: Policy, name: string) => policy.find(([n]) => n === name)?.[1];

const test = suite('security policies');
for (const [label, policy] of [
  ['site', SITE_POLICY],
  ['admin', ADMIN_POLICY],
] as const) {
  test(`${label}: scripts only from the site, never inline or eval`, () => {
    assert.is(get(policy, 'script-src'), "'self'");
    assert.not.match(policyText(policy), /unsafe-eval|unsafe-hashes|strict-dynamic|\*/);
  });
  test(`${label}: no plugins, no <base>, not framed`, () => {
    assert.is(get(policy, 'object-src'), "'none'");
    assert.is(get(policy, 'base-uri'), "'none'");
    assert.is(get(policy, 'frame-ancestors'), "'none'");
  });
  test(`${label}: every directive once`, () => assert.is(new Set(policy.map(([n]) => n)).size, policy.length));
}
test('site: nothing inline, nothing from elsewhere but the embed players, which load only after a tap', () => {
  for (const [name, sources] of SITE_POLICY)
    if (!['object-src', 'base-uri', 'frame-ancestors', 'frame-src'].includes(name)) assert.is(sources, "'self'", name);
  assert.is(
    get(SITE_POLICY, 'frame-src'),
    'https://www.youtube-nocookie.com https://www.instagram.com https://www.facebook.com https://www.google.com',
  );
});
test('admin: data only from the site and GitHub; inline styles only for the CMS', () => {
  assert.is(get(ADMIN_POLICY, 'connect-src'), "'self' data: blob: https://api.github.com https://www.githubstatus.com");
  assert.is(get(ADMIN_POLICY, 'style-src'), "'self' 'unsafe-inline'");
  assert.is(get(ADMIN_POLICY, 'form-action'), "'none'");
});
test('the header text', () => {
  assert.is(
    policyText([
      ['default-src', "'self'"],
      ['frame-ancestors', "'none'"],
    ]),
    "default-src 'self'; frame-ancestors 'none'",
  );
});
test('the <meta> text leaves out what only a header can carry', () => {
  assert.is(
    metaPolicyText([
      ['default-src', "'self'"],
      ['frame-ancestors', "'none'"],
      ['report-uri', '/r'],
      ['sandbox', ''],
    ]),
    "default-src 'self'",
  );
  assert.not.match(metaPolicyText(SITE_POLICY), 'frame-ancestors');
  assert.match(metaPolicyText(SITE_POLICY), "script-src 'self'");
});
test('Permissions-Policy turns off sensors, camera, microphone, payment, topics; keeps the clipboard', () => {
  for (const f of ['camera', 'microphone', 'geolocation', 'payment', 'browsing-topics', 'usb']) assert.match(PERMISSIONS_POLICY, `${f}=()`);
  assert.not.match(PERMISSIONS_POLICY, 'clipboard');
  assert.is(COMMON_HEADERS['X-Frame-Options'], 'DENY');
  assert.is(COMMON_HEADERS['X-Content-Type-Options'], 'nosniff');
  assert.is(COMMON_HEADERS['Referrer-Policy'], 'strict-origin-when-cross-origin');
});

test.run();
