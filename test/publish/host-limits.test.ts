import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { deployHost, HOST_LIMITS } from '../../scripts/publish/host-limits.ts';

const host = suite('deployHost');
const CASES: Array<[string, NodeJS.ProcessEnv, string]> = [
  ['nothing set: the strictest limits', {}, 'other'],
  ["Cloudflare Pages' own build", { CF_PAGES: '1' }, 'cloudflare-pages'],
  ["Netlify's own build", { NETLIFY: 'true' }, 'netlify'],
  ['named by the workflow', { SAMACHAR_DEPLOY_HOST: 'netlify' }, 'netlify'],
  ['the name wins over the environment', { SAMACHAR_DEPLOY_HOST: 'github-pages', CF_PAGES: '1' }, 'github-pages'],
  ['an empty name is no name', { SAMACHAR_DEPLOY_HOST: ' ', NETLIFY: 'true' }, 'netlify'],
  ['CF_PAGES other than 1 is not Cloudflare', { CF_PAGES: 'yes' }, 'other'],
];
for (const [name, env, expected] of CASES) host(name, () => assert.is(deployHost(env), expected));
host('an unknown name stops the build and lists the names', () => {
  assert.throws(
    () => deployHost({ SAMACHAR_DEPLOY_HOST: 'vercel' }),
    /SAMACHAR_DEPLOY_HOST=vercel .* cloudflare-pages, netlify, github-pages, other/,
  );
});

const limits = suite('HOST_LIMITS');
limits("Cloudflare's published limits, and every host that reads neither file gets them", () => {
  for (const h of ['cloudflare-pages', 'github-pages', 'other'] as const) {
    const l = HOST_LIMITS[h];
    assert.equal([l.staticRedirects, l.dynamicRedirects, l.totalRedirects, l.lineChars, l.headerRules], [2000, 100, 2100, 1000, 100], h);
  }
  assert.is(HOST_LIMITS.netlify.totalRedirects, 10_000);
  assert.is(HOST_LIMITS.netlify.headerRules, Number.POSITIVE_INFINITY);
});

host.run();
limits.run();
