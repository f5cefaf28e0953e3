import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { siteConfigSchema } from '../../scripts/content/site-config.ts';
import { siteIssueMessage } from '../../scripts/content/site-issues.ts';
import { english } from '../helpers/english.ts';

const parse = (analytics: unknown) => siteConfigSchema.safeParse({ title: 'समाचार', url: 'https://example.org', analytics });

const test = suite('analytics settings');
test('off by default', () => assert.is(parse(undefined).data!.analytics, undefined));
const ACCEPTED: Array<[unknown, unknown]> = [
  [
    { provider: 'goatcounter', code: 'marudhar' },
    { provider: 'goatcounter', code: 'marudhar' },
  ],
  [
    { provider: 'plausible', domain: 'marudhar-samachar.example' },
    { provider: 'plausible', domain: 'marudhar-samachar.example', host: 'https://plausible.io/' },
  ],
  [
    { provider: 'matomo', url: 'https://stats.example.org/', siteId: 3 },
    { provider: 'matomo', url: 'https://stats.example.org/', siteId: 3 },
  ],
  [
    { provider: 'ga4', measurementId: 'G-ABC123XYZ9' },
    { provider: 'ga4', measurementId: 'G-ABC123XYZ9' },
  ],
];
for (const [input, expected] of ACCEPTED)
  test(`accepts ${JSON.stringify(input)}`, () => assert.equal(parse(input).data?.analytics, expected));

const REFUSED: Array<[unknown, string, string]> = [
  [{ provider: 'hotjar' }, 'analytics.provider', 'goatcounter'],
  [{ provider: 'goatcounter', code: 'Marudhar"x' }, 'analytics.code', 'GoatCounter code'],
  [{ provider: 'plausible', domain: 'https://marudhar.example' }, 'analytics.domain', 'as registered'],
  [{ provider: 'plausible', domain: 'marudhar.example', host: 'http://plausible.io/' }, 'analytics.host', 'https'],
  [{ provider: 'matomo', url: 'https://stats.example.org', siteId: 1 }, 'analytics.url', 'ending in /'],
  [{ provider: 'matomo', url: 'https://stats.example.org/', siteId: 0 }, 'analytics.siteId', 'siteId'],
  [{ provider: 'ga4', measurementId: 'UA-12345-1' }, 'analytics.measurementId', 'G-'],
  [{ provider: 'ga4', measurementId: 'G-ABC123XYZ9', script: 'x' }, 'analytics', ''],
];
for (const [input, field, message] of REFUSED)
  test(`refuses ${JSON.stringify(input)}, naming ${field}`, () => {
    const r = parse(input);
    assert.not.ok(r.success);
    const issue = r.error!.issues.find((i) => i.path.join('.') === field);
    assert.ok(issue, JSON.stringify(r.error!.issues.map((i) => [i.path.join('.'), i.message])));
    assert.match(english(siteIssueMessage(issue!)), message);
  });
test.run();
